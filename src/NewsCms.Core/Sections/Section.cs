namespace NewsCms.Core.Sections;

public sealed class Section
{
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
