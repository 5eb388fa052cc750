namespace KosovoBot.SemanticKernel.Answering;

/// <summary>What the verifier made of a model reply: a verified answer, a decline, or a fallback with its reason.</summary>
internal sealed record ReplyVerdict
{
    private ReplyVerdict()
    {
    }

    /// <summary>The verified answer text, when the reply is shown.</summary>
    public string? AnswerText { get; private init; }

    /// <summary>0-based indexes of the given statements the answer cites, in the order cited, without repeats.</summary>
    public IReadOnlyList<int> Cited { get; private init; } = [];

    /// <summary>True when the model said the statements do not answer the question.</summary>
    public bool Declined { get; private init; }

    /// <summary>Set when the reply must not be shown.</summary>
    public FallbackReason? Fallback { get; private init; }

    /// <summary>A reply that passed verification.</summary>
    public static ReplyVerdict Verified(string text, IReadOnlyList<int> cited) => new() { AnswerText = text, Cited = cited };

    /// <summary>The model's "not in the article".</summary>
    public static ReplyVerdict Decline { get; } = new() { Declined = true };

    /// <summary>A reply that failed verification.</summary>
    public static ReplyVerdict FallBack(FallbackReason reason) => new() { Fallback = reason };
}
