namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// Every tuning number of the extractive answerer in one place, each with what it does. The one knob a deployment
/// sets is <see cref="RetrievalOptions.AbstainBelow"/>; these are the shape of the confidence and the answer choice,
/// chosen by measurement on the development sets (kinds of question, never single questions).
/// </summary>
internal static class AnswerWeights
{
    /// <summary>A word at least this long that the vocabulary corrects is a typo of the corrected word, not another word.</summary>
    public const int TypoSafeLength = 8;

    /// <summary>A typed question (how many, when, where, who) may take its span from a statement scoring at least this share of the best.</summary>
    public const double TypedAnswerScoreRatio = 0.5;

    /// <summary>How many of the best statements a typed question looks through for its span.</summary>
    public const int TypedAnswerCandidates = 4;

    /// <summary>The confidence of a decline for a half match is the best statement's confidence times this.</summary>
    public const double HalfMatchPenalty = 0.2;

    /// <summary>A salient name the best sentence lacks declines unless it matches at least this share of the question's key words.</summary>
    public const double NameMissingShare = 0.75;

    /// <summary>The confidence of an answer from the front matter (headline, date, outlet, dateline, who is quoted).</summary>
    public const double FrontMatterConfidence = 0.95;

    /// <summary>The confidence of the gist of the news.</summary>
    public const double SummaryConfidence = 0.9;

    /// <summary>Coverage (share of the question's key words the knowledge has) is raised to this power.</summary>
    public const double CoveragePower = 3;

    /// <summary>The part of the confidence that coverage alone gives; the rest grows with the best statement's match.</summary>
    public const double CoverageFloor = 0.3;

    /// <summary>A name, number or date the knowledge lacks multiplies the confidence by this.</summary>
    public const double UnknownNamePenalty = 0.1;

    /// <summary>A question with more searched words than this is long: its words the knowledge lacks are chat, not content.</summary>
    public const int LongQuestionWords = 20;

    /// <summary>A long question needs at least this many of its key words in the best statement.</summary>
    public const int LongQuestionMinMatched = 2;

    /// <summary>
    /// With sentence vectors: the cosine between the question and its best statement below which the statement is
    /// taken to share no meaning with the question, and above which it is taken to share all of it.
    /// </summary>
    public const double SimilarityFloor = 0.75;

    /// <summary>See <see cref="SimilarityFloor"/>.</summary>
    public const double SimilarityCeiling = 0.9;

    /// <summary>With sentence vectors: how much a word the knowledge lacks counts as covered by the statement's meaning, at full similarity.</summary>
    public const double MeaningCoverage = 0.8;

    /// <summary>How many of the best statements a semantic model reads for the question's common words said in other words.</summary>
    public const int MeaningCandidates = 5;

    /// <summary>
    /// A candidate's score grows by this times the share of the question's key words it says only in other words
    /// ("reporters" for "journalists"), so that it passes a statement that only shares the question's other words.
    /// </summary>
    public const double EquivalentBoost = 1.0;
}
