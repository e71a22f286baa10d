using NewsCms.Web.CommandLine;
using NewsCms.Web.Hosting;

// `dotnet run -- migrate | import FILE… | rerender` runs a verb and exits; anything else serves the site.
var verb = Verbs.Find(args);
var builder = WebApplication.CreateBuilder(verb is null ? args : []);

builder.AddNewsCmsLogging();
builder.Services.AddNewsCms(builder.Configuration);
builder.AddNewsCmsWeb();

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
