using System.ComponentModel.DataAnnotations;

namespace KosovoBot.Retrieval;

/// <summary>Search and answering settings (section <c>Retrieval</c>).</summary>
public sealed class RetrievalOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Retrieval";

    /// <summary>BM25 term-frequency saturation.</summary>
    [Range(0.0, 5.0)]
    public double K1 { get; set; } = 1.2;

    /// <summary>BM25 length normalisation.</summary>
    [Range(0.0, 1.0)]
    public double B { get; set; } = 0.75;

    /// <summary>Answers with a confidence below this are declined.</summary>
    [Range(0.0, 1.0)]
    public double AbstainBelow { get; set; } = 0.3;

    /// <summary>At most this many supporting quotes per answer.</summary>
    [Range(1, 10)]
    public int MaxCitations { get; set; } = 3;

    /// <summary>How many search hits the answerer considers.</summary>
    [Range(1, 200)]
    public int CandidatePool { get; set; } = 10;

    /// <summary>The longest short answer, in words.</summary>
    [Range(5, 100)]
    public int MaxAnswerWords { get; set; } = 30;

    /// <summary>Weight of a term a synonym rule added, relative to the user's own word.</summary>
    [Range(0.0, 1.0)]
    public double SynonymWeight { get; set; } = 0.8;

    /// <summary>Boost of a sloppy phrase match of two neighbouring question words.</summary>
    [Range(0.0, 10.0)]
    public double PhraseBoost { get; set; } = 0.6;

    /// <summary>Boost of a statement naming the same date as the question.</summary>
    [Range(0.0, 20.0)]
    public double DateBoost { get; set; } = 1.5;

    /// <summary>
    /// The most characters of a question that are read; a longer one is answered from its beginning. Bounds the work
    /// a single message (a Slack message may be 40,000 characters) can cost.
    /// </summary>
    [Range(100, 100_000)]
    public int MaxQuestionChars { get; set; } = 2000;

    /// <summary>The most distinct words of a question that are searched: its most informative ones.</summary>
    [Range(4, 512)]
    public int MaxQuestionTerms { get; set; } = 64;

    /// <summary>Citations after the first must score at least this share of the best one.</summary>
    [Range(0.0, 1.0)]
    public double CitationScoreRatio { get; set; } = 0.5;
}
