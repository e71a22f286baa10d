using NewsCms.Core.Desk;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Desk;

public static class DeskExtensions
{
    /// <summary>The desk's daily loop: ways back to Draft, editorial notes, notifications (docs/newsroom.md).</summary>
    public static IServiceCollection AddDesk(this IServiceCollection services)
    {
        services.AddScoped<WaysBack>();
        services.AddScoped<BulkActions>();
        services.AddScoped<EditorialNotes>();
        services.AddScoped<Notifications>();
        services.AddScoped<DeskModels>();
        return services;
    }
}
