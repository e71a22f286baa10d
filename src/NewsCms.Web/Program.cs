using System.Globalization;
using NewsCms.Web.Caching;
using NewsCms.Web.CommandLine;
using NewsCms.Web.Comments;
using NewsCms.Web.Desk;
using NewsCms.Web.EditorialRecord;
using NewsCms.Web.Hosting;
using NewsCms.Web.Mail;
using NewsCms.Web.Media;
using NewsCms.Web.Newsroom;
using NewsCms.Web.ReaderSite;
using NewsCms.Web.Scheduling;
using NewsCms.Web.Staff;
using NewsCms.Web.Wire;

// `dotnet run -- migrate | import FILE… | …` runs a verb and exits; anything else serves the site.
var verb = Verbs.Find(args);

// The site speaks one language: en-US for every thread (model binding, numbers, dates), set once here
// instead of by the request-localization middleware on every request.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-US");
var builder = WebApplication.CreateBuilder(verb is null ? args : []);
var settings = builder.Configuration;

// The features, each registered in its own folder (docs/architecture.md).
builder.AddNewsCmsLogging();
builder.AddNewsCmsTelemetry();
builder.Services.AddNewsDatabase(settings);
builder.Services.AddNewsCmsForwardedHeaders(settings);
builder.Services.AddMail(settings);
builder.Services.AddStaff(settings);
builder.Services.AddNewsroom(settings);
builder.Services.AddEditorialRecord();
builder.Services.AddDesk();
builder.Services.AddScheduling(settings);
builder.Services.AddWire(settings);
builder.AddComments();
builder.Services.AddReaderSite(settings);
builder.AddMedia();
builder.AddPublicPageCaching();
builder.AddNewsCmsMvc();

var app = builder.Build();

if (verb is not null)
    return await verb.RunAsync(app.Services, args[1..]);

await app.MigrateInDevelopmentAsync();

// The pipeline, outermost first.
app.UseForwardedHeaders();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStaffPagesUncached();
app.UseNewsCmsErrorPages();
app.UseNewsCmsRequestLogging();
app.UseMiddleware<DatabaseUnavailableMiddleware>();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseNewsCmsMetrics();
app.UseRateLimiter();
app.UsePublicPageCaching();
app.MapNewsCmsEndpoints();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;
