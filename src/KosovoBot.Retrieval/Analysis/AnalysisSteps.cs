namespace KosovoBot.Retrieval.Analysis;

/// <summary>The optional steps of the analysis chain; the tokenizer always runs.</summary>
[Flags]
internal enum AnalysisSteps
{
    /// <summary>Only the standard tokenizer.</summary>
    None = 0,

    /// <summary>Drops a trailing <c>'s</c> ("NATO's" → "NATO").</summary>
    Possessive = 1,

    /// <summary>Lower-cases every token.</summary>
    LowerCase = 2,

    /// <summary>Folds diacritics to ASCII (ë → e, ç → c, š → s).</summary>
    Fold = 4,

    /// <summary>Removes English stop words.</summary>
    StopWords = 8,

    /// <summary>Porter stemming.</summary>
    Stem = 16,

    /// <summary>Expands synonyms from the curated rules (query side only).</summary>
    Synonyms = 32,

    /// <summary>Tokenize, possessive, lower-case, fold: words as a person types them, for names.</summary>
    Plain = Possessive | LowerCase | Fold,

    /// <summary>The index chain: plain plus stop words and stemming.</summary>
    Index = Plain | StopWords | Stem,

    /// <summary>The query chain: the index chain plus synonyms.</summary>
    Query = Index | Synonyms,
}
