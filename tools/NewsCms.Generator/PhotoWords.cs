namespace NewsCms.Generator;

/// <summary>Word banks for the alt text and captions of generated library items: what news photos show.</summary>
public static class PhotoWords
{
    public static readonly string[] People =
    [
        "Protesters", "Commuters", "Firefighters", "Students", "Farmers", "Nurses", "Football fans", "Shoppers",
        "Dock workers", "Volunteers", "City officials", "Residents", "Rescue teams", "Teachers", "Voters", "Tourists",
    ];

    public static readonly string[] Actions =
    [
        "gather outside", "walk past", "queue at", "clear debris near", "wait at", "march towards",
        "listen to speeches at", "inspect the damage at", "hold banners at", "unload supplies at",
    ];

    public static readonly string[] Places =
    [
        "the city hall", "the port", "the new stadium", "the flooded market", "the hospital entrance", "the courthouse",
        "a bus depot", "the wind farm", "a school gate", "the old bridge", "the central station", "the parliament",
    ];

    public static readonly string[] Times =
    [
        "at dawn", "on Monday morning", "in heavy rain", "late on Friday", "under grey skies", "after the vote",
        "during the strike", "at midday", "in the snow", "as the sun sets",
    ];

    public static readonly string[] Contexts =
    [
        "the talks entered a second week", "officials met behind closed doors", "the deadline passed",
        "the results came in", "repairs got under way", "the city counted the cost",
    ];

    public static readonly string[] Credits = ["Staff photographer", "AP", "Reuters", "AFP", "Pool photo", "Handout"];
}
