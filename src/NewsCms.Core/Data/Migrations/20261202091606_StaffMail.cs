using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsCms.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffMail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "mail_notifications",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: true); // everyone gets mail for their notifications until they turn it off

            migrationBuilder.CreateTable(
                name: "digest_marks",
                columns: table => new
                {
                    kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_marks", x => x.kind);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "digest_marks");

            migrationBuilder.DropColumn(
                name: "mail_notifications",
                table: "users");
        }
    }
}
