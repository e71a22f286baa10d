using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsCms.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleSearchAppearance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "seo_description",
                table: "articles",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "seo_title",
                table: "articles",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "seo_description",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "seo_title",
                table: "articles");
        }
    }
}
