using NewsCms.Core.Articles;
using NewsCms.Core.Editing;
using NewsCms.Core.EditorialRecord;
using static NewsCms.Tests.Infrastructure.ArticleStates;

namespace NewsCms.Tests.EditorialRecord;

public sealed class EditorialRecordTests
{
    [Fact]
    public void A_diff_marks_only_the_changed_words()
    {
        var pieces = TextDiff.Compare("The council voted on Tuesday.", "The council voted on Wednesday.");

        Assert.Equal(
            [new DiffPiece(DiffKind.Same, "The council voted on "), new DiffPiece(DiffKind.Removed, "Tuesday."), new DiffPiece(DiffKind.Added, "Wednesday.")],
            pieces);
    }

    [Fact]
    public void A_diff_of_equal_texts_is_one_unchanged_piece()
    {
        Assert.Equal([new DiffPiece(DiffKind.Same, "Same text")], TextDiff.Compare("Same text", "Same text"));
        Assert.Empty(TextDiff.Compare(null, ""));
    }

    [Fact]
    public void A_diff_keeps_every_word_of_both_texts()
    {
        var pieces = TextDiff.Compare("a b c d e", "a x c y e z");

        Assert.Equal("a b c d e", string.Concat(pieces.Where(p => p.Kind != DiffKind.Added).Select(p => p.Text)));
        Assert.Equal("a x c y e z", string.Concat(pieces.Where(p => p.Kind != DiffKind.Removed).Select(p => p.Text)));
    }

    [Fact]
    public void A_correction_moves_the_modified_instant_and_a_typo_fix_does_not()
    {
        var article = InState(ArticleStatus.Published);
        Assert.Equal(Now, article.ModifiedAt);

        var correction = article.Correct(Editor, CorrectionKind.Clarification, " The vote was 6-3. ", Now.AddHours(1));

        Assert.Equal(Now.AddHours(1), article.ModifiedAt);
        Assert.True(article.WasUpdated);
        Assert.Equal("The vote was 6-3.", correction.Text);
        Assert.Equal(CorrectionKind.Clarification, correction.Kind);
    }

    [Fact]
    public void Reporters_cannot_correct_and_drafts_cannot_be_corrected()
    {
        Assert.Throws<WorkflowException>(() => InState(ArticleStatus.Published).Correct(Owner, CorrectionKind.Correction, "x", Now));
        Assert.Throws<WorkflowException>(() => InState(ArticleStatus.Draft).Correct(Editor, CorrectionKind.Correction, "x", Now));
        Assert.Throws<WorkflowException>(() => InState(ArticleStatus.Published).Correct(Editor, CorrectionKind.Correction, " ", Now));
    }

    [Fact]
    public void A_taken_down_story_cannot_be_published_again_by_accident()
    {
        var article = InState(ArticleStatus.TakenDown);

        Assert.Equal("Removed for legal reasons.", article.TakedownReason);
        Assert.False(ArticleWorkflow.CanPublish(article, Editor));
        Assert.Throws<WorkflowException>(() => InState(ArticleStatus.Published).TakeDown(Editor, "Public", " ", Now));
        Assert.Throws<WorkflowException>(() => InState(ArticleStatus.Published).TakeDown(Owner, "Public", "Internal", Now));
    }

    [Fact]
    public void An_edit_lock_lapses_two_minutes_after_the_last_heartbeat()
    {
        var held = new EditLock(1, "ann", Now);

        Assert.True(held.IsLive(Now.AddSeconds(119)));
        Assert.False(held.IsLive(Now.AddMinutes(2)));
        held.Hold("bo", Now.AddMinutes(1));
        Assert.Equal(("bo", Now.AddMinutes(1)), (held.UserId, held.Since));
    }
}
