namespace KosovoBot.Core.Chat;

/// <summary>What a reply holds, so that each platform can render it in its own way.</summary>
public enum ReplyKind
{
    /// <summary>A short answer with supporting quotes.</summary>
    Answer,

    /// <summary>The knowledge does not answer the question; related statements may follow.</summary>
    NoAnswer,

    /// <summary>Dated events in date order.</summary>
    Timeline,

    /// <summary>Direct quotations.</summary>
    Quotes,

    /// <summary>The list of articles.</summary>
    Sources,

    /// <summary>Usage text.</summary>
    Help,

    /// <summary>A usage problem or failure, shown only to the asker where the platform allows it.</summary>
    Error,

    /// <summary>A short private notice: a setting changed, a limit reached, a refusal to a non-admin.</summary>
    Notice,
}
