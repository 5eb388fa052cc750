namespace KosovoBot.Discord.Tests;

/// <summary>Every test gives up after this long instead of hanging.</summary>
internal static class TestTimeout
{
    public static CancellationTokenSource Create() => new(TimeSpan.FromSeconds(20));
}
