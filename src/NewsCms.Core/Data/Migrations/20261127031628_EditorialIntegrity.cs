using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsCms.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class EditorialIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "modified_at",
                table: "articles",
                type: "timestamp with time zone",
                nullable: true);

            // Stories published before this migration were last meaningfully modified when they went out.
            migrationBuilder.Sql("UPDATE articles SET modified_at = published_at WHERE published_at IS NOT NULL;");

            migrationBuilder.AddColumn<string>(
                name: "takedown_reason",
                table: "articles",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activity_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    actor_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    article_id = table.Column<int>(type: "integer", nullable: true),
                    subject_user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_log", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_log_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "article_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    headline = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    standfirst = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    dateline_place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    dateline_source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    body_markdown = table.Column<string>(type: "text", nullable: false),
                    section_id = table.Column<int>(type: "integer", nullable: true),
                    section_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    byline = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    author_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_article_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_article_revisions_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "autosaves",
                columns: table => new
                {
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    fields = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_autosaves", x => new { x.article_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_autosaves_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "corrections",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_corrections", x => x.id);
                    table.ForeignKey(
                        name: "fk_corrections_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "edit_locks",
                columns: table => new
                {
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    heartbeat_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_edit_locks", x => x.article_id);
                    table.ForeignKey(
                        name: "fk_edit_locks_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "takedowns",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    public_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    internal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_takedowns", x => x.id);
                    table.ForeignKey(
                        name: "fk_takedowns_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activity_log_action_at",
                table: "activity_log",
                columns: new[] { "action", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_activity_log_actor_id_at",
                table: "activity_log",
                columns: new[] { "actor_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_activity_log_article_id_at",
                table: "activity_log",
                columns: new[] { "article_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_activity_log_at",
                table: "activity_log",
                column: "at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_article_revisions_article_id_id",
                table: "article_revisions",
                columns: new[] { "article_id", "id" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_corrections_article_id_at",
                table: "corrections",
                columns: new[] { "article_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_corrections_at_id",
                table: "corrections",
                columns: new[] { "at", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_takedowns_article_id",
                table: "takedowns",
                column: "article_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_log");

            migrationBuilder.DropTable(
                name: "article_revisions");

            migrationBuilder.DropTable(
                name: "autosaves");

            migrationBuilder.DropTable(
                name: "corrections");

            migrationBuilder.DropTable(
                name: "edit_locks");

            migrationBuilder.DropTable(
                name: "takedowns");

            migrationBuilder.DropColumn(
                name: "modified_at",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "takedown_reason",
                table: "articles");
        }
    }
}
