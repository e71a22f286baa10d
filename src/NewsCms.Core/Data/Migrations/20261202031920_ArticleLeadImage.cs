using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsCms.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleLeadImage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "lead_image_id",
                table: "articles",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_lead_image_id",
                table: "articles",
                column: "lead_image_id");

            migrationBuilder.AddForeignKey(
                name: "fk_articles_media_item_lead_image_id",
                table: "articles",
                column: "lead_image_id",
                principalTable: "media_items",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_articles_media_item_lead_image_id",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_lead_image_id",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "lead_image_id",
                table: "articles");
        }
    }
}
