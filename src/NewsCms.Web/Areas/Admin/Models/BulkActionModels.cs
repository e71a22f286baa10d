using NewsCms.Core.Articles;
using NewsCms.Core.Desk;
using NewsCms.Core.Tags;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>The article list's bulk form: the ticked stories, the button pressed, and the list to return to.</summary>
public sealed record BulkActionInput
{
    public int[] Ids { get; init; } = [];
    public string? Bulk { get; init; }

    /// <summary>Set by the "Are you sure" page or dialog; Archive and Unpublish ask first without it.</summary>
    public bool Confirmed { get; init; }

    public string? Back { get; init; }

    /// <summary>For Move to section: the section chosen beside the button.</summary>
    public int? TargetSection { get; init; }

    /// <summary>For Add tag: the tag's name, found or created as the editor does.</summary>
    public string? TargetTag { get; init; }

    public BulkTarget Target => new(TargetSection, TargetTag?.Trim());
}

/// <summary>The bulk buttons' words (never the editor's own button names alone, so a role search for "Archive" on the editor stays single).</summary>
public static class BulkButtons
{
    public static IReadOnlyList<(BulkAction Action, string Value, string Label)> All { get; } =
    [
        (BulkAction.Archive, "archive", "Archive selected"),
        (BulkAction.Unpublish, "unpublish", "Unpublish selected"),
        (BulkAction.RestoreFromArchive, "restore-from-archive", "Restore selected from archive"),
        (BulkAction.MoveToSection, "move-to-section", "Move to section"),
        (BulkAction.AddTag, "add-tag", "Add tag"),
    ];

    public static bool TryParse(string? value, out BulkAction action)
    {
        foreach (var button in All)
        {
            if (button.Value == value)
            {
                action = button.Action;
                return true;
            }
        }
        action = default;
        return false;
    }

    public static string Label(BulkAction action) => All.Single(b => b.Action == action).Label;

    /// <summary>What readers notice asks first, as on the editor page.</summary>
    public static bool AsksFirst(BulkAction action) => action is not BulkAction.RestoreFromArchive;

    /// <summary>Why the move or tag cannot start (nothing chosen); null when it can.</summary>
    public static string? MissingTarget(BulkAction action, BulkTarget target) => action switch
    {
        BulkAction.MoveToSection when target.SectionId is null => "Nothing was changed: choose the section to move the stories to.",
        BulkAction.AddTag when string.IsNullOrEmpty(target.TagName) || Slug.FromHeadline(target.TagName).Length == 0 => "Nothing was changed: type the tag to add.",
        BulkAction.AddTag when target.TagName!.Length > Tag.NameMaxLength => $"Nothing was changed: a tag is at most {Tag.NameMaxLength} characters.",
        _ => null,
    };

    public static string Explanation(BulkAction action) => action switch
    {
        BulkAction.Unpublish => "Readers lose each published one at once: its address answers 410 Gone, and it leaves the front page, feeds and search.",
        BulkAction.Archive => "Each leaves the site if it was published, and nobody can edit it until an editor restores it from the archive.",
        BulkAction.MoveToSection => "Each is saved in the chosen section, with a revision; published ones move on the site at once.",
        BulkAction.AddTag => "Each gets the tag, with a revision; published ones show it on the site at once.",
        _ => "Each becomes a draft again.",
    };

    /// <summary>"3 archived; 1 refused: “Headline” (it is already archived)."</summary>
    public static string Summary(BulkResult result)
    {
        var summary = $"{result.Done.Count} {BulkActions.Verb(result.Action)}";
        if (result.Refused.Count == 0)
            return summary + ".";
        var reasons = result.Refused.Select(r => $"{(r.Headline.Length == 0 ? $"story {r.Id}" : $"“{r.Headline}”")} ({r.Reason})");
        return $"{summary}; {result.Refused.Count} refused: {string.Join("; ", reasons)}.";
    }
}

/// <summary>The "Are you sure" page for a bulk action, naming every story it would touch.</summary>
public sealed record BulkConfirmationViewModel(BulkActionInput Input, string Button, string Explanation, IReadOnlyList<string> Headlines, string Back);
