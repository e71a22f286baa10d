namespace NewsCms.Generator;

public sealed record Author(string Id, string DisplayName);

/// <summary>What every generated article draws on: the sections, tags and staff it may name.</summary>
public sealed record Cast(int[] SectionIds, int[] TagIds, Author[] Authors);
