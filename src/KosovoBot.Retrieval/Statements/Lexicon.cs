namespace KosovoBot.Retrieval.Statements;

/// <summary>
/// English function words the attribution rules lean on: speech verbs, name particles, words that bound a noun
/// phrase and heads that make a capitalised phrase an organisation. General English, nothing about any article.
/// </summary>
internal static class Lexicon
{
    public static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "tell", "tells", "told", "adds", "added", "stated",
        "warn", "warns", "warned", "announce", "announces", "announced", "insist", "insists", "insisted",
        "argue", "argues", "argued", "urge", "urges", "urged", "explain", "explains", "explained", "noted", "stressed", "want", "wants", "wanted", "expect", "expects", "expected",
        "believe", "believes", "believed", "hoped", "confirm", "confirms", "confirmed", "deny",
        "denies", "denied", "acknowledge", "acknowledges", "acknowledged", "claimed",
        "predict", "predicts", "predicted", "demanded", "expressed", "express", "expresses",
        "maintain", "maintains", "maintained", "reiterated", "reiterates", "promised", "promises", "vowed", "vows",
        "insisting", "cautioned", "cautions",
    };

    /// <summary>Verbs that only report speech when followed by this word ("made clear").</summary>
    public static readonly Dictionary<string, string> SpeechVerbPhrases = new(StringComparer.Ordinal)
    {
        ["made"] = "clear",
        ["make"] = "clear",
        ["makes"] = "clear",
        ["called"] = "for",
        ["calls"] = "for",
    };

    /// <summary>Speech verbs that may stand before their speaker in a tag ("said Appathurai").</summary>
    public static readonly HashSet<string> InvertibleVerbs = new(StringComparer.Ordinal)
    {
        "says", "said", "added", "adds", "told", "warned", "asked", "stated", "explained", "insisted", "noted",
    };

    public static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "al", "bin", "ter", "ten", "dos", "das", "del", "y",
    };

    public static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she" };

    /// <summary>Words between a subject and its verb that do not end the subject ("Appathurai also made clear").</summary>
    public static readonly HashSet<string> Adverbials = new(StringComparer.Ordinal)
    {
        "also", "has", "have", "had", "will", "would", "again", "previously", "later", "earlier", "then", "once",
        "already", "still", "just", "now", "further", "too", "himself", "herself", "did", "does", "do", "never",
    };

    /// <summary>Passive or copular auxiliaries: "are expected to" reports nobody's words.</summary>
    public static readonly HashSet<string> Passive = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being",
    };

    /// <summary>Words that end a title or subject phrase when walking back from a name.</summary>
    public static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "in", "on", "at", "by", "for", "with", "from", "to", "and", "or", "but", "after",
        "before", "when", "while", "as", "that", "which", "who", "whom", "since", "until", "till", "if", "because",
        "than", "said", "says", "told", "also", "however", "meanwhile", "is", "are", "was", "were", "has", "have",
        "had", "will", "would", "came", "comes", "according", "where", "about", "into", "over", "under", "against",
    };

    /// <summary>Leading words that are not part of a subject.</summary>
    public static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "several",
    };

    /// <summary>Heads that make a capitalised phrase an organisation or place rather than a person.</summary>
    public static readonly HashSet<string> OrganisationHeads = new(StringComparer.Ordinal)
    {
        "union", "council", "nations", "states", "ministry", "government", "party", "army", "agency", "commission",
        "office", "department", "court", "assembly", "parliament", "bank", "organization", "organisation",
        "alliance", "forces", "force", "committee", "house", "kingdom", "republic", "federation", "institute",
        "association", "group", "company", "corporation", "service", "police", "news", "press", "times", "post",
        "administration", "cabinet", "senate", "congress", "mission", "fund", "program", "programme", "community",
        "chamber", "holdings", "authority", "board", "port", "university", "ministries", "network", "agency",
    };

    /// <summary>Common nouns for people and bodies that speak ("officials", "the city", "the union"); any other lower-case subject is narration.</summary>
    public static readonly HashSet<string> SpeakerNouns = new(StringComparer.Ordinal)
    {
        "official", "officials", "analyst", "analysts", "expert", "experts", "diplomat", "diplomats", "critic", "critics",
        "resident", "residents", "witness", "witnesses", "police", "government", "governments", "authority", "authorities",
        "city", "town", "ministry", "union", "unions", "company", "companies", "firm", "spokesman", "spokeswoman",
        "spokesperson", "minister", "ministers", "mayor", "president", "leader", "leaders", "source", "sources",
        "organizer", "organizers", "organiser", "organisers", "observer", "observers", "worker", "workers", "employer",
        "employers", "management", "council", "operator", "opposition", "army", "military", "investigator",
        "investigators", "prosecutor", "prosecutors", "lawyer", "lawyers", "doctor", "doctors", "economist", "economists",
        "scientist", "scientists", "researcher", "researchers", "officer", "officers", "commission", "committee", "agency",
        "board", "bank", "court", "embassy", "group", "groups", "party", "parties", "activist", "activists", "campaigner",
        "campaigners", "protester", "protesters", "demonstrators", "member", "members", "staff", "negotiator",
        "negotiators", "mediator", "mediators", "envoy", "envoys", "secretary", "chairman", "chairwoman", "chair",
        "director", "chief", "executive", "governor", "senator", "commander", "general", "ambassador", "manager",
        "owner", "owners", "chamber", "federation", "association", "alliance", "coalition", "administration", "cabinet",
        "parliament", "spokespeople", "people", "farmers", "teachers", "drivers", "passengers", "commuters", "citizens",
        "voters", "regulator", "regulators", "ministries", "municipality", "port", "airline", "operators", "insurer",
        "statement", "report", "survey", "study", "spokesmen", "spokeswomen", "head", "boss", "judge", "judges",
        "delegate", "delegates", "office", "police", "engineers", "engineer", "host", "hosts", "organisation",
        "organization", "department", "service", "services", "office's",
    };

    public static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    public static bool IsBoundary(Token token) => !token.IsWord || Boundaries.Contains(token.Lower);
}
