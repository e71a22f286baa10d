using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsCms.BrowserTests;

/// <summary>
/// Waiting for a page to arrive at an address. Not WaitForURLAsync: when the address already matches it checks
/// the page's load state and only then listens for it, and a state that lands in between is lost (the wait
/// then runs out; playwright-dotnet#3364, met twice here in CI at sign-in). The address is asserted instead
/// (Playwright polls it, nothing to lose), then the document's DOMContentLoaded — so deferred scripts have
/// run — is waited for in short tries: a state missed by one try is recorded, and the next finds it at once.
/// </summary>
public static class PageAddress
{
    public static async Task ArrivedAtAsync(this IPage page, string glob)
    {
        await Assertions.Expect(page).ToHaveURLAsync(FromGlob(glob), new() { Timeout = 60_000 });
        for (var tries = 1; ; tries++)
        {
            try
            {
                await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 2_000 });
                return;
            }
            catch (TimeoutException) when (tries < 30)
            {
            }
        }
    }

    // Playwright's URL globs as the tests write them: ** any characters, * any but a slash, the rest literal.
    private static Regex FromGlob(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$");
}
