using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsCms.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class WirePictures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "picture_id",
                table: "wire_items",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_wire_items_picture_id",
                table: "wire_items",
                column: "picture_id");

            migrationBuilder.AddForeignKey(
                name: "fk_wire_items_media_item_picture_id",
                table: "wire_items",
                column: "picture_id",
                principalTable: "media_items",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_wire_items_media_item_picture_id",
                table: "wire_items");

            migrationBuilder.DropIndex(
                name: "ix_wire_items_picture_id",
                table: "wire_items");

            migrationBuilder.DropColumn(
                name: "picture_id",
                table: "wire_items");
        }
    }
}
