namespace KosovoBot.Retrieval.Answering;

/// <summary>Which way in time a question or a statement points, seen from the article's publication day.</summary>
internal enum TimeDirection
{
    /// <summary>Nothing says, or both ways.</summary>
    Unmarked,

    /// <summary>What already happened.</summary>
    Past,

    /// <summary>What is planned, expected or still going on.</summary>
    Ahead,
}
