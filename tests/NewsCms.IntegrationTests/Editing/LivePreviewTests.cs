using System.Net;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Editing;

/// <summary>The editor's live preview endpoint: the save's Markdown pipeline, sanitised, for writers only, with its token.</summary>
[Collection(SharedApp.Name)]
public sealed class LivePreviewTests(NewsCmsApplication app) : AppTest(app)
{
    private const string PreviewUrl = "/admin/articles/preview";

    [Fact]
    public async Task A_reporter_gets_the_body_rendered_as_a_save_would_with_the_dateline_and_no_script()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);

        using var response = await reporter.PostFormAsync(PreviewUrl, new Dictionary<string, string>
        {
            ["Body"] = "The council **voted** on Tuesday.\n\n- first\n- second\n\n<script>alert('x')</script>\n\n[bad](javascript:alert(1))",
            ["DatelinePlace"] = "LYON",
            ["DatelineSource"] = "AP",
        }, formPage: "/admin/articles/new");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>voted</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<li>first</li>", html, StringComparison.Ordinal);
        Assert.Contains("LYON (AP)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_the_antiforgery_token_the_preview_is_refused()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Body"] = "Hello **there**." });

        using var response = await reporter.PostAsync(PreviewUrl, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<strong>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderator_who_cannot_write_articles_is_refused()
    {
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        using var response = await moderator.PostFormAsync(PreviewUrl, new Dictionary<string, string> { ["Body"] = "Hello **there**." }, formPage: "/admin/profile");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_bad_request_with_problem_details()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);

        using var response = await reporter.PostFormAsync(PreviewUrl, new Dictionary<string, string> { ["Body"] = new string('a', 200_001) }, formPage: "/admin/articles/new");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_editor_shows_words_reading_time_and_the_headline_against_its_limit_without_script()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var id = await reporter.NewDraftAsync(ArticleEditing.Story("Council approves the park", "The council voted on Tuesday.\n\n- yes"));

        var page = await reporter.PageAsync(ArticleEditing.EditUrl(id));

        Assert.Equal("6 words · 1 min read", page.QuerySelector("[data-body-measure]")!.TextContent.Trim());
        Assert.Equal("25 of 200 characters", page.QuerySelector("[data-headline-count]")!.TextContent.Trim());
        Assert.Equal("/admin/articles/preview", page.QuerySelector("[data-live-preview-url]")!.GetAttribute("data-live-preview-url"));
        Assert.True(page.QuerySelector(".editor__live-preview")!.HasAttribute("hidden"));
    }
}
