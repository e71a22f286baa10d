// The machine's limit for bench/run: Kestrel answering every request with one file held in memory, so that
// "req/s of the app / req/s of this" says how much of the box the app leaves on the table. The file is an
// article page fetched from the app, or a picture rendition (bench/lib/pictures.sh) with its content type.
//
//   dotnet Limit.dll --urls http://127.0.0.1:5091 --Page bench/out/article-1000.html [--ContentType image/jpeg]

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();

var path = builder.Configuration["Page"] ?? throw new InvalidOperationException("--Page FILE is required.");
var contentType = builder.Configuration["ContentType"] ?? "text/html; charset=utf-8";
var page = await File.ReadAllBytesAsync(path);

var app = builder.Build();
app.Run(context =>
{
    context.Response.ContentType = contentType;
    context.Response.ContentLength = page.Length;
    return context.Response.Body.WriteAsync(page).AsTask();
});
await app.RunAsync();
