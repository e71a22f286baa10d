using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsCms.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class WireWaitingOncePerAgencyItem : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_wire_items_agency_id",
                table: "wire_items");

            // A desk that already holds one agency item twice keeps the later version (the later arrival on a
            // tie); the other copy is dismissed, saying why, so the unique index can be built.
            migrationBuilder.Sql("""
                UPDATE wire_items AS w
                SET status = 'Dismissed', handled_by_id = 'system', handled_at = now(),
                    editorial_note = 'Dismissed as a second copy of an item already on the desk'
                WHERE w.status = 'Waiting' AND w.agency_id IS NOT NULL AND EXISTS (
                    SELECT 1 FROM wire_items AS o
                    WHERE o.status = 'Waiting' AND o.agency_id = w.agency_id
                      AND (coalesce(o.agency_version, 0), o.id) > (coalesce(w.agency_version, 0), w.id));
                """);

            migrationBuilder.CreateIndex(
                name: "ix_wire_items_waiting_agency_id",
                table: "wire_items",
                column: "agency_id",
                unique: true,
                filter: "status = 'Waiting'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_wire_items_waiting_agency_id",
                table: "wire_items");

            migrationBuilder.CreateIndex(
                name: "ix_wire_items_agency_id",
                table: "wire_items",
                column: "agency_id");
        }
    }
}
