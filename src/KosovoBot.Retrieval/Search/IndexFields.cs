namespace KosovoBot.Retrieval.Search;

/// <summary>Field names of the statement index.</summary>
internal static class IndexFields
{
    /// <summary>The sentence's words.</summary>
    public const string Text = "text";

    /// <summary>The speaker's name and role.</summary>
    public const string Who = "who";

    /// <summary>Generic frame words for a sentence that names the article's author, dateline or outlet.</summary>
    public const string Meta = "meta";

    /// <summary>Tokens of the dates the sentence names (see <see cref="DateTokens"/>).</summary>
    public const string Date = "date";

    /// <summary>Position of the statement in the snapshot's statement list.</summary>
    public const string Ordinal = "n";

    /// <summary>The analysed fields a question word is looked up in.</summary>
    public static readonly string[] Searched = [Text, Who, Meta];
}
