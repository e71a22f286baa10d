using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsCms.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ModerationDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "previous_text",
                table: "moderation_actions",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "staff_author_id",
                table: "comments",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status_before_trash",
                table: "comments",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "trashed_at",
                table: "comments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lifted_by",
                table: "comment_bans",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_comments_trashed_at",
                table: "comments",
                column: "trashed_at",
                filter: "trashed_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_comments_trashed_at",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "previous_text",
                table: "moderation_actions");

            migrationBuilder.DropColumn(
                name: "staff_author_id",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "status_before_trash",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "trashed_at",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "lifted_by",
                table: "comment_bans");
        }
    }
}
