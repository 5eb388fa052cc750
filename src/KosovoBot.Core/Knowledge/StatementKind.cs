namespace KosovoBot.Core.Knowledge;

/// <summary>How a statement is attributed in the text.</summary>
public enum StatementKind
{
    /// <summary>The reporter's own narration.</summary>
    Narrative,

    /// <summary>Someone's words in indirect speech (said, told, made clear, wants, expects...).</summary>
    Reported,

    /// <summary>Words inside quotation marks.</summary>
    Direct,
}
