using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsCms.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SystemSamples : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "system_samples",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    node = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    pages_from_cache = table.Column<long>(type: "bigint", nullable: false),
                    pages_rendered = table.Column<long>(type: "bigint", nullable: false),
                    evictions = table.Column<long>(type: "bigint", nullable: false),
                    stories_published = table.Column<long>(type: "bigint", nullable: false),
                    publish_lag_milliseconds = table.Column<long>(type: "bigint", nullable: false),
                    comments_approved = table.Column<long>(type: "bigint", nullable: false),
                    comments_held = table.Column<long>(type: "bigint", nullable: false),
                    comments_refused = table.Column<long>(type: "bigint", nullable: false),
                    requests = table.Column<long>(type: "bigint", nullable: false),
                    errors = table.Column<long>(type: "bigint", nullable: false),
                    database_round_trips = table.Column<long>(type: "bigint", nullable: false),
                    pending_comments = table.Column<long>(type: "bigint", nullable: false),
                    memory_bytes = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_system_samples", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_system_samples_at",
                table: "system_samples",
                column: "at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "system_samples");
        }
    }
}
