using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace NewsCms.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReaderSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "articles",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(standfirst, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(body_markdown, '')), 'C')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_headline_trgm",
                table: "articles",
                column: "headline")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_search_vector",
                table: "articles",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_articles_section_published_latest",
                table: "articles",
                columns: new[] { "section_id", "published_at", "id" },
                descending: new[] { false, true, true },
                filter: "status = 'Published'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_articles_headline_trgm",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_search_vector",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_section_published_latest",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "articles");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
