using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Staff;

namespace NewsCms.IntegrationTests.Infrastructure;

public sealed record StaffMember(string Id, string Email, string Password)
{
    /// <summary>The authenticator key, once the person has set up two-factor sign-in.</summary>
    public string Key { get; set; } = "";
}

/// <summary>Staff accounts and signed-in clients, through the real login form (antiforgery included).</summary>
public static partial class StaffSignIn
{
    public static async Task<StaffMember> CreateStaffAsync(this NewsCmsApplication app, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var name = roles.Length == 0 ? "Nobody" : string.Join(" ", roles);
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@newscms.test";
        var account = await accounts.CreateAsync(email, $"{name} {Guid.NewGuid().ToString("N")[..6]}", roles);
        Assert.True(account.Succeeded, string.Join(" ", account.Errors));
        return new StaffMember(account.User!.Id, email, account.Password!);
    }

    /// <summary>Acts on accounts as the app does, in a scope of its own.</summary>
    public static async Task WithAccountsAsync(this NewsCmsApplication app, Func<StaffAccounts, Microsoft.AspNetCore.Identity.UserManager<StaffUser>, Task> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<StaffAccounts>(), scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>());
    }

    /// <summary>A client signed in as a new account holding these roles (none: a signed-in person without any).</summary>
    public static async Task<HttpClient> SignedInClientAsync(this NewsCmsApplication app, params string[] roles)
    {
        var staff = await app.CreateStaffAsync(roles);
        return await app.SignedInClientAsync(staff);
    }

    public static async Task<HttpClient> SignedInClientAsync(this NewsCmsApplication app, StaffMember staff)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await client.PostFormAsync("/account/login", new() { ["Email"] = staff.Email, ["Password"] = staff.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>POSTs a form the way a browser does: with the antiforgery token of the page it came from.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(url, content);
    }

    public static string AntiforgeryToken(string html) =>
        TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
