namespace KosovoBot.Discord.Gateway;

/// <summary>What to do after the gateway connection ended.</summary>
internal enum CloseAction
{
    /// <summary>Reconnect to the resume URL and resume the session.</summary>
    Resume,

    /// <summary>Reconnect to the gateway URL and identify anew.</summary>
    Identify,

    /// <summary>Stop: retrying cannot help.</summary>
    Fatal,

    /// <summary>The adapter is stopping.</summary>
    Stop,
}
