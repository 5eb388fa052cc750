using KosovoBot.Core.Answers;
using KosovoBot.Core.Conversations;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace KosovoBot.Redis.Tests;

public sealed class SharedStateTests(GarnetFixture garnet) : IClassFixture<GarnetFixture>
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TwoReplicas_ClaimTheSameEvent_OnlyOneWins_AndTheKeyExpires()
    {
        await using var replicas = await garnet.Server.ConnectReplicasAsync();
        var first = new RedisEventDeduplicator(replicas.A, _time);
        var second = new RedisEventDeduplicator(replicas.B, _time);

        var claims = await Task.WhenAll(
            first.TryClaimAsync("slack:event:Ev1", CancellationToken.None).AsTask(),
            second.TryClaimAsync("slack:event:Ev1", CancellationToken.None).AsTask());

        Assert.Single(claims, claimed => claimed);
        Assert.False(await first.TryClaimAsync("slack:event:Ev1", CancellationToken.None));
        Assert.True(await second.TryClaimAsync("slack:event:Ev2", CancellationToken.None));
        await using var raw = await ConnectionMultiplexer.ConnectAsync(garnet.Server.Connection);
        var ttl = await raw.GetDatabase().KeyTimeToLiveAsync(replicas.Prefix + "event:slack:event:Ev1");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task ConversationTurn_WrittenByOneReplica_IsReadByTheOther_WithItsQuotesAndDates()
    {
        await using var replicas = await garnet.Server.ConnectReplicasAsync();
        var options = Options.Create(new ConversationOptions { MaxTurns = 2, Ttl = TimeSpan.FromMinutes(30) });
        var writer = new RedisConversationStore(replicas.A, options, _time, NullLogger<RedisConversationStore>.Instance);
        var reader = new RedisConversationStore(replicas.B, options, _time, NullLogger<RedisConversationStore>.Instance);
        var answer = new Answer
        {
            Question = "when does the bridge reopen?",
            Answered = true,
            Text = "On Monday.",
            Confidence = 0.8,
            Citations = [Citation.Of(TestStatements.Direct)],
        };

        for (var i = 1; i <= 3; i++)
        {
            await writer.AppendAsync("slack:C1:1.0", new ConversationTurn($"question {i}", $"standalone {i}", answer, _time.GetUtcNow()), CancellationToken.None);
        }

        var turns = await reader.GetAsync("slack:C1:1.0", CancellationToken.None);

        Assert.Equal(["question 2", "question 3"], turns.Select(t => t.Question));
        var citation = Assert.Single(turns[^1].Answer.Citations);
        Assert.Equal(TestStatements.Direct.Text, citation.Quote);
        Assert.Equal("Mara Vell", citation.Speaker);
        Assert.Equal("city engineer", citation.Role);
        Assert.Equal(TestStatements.Source, citation.Source);
        Assert.Equal(TestStatements.Direct.Dates, citation.Statement.Dates);
        Assert.Empty(await reader.GetAsync("slack:C2:1.0", CancellationToken.None));
        await using var raw = await ConnectionMultiplexer.ConnectAsync(garnet.Server.Connection);
        var ttl = await raw.GetDatabase().KeyTimeToLiveAsync(replicas.Prefix + "conversation:slack:C1:1.0");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));

        await reader.ClearAsync("slack:C1:1.0", CancellationToken.None);
        Assert.Empty(await writer.GetAsync("slack:C1:1.0", CancellationToken.None));
    }

    [Fact]
    public async Task IntervalLock_TwoProcesses_EnterAtMostOncePerInterval()
    {
        await using var replicas = await garnet.Server.ConnectReplicasAsync();
        var first = new RedisIntervalLock(replicas.A, _time);
        var second = new RedisIntervalLock(replicas.B, _time);
        var interval = TimeSpan.FromSeconds(5);

        Assert.Equal(TimeSpan.Zero, await first.TryEnterAsync("discord:identify:0", interval, CancellationToken.None));
        Assert.Equal(interval, await second.TryEnterAsync("discord:identify:0", interval, CancellationToken.None));
        Assert.Equal(TimeSpan.Zero, await second.TryEnterAsync("discord:identify:1", interval, CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.FromSeconds(2), await second.TryEnterAsync("discord:identify:0", interval, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.Zero, await second.TryEnterAsync("discord:identify:0", interval, CancellationToken.None));
        Assert.Equal(interval, await first.TryEnterAsync("discord:identify:0", interval, CancellationToken.None));
    }
}
