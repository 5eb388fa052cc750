namespace KosovoBot.Core.Knowledge;

/// <summary>One sentence of an article's body with its attribution and the dates it names.</summary>
public sealed record Statement
{
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

    /// <summary>Dates the sentence names, in order of appearance.</summary>
    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    /// <summary>Stable id within the whole knowledge, e.g. <c>voa-nato-to-stay-in-kosovo#4</c>.</summary>
    public string Id => $"{Source.Id}#{Ordinal}";
}
