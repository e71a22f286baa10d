using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Media;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Wire;

namespace NewsCms.IntegrationTests.Wire;

/// <summary>The app with a watched folder for the "Northwind" source (queue, the default).</summary>
public sealed class WireFolderApplication : NewsCmsApplication
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("newscms-wire-folder-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Wire:Sources:Northwind:Folder", Folder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}

public sealed class WireFolderTests(WireFolderApplication app) : AppTest<WireFolderApplication>(app), IClassFixture<WireFolderApplication>
{
    [Fact]
    public async Task A_file_dropped_in_the_folder_appears_on_the_desk_and_moves_to_done()
    {
        var handled = Handled("harbour.xml");

        Drop("nitf-harbour.xml", "harbour.xml");

        var report = await handled.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.False(report.Refused, string.Join('\n', report.Lines));
        Assert.True(File.Exists(Path.Combine(App.Folder, "done", "harbour.xml")));
        using var editor = await App.SignedInClientAsync(NewsCms.Core.Staff.Roles.Editor);
        var desk = await editor.PageAsync(WireKit.DeskUrl);
        Assert.Contains("Harbour bridge reopens after storm repairs", desk.QuerySelectorAll(".wire-desk h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("Northwind Agency", await App.WithDbAsync(db => db.WireItems.Select(w => w.Source).SingleAsync()));
    }

    [Fact]
    public async Task A_bad_file_moves_to_failed_with_its_reason_beside_it()
    {
        var handled = Handled("bad.xml");

        File.WriteAllText(Path.Combine(App.Folder, ".bad.xml"), "<nitf>\n<body/>\n</nitf>");
        File.Move(Path.Combine(App.Folder, ".bad.xml"), Path.Combine(App.Folder, "bad.xml"));

        var report = await handled.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(report.Refused);
        var reason = File.ReadAllText(Path.Combine(App.Folder, "failed", "bad.xml.reason.txt"));
        Assert.Contains("bad.xml:2: refused: the <hedline> has no <hl1> headline", reason, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.WireItems.CountAsync()));
    }

    [Fact]
    public async Task A_picture_dropped_before_its_copy_waits_then_goes_with_it_into_the_library_and_to_done()
    {
        var handled = Handled("lighthouse.xml");

        Drop("pictures/lighthouse.jpg", "lighthouse.jpg");
        Drop("pictures/nitf-lighthouse.xml", "lighthouse.xml");

        var report = await handled.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.False(report.Refused, string.Join('\n', report.Lines));
        Assert.Contains("lighthouse.xml: picture “lighthouse.jpg”: added to the library", report.Lines);
        Assert.True(File.Exists(Path.Combine(App.Folder, "done", "lighthouse.jpg")));
        Assert.False(File.Exists(Path.Combine(App.Folder, "lighthouse.jpg")));
        var picture = await App.WithDbAsync(db => db.MediaItems.SingleAsync());
        Assert.Equal("Owen Price / Northwind Agency", picture.Credit);
        var waiting = await App.WithDbAsync(db => db.WireItems.SingleAsync());
        Assert.Equal(picture.Id, Assert.Single(waiting.Item.Pictures).MediaId);
    }

    [Fact]
    public async Task A_picture_no_copy_names_in_time_moves_to_failed_with_its_reason()
    {
        var handled = Handled("stray.jpg");
        Drop("pictures/ferry.jpg", "stray.jpg");

        // The wait runs on the app's clock from when the watcher first saw the picture: each move of the
        // clock also fires the poll, so within two moves one pass has seen it and a later one sets it aside.
        for (var i = 0; i < 5 && !handled.IsCompleted; i++)
        {
            var passed = NextPass();
            App.Clock.Advance(TimeSpan.FromMinutes(61));
            await passed.WaitAsync(TimeSpan.FromSeconds(60));
        }

        var report = await handled.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(report.Refused);
        Assert.Contains("stray.jpg: refused: no wire file named this picture within 01:00:00",
            File.ReadAllText(Path.Combine(App.Folder, "failed", "stray.jpg.reason.txt")), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    // Dropped whole, as agencies' transfer tools do: written under a hidden name, then renamed in.
    private void Drop(string fixture, string name)
    {
        var hidden = Path.Combine(App.Folder, "." + name);
        File.Copy(WireFixtures.PathOf(fixture), hidden);
        File.Move(hidden, Path.Combine(App.Folder, name));
    }

    private Task NextPass()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        App.Services.GetRequiredService<WireFolderWatcher>().Passed += (_, _) => done.TrySetResult();
        return done.Task;
    }

    private Task<WireFileReport> Handled(string name)
    {
        var done = new TaskCompletionSource<WireFileReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        App.Services.GetRequiredService<WireFolderWatcher>().FileHandled += (_, report) =>
        {
            if (report.File == name)
                done.TrySetResult(report);
        };
        return done.Task;
    }
}
