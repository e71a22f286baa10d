using NewsCms.Core.Staff;

namespace NewsCms.Tests.Staff;

public sealed class GeneratedPasswordTests
{
    // Enough draws that a class missing once in 36,000 (the bug this guards against) would show up.
    private static readonly List<string> Passwords = Enumerable.Range(0, 50_000).Select(_ => StaffAccounts.GeneratePassword()).ToList();

    [Fact]
    public void Generated_passwords_are_long_and_meet_every_rule_of_the_sign_in_settings()
    {
        // The rules of AddNewsroomIdentity: at least 12 characters, a digit, a small letter and a capital.
        Assert.All(Passwords, password =>
        {
            Assert.True(password.Length >= 20, password);
            Assert.Contains(password, char.IsAsciiDigit);
            Assert.Contains(password, char.IsAsciiLetterLower);
            Assert.Contains(password, char.IsAsciiLetterUpper);
        });
    }

    [Fact]
    public void Generated_passwords_have_no_look_alike_letters()
    {
        // The two digits after the dash may be anything: no letter can be mistaken for them there.
        Assert.All(Passwords, password => Assert.DoesNotContain(password.Split('-')[0], c => "0O1lI".Contains(c, StringComparison.Ordinal)));
    }

    [Fact]
    public void Generated_passwords_do_not_repeat()
    {
        Assert.Equal(Passwords.Count, Passwords.Distinct().Count());
    }
}
