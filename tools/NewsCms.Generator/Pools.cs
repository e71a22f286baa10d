using Bogus;

namespace NewsCms.Generator;

/// <summary>
/// Names, places and companies drawn once from Bogus, then picked from. Several of Bogus's generators
/// (Address.City among them) expand templates on every call, which would cost more than rendering the
/// Markdown; picking from a few thousand keeps the variety at a fraction of the price.
/// </summary>
public sealed class Pools
{
    private const int Size = 2000;

    public Pools(Faker f)
    {
        Cities = Draw(() => f.Address.City());
        Companies = Draw(() => f.Company.CompanyName(0));
        FullNames = Draw(() => f.Name.FullName());
        FirstNames = Draw(() => f.Name.FirstName());
        UserNames = Draw(() => f.Internet.UserName());
        Emails = Draw(() => f.Internet.Email());
    }

    public string[] Cities { get; }
    public string[] Companies { get; }
    public string[] FullNames { get; }
    public string[] FirstNames { get; }
    public string[] UserNames { get; }
    public string[] Emails { get; }

    private static string[] Draw(Func<string> next) => Enumerable.Range(0, Size).Select(_ => next()).ToArray();
}
