namespace KosovoBot.Storage.Tests;

public sealed class RateCountersTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly StorageFile _file = new();

    [Fact]
    public async Task HitAsync_CountsWithinTheWindowThatStartedAtTheFirstHit_ThenStartsAnew()
    {
        var counters = new SqliteRateCounters(_file.Open());

        var first = await counters.HitAsync("user:U1", Minute, Noon.AddSeconds(10), CancellationToken.None);
        var second = await counters.HitAsync("user:U1", Minute, Noon.AddSeconds(50), CancellationToken.None);
        var otherKey = await counters.HitAsync("user:U2", Minute, Noon.AddSeconds(50), CancellationToken.None);
        var afterWindow = await counters.HitAsync("user:U1", Minute, Noon.AddSeconds(70), CancellationToken.None);

        Assert.Equal(new(1, Noon.AddSeconds(70)), first);
        Assert.Equal(new(2, Noon.AddSeconds(70)), second);
        Assert.Equal(new(1, Noon.AddSeconds(110)), otherKey);
        Assert.Equal(new(1, Noon.AddSeconds(130)), afterWindow);
    }

    [Fact]
    public async Task HitAsync_ThenRestart_TheWindowGoesOnWhereItWas()
    {
        var before = new SqliteRateCounters(_file.Open());
        for (var i = 0; i < 5; i++)
        {
            await before.HitAsync("user:U1", Minute, Noon.AddSeconds(i), CancellationToken.None);
        }

        _file.CloseAll();
        var after = new SqliteRateCounters(_file.Open());

        Assert.Equal(new(5, Noon.AddMinutes(1)), await after.PeekAsync("user:U1", Minute, Noon.AddSeconds(30), CancellationToken.None));
        Assert.Equal(new(6, Noon.AddMinutes(1)), await after.HitAsync("user:U1", Minute, Noon.AddSeconds(30), CancellationToken.None));
    }

    [Fact]
    public async Task PeekAsync_CountsNothing_AndAnEndedWindowIsEmpty()
    {
        var counters = new SqliteRateCounters(_file.Open());
        await counters.HitAsync("server:G1", TimeSpan.FromHours(1), Noon, CancellationToken.None);

        var open = await counters.PeekAsync("server:G1", TimeSpan.FromHours(1), Noon.AddMinutes(5), CancellationToken.None);
        var again = await counters.PeekAsync("server:G1", TimeSpan.FromHours(1), Noon.AddMinutes(6), CancellationToken.None);
        var ended = await counters.PeekAsync("server:G1", TimeSpan.FromHours(1), Noon.AddHours(2), CancellationToken.None);
        var never = await counters.PeekAsync("server:G2", TimeSpan.FromHours(1), Noon, CancellationToken.None);

        Assert.Equal(new(1, Noon.AddHours(1)), open);
        Assert.Equal(open, again);
        Assert.Equal(new(0, Noon.AddHours(2)), ended);
        Assert.Equal(new(0, Noon), never);
    }

    [Fact]
    public async Task RemoveEndedAsync_DropsOnlyEndedWindows()
    {
        var database = _file.Open();
        var counters = new SqliteRateCounters(database);
        await counters.HitAsync("ended", Minute, Noon, CancellationToken.None);
        await counters.HitAsync("open", TimeSpan.FromHours(1), Noon, CancellationToken.None);

        await counters.RemoveEndedAsync(Noon.AddMinutes(2), CancellationToken.None);

        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(key) FROM rate_counters;";
        Assert.Equal("open", await command.ExecuteScalarAsync(CancellationToken.None));
    }

    public void Dispose() => _file.Dispose();
}
