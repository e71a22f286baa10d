using System.Globalization;
using NewsCms.Web.CommandLine;
using NewsCms.Web.Hosting;
using NewsCms.Web.Media;

// `dotnet run -- migrate | import FILE… | rerender` runs a verb and exits; anything else serves the site.
var verb = Verbs.Find(args);

// The site speaks one language: en-US for every thread (model binding, numbers, dates), set once here
// instead of by the request-localization middleware on every request.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-US");
var builder = WebApplication.CreateBuilder(verb is null ? args : []);

builder.AddNewsCmsLogging();
builder.Services.AddNewsCms(builder.Configuration);
builder.AddNewsCmsWeb();
builder.AddMedia();

var app = builder.Build();

if (verb is not null)
    return await verb.RunAsync(app.Services, args[1..]);

await app.MigrateInDevelopmentAsync();
app.UseNewsCmsPipeline();
app.MapNewsCmsEndpoints();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;
