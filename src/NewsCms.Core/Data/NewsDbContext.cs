using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Comments;
using NewsCms.Core.Sections;

namespace NewsCms.Core.Data;

/// <summary>
/// The one store. Migrations are the only schema source:
/// <c>dotnet ef migrations add NAME --project src/NewsCms.Core --startup-project src/NewsCms.Web --output-dir Data/Migrations</c>
/// </summary>
public sealed class NewsDbContext(DbContextOptions<NewsDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Comment> Comments => Set<Comment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: the database reads like DESIGN.md, and reordering an enum breaks nothing.
        configurationBuilder.Properties<ArticleStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CommentStatus>().HaveConversion<string>().HaveMaxLength(20);
    }
}
