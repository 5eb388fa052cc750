namespace KosovoBot.Storage;

/// <summary>Times as the database keeps them: UTC ticks, exact and ordered.</summary>
internal static class StoredTime
{
    public static long From(DateTimeOffset at) => at.UtcTicks;

    public static DateTimeOffset To(long ticks) => new(ticks, TimeSpan.Zero);
}
