namespace NewsCms.Core.Tags;

public sealed class Tag
{
    public const int NameMaxLength = 60;

    private Tag()
    {
    }

    public Tag(string name, string slug)
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
