using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Commands;
using KosovoBot.Core.Conversations;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Redis.Tests;

public sealed class FollowUpAcrossReplicasTests(GarnetFixture garnet) : IClassFixture<GarnetFixture>
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task FollowUp_ReachingTheOtherReplica_IsAnsweredInTheConversationsContext()
    {
        await using var replicas = await garnet.Server.ConnectReplicasAsync();
        var replicaA = Replica(replicas.A);
        var replicaB = Replica(replicas.B);

        var first = await replicaA.RouteAsync(Ask("When does the harbour bridge reopen?", "slack:C1:1700.1"), CancellationToken.None);
        var followUp = await replicaB.RouteAsync(Ask("who said that?", "slack:C1:1700.1"), CancellationToken.None);
        var elsewhere = await replicaB.RouteAsync(Ask("who said that?", "slack:C2:1700.2"), CancellationToken.None);

        Assert.Equal("On Monday.", first.Text);
        Assert.Equal("Mara Vell, city engineer.", followUp.Text);
        Assert.Equal(TestStatements.Direct.Text, Assert.Single(followUp.Citations).Quote);
        Assert.NotNull(followUp.UnderstoodAs);
        Assert.Equal("On Monday.", elsewhere.Text); // another conversation has no earlier turn to refer to
        Assert.Null(elsewhere.UnderstoodAs);
    }

    private ChatRouter Replica(RedisConnection connection)
    {
        var answers = new FakeAnswerService(question => new Answer
        {
            Question = question,
            Answered = true,
            Text = "On Monday.",
            Confidence = 0.8,
            Citations = [Citation.Of(TestStatements.Direct)],
        });
        var store = new RedisConversationStore(connection, Options.Create(new ConversationOptions()), _time, NullLogger<RedisConversationStore>.Instance);
        return new ChatRouter([new AskCommand(new ConversationAnswerer(answers, store, _time))]);
    }

    private static ChatRequest Ask(string text, string conversation) => new()
    {
        Text = text,
        Origin = new ChatOrigin("slack", "C1", "U1", IsDirectMessage: false),
        ConversationId = conversation,
    };
}
