using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsCms.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class WireDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "agency_id",
                table: "articles",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "agency_version",
                table: "articles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "embargoed_until",
                table: "articles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "wire_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    agency_id = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    agency_version = table.Column<int>(type: "integer", nullable: true),
                    format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    headline = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slugline = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    embargoed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    preview = table.Column<string>(type: "character varying(281)", maxLength: 281, nullable: false),
                    editorial_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    article_id = table.Column<int>(type: "integer", nullable: true),
                    handled_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wire_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_wire_items_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_articles_agency_id",
                table: "articles",
                column: "agency_id",
                unique: true,
                filter: "agency_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_wire_items_agency_id",
                table: "wire_items",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_wire_items_article_id",
                table: "wire_items",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_wire_items_waiting_latest",
                table: "wire_items",
                columns: new[] { "received_at", "id" },
                descending: new bool[0],
                filter: "status = 'Waiting'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wire_items");

            migrationBuilder.DropIndex(
                name: "ix_articles_agency_id",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "agency_id",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "agency_version",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "embargoed_until",
                table: "articles");
        }
    }
}
