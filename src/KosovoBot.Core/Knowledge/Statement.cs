namespace KosovoBot.Core.Knowledge;

/// <summary>One sentence of an article's body with its attribution and the dates it names.</summary>
public sealed record Statement
{
    private readonly string? _passage;

    /// <summary>The article the sentence belongs to.</summary>
    public required SourceInfo Source { get; init; }

    /// <summary>0-based position of the sentence within its article.</summary>
    public required int Ordinal { get; init; }

    /// <summary>1-based body paragraph number.</summary>
    public required int Paragraph { get; init; }

    /// <summary>The sentence, exactly as the article has it.</summary>
    public required string Text { get; init; }

    /// <summary>Who the words belong to (a person or a body), or null for the reporter's narration.</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker's role where the article gives one, e.g. <c>NATO spokesman</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Direct quotation, reported speech or narration.</summary>
    public required StatementKind Kind { get; init; }

    /// <summary>
    /// The sentence widened, when a quotation runs over its ends, to the whole quotation with both its marks: an exact
    /// span of the paragraph whose quotation marks are balanced. The sentence itself otherwise.
    /// </summary>
    public string Passage { get => _passage ?? Text; init => _passage = value; }

    /// <summary>The direct quotations (three words or more) that start in this sentence, each whole, with its speaker.</summary>
    public IReadOnlyList<Quotation> Quotations { get; init; } = [];

    /// <summary>Dates the sentence names, in order of appearance.</summary>
    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    /// <summary>Stable id within the whole knowledge, e.g. <c>voa-nato-to-stay-in-kosovo#4</c>.</summary>
    public string Id => $"{Source.Id}#{Ordinal}";
}
