namespace NewsCms.Core.Sections;

public sealed class Section
{
    public const int NameMaxLength = 100;
    public const int SlugMaxLength = 100;

    private Section()
    {
    }

    public Section(string name, string slug)
    {
        Name = name;
        Slug = slug;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";

    public void Rename(string name, string slug)
    {
        Name = name;
        Slug = slug;
    }
}
