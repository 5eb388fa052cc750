namespace KosovoBot.Retrieval.Search;

/// <summary>
/// Generic English words people use to ask about an article's byline ("who wrote this", "which city does the
/// correspondent file from"). They are indexed with a sentence that names the author, dateline or outlet, so such
/// questions find the byline sentence of any article. Nothing here is about a particular article.
/// </summary>
internal static class MetadataVocabulary
{
    /// <summary>Words for the person who wrote the article.</summary>
    public const string Author = "author writer wrote write written writes reporter reported reports report correspondent journalist byline story article filed files file";

    /// <summary>Words for the place the article was filed from.</summary>
    public const string Dateline = "dateline city place location based filed files file from where";

    /// <summary>Words for the outlet that published the article.</summary>
    public const string Outlet = "outlet publisher published publication news agency network broadcaster media";
}
