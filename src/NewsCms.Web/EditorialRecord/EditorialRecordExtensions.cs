using NewsCms.Core.Editing;
using NewsCms.Core.EditorialRecord;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.EditorialRecord;

public static class EditorialRecordExtensions
{
    /// <summary>Revisions, edit locks and autosaves, corrections and takedowns, the activity log (docs/editorial-record.md).</summary>
    public static IServiceCollection AddEditorialRecord(this IServiceCollection services)
    {
        services.AddScoped<RevisionRestorer>();
        services.AddScoped<CorrectionsAndTakedowns>();
        services.AddScoped<EditingSessions>();
        services.AddScoped<ActivityLog>();
        services.AddScoped<RevisionModels>();
        services.AddScoped<EditorIntegrity>();
        services.AddScoped<ActivityModels>();
        return services;
    }
}
