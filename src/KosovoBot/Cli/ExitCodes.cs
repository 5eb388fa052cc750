namespace KosovoBot.Cli;

/// <summary>Exit codes of the command line.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The knowledge or the configuration is bad; the message says which file, line or setting.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong; a usage message was printed.</summary>
    public const int Usage = 2;
}
