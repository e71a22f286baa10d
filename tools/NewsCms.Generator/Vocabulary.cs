namespace NewsCms.Generator;

/// <summary>The word banks behind generated copy: enough variety that headlines rarely repeat in a day.</summary>
public static class Vocabulary
{
    public static readonly string[] Sections =
        ["Politics", "World", "Business", "Technology", "Science", "Health", "Sport", "Culture"];

    public static readonly string[] Topics =
    [
        "Elections", "Climate", "Housing", "Transport", "Education", "Immigration", "Energy", "Inflation",
        "Interest rates", "Trade", "Courts", "Policing", "Public health", "Vaccines", "Hospitals", "Space",
        "Artificial intelligence", "Cybersecurity", "Privacy", "Startups", "Banking", "Agriculture", "Water",
        "Wildfires", "Floods", "Drought", "Hurricanes", "Earthquakes", "Football", "Basketball", "Tennis",
        "Olympics", "Cricket", "Film", "Music", "Books", "Theatre", "Art", "Fashion", "Food", "Travel",
        "Tourism", "Labour", "Strikes", "Pensions", "Taxes", "Budget", "Defence", "Diplomacy", "Ukraine",
        "Middle East", "China", "European Union", "United Nations", "NATO", "Supreme Court", "Congress",
        "City hall", "Schools", "Universities", "Research", "Oceans", "Wildlife", "Pollution", "Recycling",
    ];

    // Singular subjects, so that "approves", "warns over" … agree with every one of them.
    public static readonly string[] Subjects =
    [
        "Senate", "City council", "Central bank", "Health agency", "Union", "Regulator", "Research team", "Police chief",
        "Tech giant", "Farm lobby", "Governor", "School board", "Legislature", "Prosecutor", "Residents' group",
        "Airline", "Mayor", "Court", "Opposition leader", "Investor group", "Hospital chief", "Transit authority",
    ];

    public static readonly string[] Verbs =
    [
        "approves", "rejects", "delays", "backs", "warns over", "questions", "unveils", "cuts", "expands",
        "probes", "pledges to fix", "clashes over", "weighs", "blocks", "defends", "scraps", "revives", "funds",
    ];

    public static readonly string[] Objects =
    [
        "budget plan", "housing bill", "rate rise", "new stadium", "water rationing", "school funding", "AI rules",
        "transit fares", "climate targets", "hospital merger", "election map", "trade deal", "tax relief",
        "bridge repairs", "data privacy law", "port expansion", "wind farm", "rent controls", "teacher pay",
        "mining permit", "flood defences", "bus network", "pension reform", "vaccine rollout", "border checks",
    ];

    public static readonly string[] Tails =
    [
        "", "", "", "after long debate", "amid protests", "as costs soar", "in late-night vote", "ahead of election",
        "despite objections", "for second time", "after audit", "as deadline looms", "in surprise move",
    ];

    public static readonly string[] Roles =
        ["a spokesperson for", "the chief executive of", "an analyst at", "a senior adviser to", "a lawyer for", "the head of"];

    public static readonly string[] Effects =
    [
        "take effect next month", "cost more than expected", "face a legal challenge", "be reviewed in the spring",
        "help thousands of families", "reshape the local economy", "go to a public vote", "be delayed again",
    ];

    public static readonly string[] WireSources = ["AP", "Reuters", "AFP"];

    public static readonly string[] ReaderOpinions =
    [
        "This is exactly what we needed.", "I don't buy it.", "Finally, some good news.", "Who is paying for this?",
        "Great reporting, thank you.", "The headline is misleading.", "We have heard these promises before.",
        "My neighbours are furious about this.", "Can someone explain the numbers?", "About time.",
    ];
}
