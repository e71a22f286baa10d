using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Comments;
using NewsCms.Core.Desk;
using NewsCms.Core.Editing;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Operations;
using NewsCms.Core.Sections;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;
using NewsCms.Core.Wire;

namespace NewsCms.Core.Data;

/// <summary>
/// The one store, staff accounts included. Every save goes through the save pipeline (NewsDbContext.SavePipeline.cs).
/// Migrations are the only schema source:
/// <c>dotnet ef migrations add NAME --context NewsDbContext --project src/NewsCms.Core --startup-project src/NewsCms.Web --output-dir Data/Migrations</c>
/// </summary>
public sealed partial class NewsDbContext(DbContextOptions<NewsDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<CommentBan> CommentBans => Set<CommentBan>();
    public DbSet<ModerationAction> ModerationActions => Set<ModerationAction>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<Takedown> Takedowns => Set<Takedown>();
    public DbSet<ActivityEntry> ActivityLog => Set<ActivityEntry>();
    public DbSet<EditLock> EditLocks => Set<EditLock>();
    public DbSet<Autosave> Autosaves => Set<Autosave>();
    public DbSet<WireItem> WireItems => Set<WireItem>();
    public DbSet<EditorialNote> EditorialNotes => Set<EditorialNote>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();
    public DbSet<SystemSample> SystemSamples => Set<SystemSample>();
    public DbSet<DigestMark> DigestMarks => Set<DigestMark>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm"); // reader search: typo and prefix tolerance
        builder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);

        // Identity names its tables itself ("AspNetUsers"); ours are snake_case like the rest.
        builder.Entity<StaffUser>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: the database reads like DESIGN.md, and reordering an enum breaks nothing.
        configurationBuilder.Properties<ArticleStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CommentStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ModerationVerb>().HaveConversion<string>().HaveMaxLength(20);
    }
}
