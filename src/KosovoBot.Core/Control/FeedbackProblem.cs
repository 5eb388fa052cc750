namespace KosovoBot.Core.Control;

/// <summary>What went wrong with an answer, as chosen in the 👎 form.</summary>
public enum FeedbackProblem
{
    /// <summary>The answer is wrong.</summary>
    Wrong,

    /// <summary>The article does not say this.</summary>
    NotInArticle,

    /// <summary>The quote is cut or attributed badly.</summary>
    BadlyQuoted,

    /// <summary>Something else (see the comment).</summary>
    Other,
}
