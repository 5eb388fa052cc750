namespace KosovoBot.Slack.Protocol;

/// <summary><c>slash_commands</c>: a slash command in its <c>payload</c>; the answer may ride in the acknowledgement.</summary>
internal sealed record SlashCommandsEnvelope : SocketFrame
{
    public override string Kind => "slash_commands";
}
