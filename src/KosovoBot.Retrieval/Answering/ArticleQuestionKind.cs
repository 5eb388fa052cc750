namespace KosovoBot.Retrieval.Answering;

/// <summary>What a question about the article itself (rather than the news in it) asks for.</summary>
internal enum ArticleQuestionKind
{
    /// <summary>Not a question about the article itself.</summary>
    None,

    /// <summary>Its headline.</summary>
    Headline,

    /// <summary>When it was published.</summary>
    Published,

    /// <summary>The outlet that published it.</summary>
    Outlet,

    /// <summary>Where it was filed from (its dateline).</summary>
    Dateline,

    /// <summary>Who is quoted in it.</summary>
    Speakers,
}
