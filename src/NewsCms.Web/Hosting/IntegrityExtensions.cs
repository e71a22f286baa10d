using NewsCms.Core.Activity;
using NewsCms.Core.Corrections;
using NewsCms.Core.Editing;
using NewsCms.Core.Revisions;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Hosting;

public static class IntegrityExtensions
{
    /// <summary>Revisions, edit locks and autosaves, corrections and takedowns, the activity log (docs/integrity.md).</summary>
    public static IServiceCollection AddEditorialIntegrity(this IServiceCollection services)
    {
        services.AddScoped<RevisionRestorer>();
        services.AddScoped<CorrectionDesk>();
        services.AddScoped<EditingSessions>();
        services.AddScoped<ActivityLog>();
        services.AddScoped<RevisionModels>();
        services.AddScoped<EditorIntegrity>();
        services.AddScoped<ActivityModels>();
        return services;
    }
}
