using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Desk;
using NewsCms.Core.EditorialRecord;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Desk;

/// <summary>The desk's forms (ways back, notes) posted as the editor page's small forms post them, and what they leave behind.</summary>
public static class DeskKit
{
    /// <summary>Presses a way back ("send-back", "withdraw", "unschedule", "restore-from-archive") with the editor page's token.</summary>
    public static Task<HttpResponseMessage> WayBackAsync(this HttpClient client, int id, string way, string? note = null, string? formPage = null) =>
        client.PostFormAsync($"/admin/articles/{id}/{way}", note is null ? new() : new() { ["Note"] = note }, formPage ?? "/account/login");

    public static Task<HttpResponseMessage> AddNoteAsync(this HttpClient client, int id, string note) =>
        client.PostFormAsync($"/admin/articles/{id}/notes", new() { ["Note"] = note }, EditUrl(id));

    /// <summary>A story its reporter wrote and submitted; answers its id.</summary>
    public static async Task<int> SubmittedStoryAsync(this HttpClient reporter, string headline = "Council approves the riverside park")
    {
        var id = await reporter.NewDraftAsync(Story(headline));
        await reporter.PressOkAsync(EditUrl(id), "Submit", Story(headline));
        return id;
    }

    public static Task<ActivityEntry?> LastLogEntryAsync(this NewsCmsApplication app, int id) =>
        app.WithDbAsync(db => db.ActivityLog.AsNoTracking().Where(e => e.ArticleId == id).OrderByDescending(e => e.Id).FirstOrDefaultAsync());

    public static Task<List<Notification>> NotificationsOfAsync(this NewsCmsApplication app, string userId) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId).OrderBy(n => n.Id).ToListAsync());

    public static Task<List<EditorialNote>> NotesOfAsync(this NewsCmsApplication app, int id) =>
        app.WithDbAsync(db => db.EditorialNotes.AsNoTracking().Where(n => n.ArticleId == id).OrderBy(n => n.Id).ToListAsync());
}
