namespace KosovoBot.Discord.Gateway;

/// <summary>How one gateway connection ended and what comes next.</summary>
/// <param name="Action">Resume, identify anew, stop for good, or shut down.</param>
/// <param name="CloseCode">The close code Discord sent, if any.</param>
/// <param name="Delay">A pause the protocol asks for before reconnecting, overriding the backoff.</param>
/// <param name="ReachedReady">True when the connection got as far as READY or RESUMED.</param>
internal sealed record ConnectionOutcome(CloseAction Action, int? CloseCode, TimeSpan? Delay, bool ReachedReady)
{
    /// <summary>Why the bot connects again, for the reconnect metric: the close code, or what the bot does next.</summary>
    public string Reason => CloseCode is { } code ? $"close {code}" : Action == CloseAction.Identify ? "identify" : "resume";
}
