using System.Globalization;
using System.Text.Json;
using NewsCms.Core.Articles;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>
/// An "Are you sure" before what readers notice or what loses work. The page (GET …/confirm/{what}) works
/// without script; where script runs, wwwroot/js/confirm-dialog.js shows the same question in a dialog.
/// Both post to the action's existing route, which still takes a direct POST (docs/newsroom.md).
/// </summary>
public sealed record ConfirmationViewModel(string What, string Question, string Explanation, string PostUrl, IReadOnlyDictionary<string, string> Fields, string Button, string CancelUrl)
{
    public string GetUrl(int id) => $"/admin/articles/{id}/confirm/{What}";

    /// <summary>What the dialog needs, as data- attributes on the button that opens it.</summary>
    public string FieldsJson => JsonSerializer.Serialize(Fields);
}

public static class Confirmations
{
    public const string Unpublish = "unpublish";
    public const string Archive = "archive";
    public const string TakeOver = "take-over";
    public const string Restore = "restore";

    public static ConfirmationViewModel? For(string what, int id, string headline, long? revisionId = null)
    {
        var edit = $"/admin/articles/{id}/edit";
        var story = headline.Length == 0 ? "this story" : $"“{headline}”";
        return what switch
        {
            Unpublish => new(what, $"Are you sure you want to unpublish {story}?",
                "Readers lose it at once: its address answers 410 Gone, and it leaves the front page, feeds and search. An editor can publish it again later.",
                edit, new Dictionary<string, string> { ["command"] = nameof(ArticleCommand.Unpublish) }, "Unpublish", edit),
            Archive => new(what, $"Are you sure you want to archive {story}?",
                "It leaves the site if it was published, and nobody can edit it until an editor restores it from the archive.",
                edit, new Dictionary<string, string> { ["command"] = nameof(ArticleCommand.Archive) }, "Archive", edit),
            TakeOver => new(what, $"Are you sure you want to take over {story}?",
                "Whoever is editing it now keeps their text, but their next save meets a conflict and must be compared with yours.",
                $"/admin/articles/{id}/lock/take-over", new Dictionary<string, string>(), "Take over", edit),
            Restore when revisionId is { } revision => new(what, $"Are you sure you want to restore this revision of {story}?",
                "Its text replaces the current text as a new revision; the current text stays in the history.",
                $"/admin/articles/{id}/restore", new Dictionary<string, string> { ["RevisionId"] = revision.ToString(CultureInfo.InvariantCulture) }, "Restore revision", $"/admin/articles/{id}/history"),
            _ => null,
        };
    }

    /// <summary>The same rule the action itself applies, so the page is never offered to someone the action refuses.</summary>
    public static bool Allows(string what, Article article, Actor actor) => what switch
    {
        Unpublish => ArticleWorkflow.CanUnpublish(article, actor),
        Archive => ArticleWorkflow.CanArchive(article, actor),
        TakeOver => ArticleWorkflow.CanEdit(article, actor),
        Restore => EditorialRules.CanRestore(article, actor),
        _ => false,
    };
}
