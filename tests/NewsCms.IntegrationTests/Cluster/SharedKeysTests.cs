using System.Net;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Cluster;

/// <summary>Two nodes share the data-protection key ring in PostgreSQL, so either reads what the other signed.</summary>
[Collection(TwoNodeCluster.Name)]
public sealed class SharedKeysTests(TwoNodes nodes)
{
    [Fact]
    public async Task A_form_made_by_one_node_signs_in_on_the_other_and_the_cookie_works_on_both()
    {
        var staff = await nodes.A.CreateStaffAsync(Roles.Editor);
        var cookies = new CookieContainer();
        using var a = nodes.A.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        using var b = nodes.B.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

        // The login form and its antiforgery cookie come from A; the POST lands on B.
        var token = StaffSignIn.AntiforgeryToken(await a.GetStringAsync("/account/login"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = staff.Email, ["Password"] = staff.Password, ["__RequestVerificationToken"] = token,
        });
        using var signIn = await b.PostAsync("/account/login", form);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // The sign-in cookie B issued opens the newsroom on A as on B.
        using var onA = await a.GetAsync("/admin");
        using var onB = await b.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
    }

    [Fact]
    public async Task The_key_ring_lives_in_PostgreSQL_not_in_a_home_folder()
    {
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            var repository = node.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
            Assert.IsType<EntityFrameworkCoreXmlRepository<DataProtectionKeyStore>>(repository);
        }
        var keys = await nodes.A.WithDbAsync(db => db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM data_protection_keys").SingleAsync());
        Assert.Equal(1, keys); // B found A's key instead of making its own
    }
}
