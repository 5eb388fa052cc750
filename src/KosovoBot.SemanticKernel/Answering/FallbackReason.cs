namespace KosovoBot.SemanticKernel.Answering;

/// <summary>Why the model's reply was not shown and the extractive answer was shown instead.</summary>
public enum FallbackReason
{
    /// <summary>The reply was not the JSON object asked for.</summary>
    Unparseable,

    /// <summary>The reply answered but cited no statement.</summary>
    NoCitation,

    /// <summary>The reply cited a statement number that was not given.</summary>
    UnknownCitation,

    /// <summary>Words in quotation marks are not found verbatim in the cited statements.</summary>
    UnverifiedQuotation,

    /// <summary>A number in the answer appears neither in the cited statements nor in their resolved dates.</summary>
    UnsupportedNumber,

    /// <summary>The answer was longer than a chat answer should be.</summary>
    TooLong,

    /// <summary>The model did not reply within <c>Llm:Timeout</c>.</summary>
    Timeout,

    /// <summary>The endpoint answered with an error or could not be reached.</summary>
    ModelError,
}
