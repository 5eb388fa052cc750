namespace KosovoBot.Core.Conversations;

/// <summary>How a question leans on the earlier turns of its conversation.</summary>
public enum FollowUpKind
{
    /// <summary>It stands alone and is answered as asked.</summary>
    Standalone,

    /// <summary>It was rewritten into a standalone question with the earlier turns' references filled in.</summary>
    Rewritten,

    /// <summary>It asks who said the previous answer's quote, or checks a guess ("was that the spokesman?").</summary>
    WhoSaidIt,

    /// <summary>It asks who the person of the previous answer is ("what's his name?").</summary>
    WhoIsThat,

    /// <summary>It asks what else the previous answer's speaker said.</summary>
    MoreFromSpeaker,

    /// <summary>It compares the previous answer's date with another one ("is that before or after the deadline?").</summary>
    Comparison,

    /// <summary>It asks when the previous answer's event was or will be ("when was that?", "when could that happen?").</summary>
    WhenWasThat,
}
