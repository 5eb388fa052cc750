using System.Text.Json.Nodes;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Commands;
using KosovoBot.Core.Conversations;
using KosovoBot.Core.SharedState;
using KosovoBot.Redis;
using KosovoBot.Slack.Tests.Fakes;
using KosovoBot.Testing.Fakes;
using KosovoBot.Testing.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Tests;

/// <summary>Two replicas of the Slack adapter, each with its own Socket Mode connection, sharing one Redis (Garnet).</summary>
public sealed class ReplicaTests : IAsyncLifetime
{
    private const string Question = "How many troops are in KFOR?";
    private readonly GarnetHost _garnet = GarnetHost.Start();
    private readonly string _prefix = "slack" + Guid.NewGuid().ToString("N")[..8] + ":";
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        _garnet.Dispose();
    }

    [Fact]
    public async Task SameEvent_DeliveredToBothReplicas_IsAnsweredOnce()
    {
        var (a, socketA) = await StartReplicaAsync();
        await using var replicaA = a;
        var (b, socketB) = await StartReplicaAsync();
        await using var replicaB = b;

        await Task.WhenAll(
            socketA.SendAsync(Envelopes.AppMention("env-a", "Ev1", Question), a.Timeout),
            socketB.SendAsync(Envelopes.AppMention("env-b", "Ev1", Question), b.Timeout));
        await TrailAsync(a, socketA, "env-ta", "EvTrailA", "1610241799.000001");
        await TrailAsync(b, socketB, "env-tb", "EvTrailB", "1610241799.000002");

        var posts = await PostsUntilBothTrailsAsync(a);
        Assert.Single(posts, p => (string?)p["thread_ts"] == "1610241741.000200");
        Assert.Equal(3, posts.Count);
        Assert.Equal(1, Asked(a) + Asked(b));
    }

    [Fact]
    public async Task SlackRetry_OfAnAnsweredEvent_ReachingTheOtherReplica_IsNotAnsweredAgain()
    {
        var (a, socketA) = await StartReplicaAsync();
        await using var replicaA = a;
        var (b, socketB) = await StartReplicaAsync();
        await using var replicaB = b;
        await socketA.SendAsync(Envelopes.AppMention("env-1", "Ev1", Question), a.Timeout);
        Assert.Equal("1610241741.000200", (string?)(await _slack.Posts.ReadAsync(a.Timeout))["thread_ts"]);

        var retry = Envelopes.AppMention("env-1-retry", "Ev1", Question);
        retry["retry_attempt"] = 1;
        retry["retry_reason"] = "timeout";
        await socketB.SendAsync(retry, b.Timeout);
        await TrailAsync(b, socketB, "env-tb", "EvTrailB", "1610241799.000002");

        Assert.Equal("1610241799.000002", (string?)(await _slack.Posts.ReadAsync(b.Timeout))["thread_ts"]);
        Assert.Equal(1, a.Router.Calls);
        Assert.Equal(1, b.Router.Calls); // the trailing question only
        Assert.False(_slack.Posts.TryPeek(out _));
    }

    [Fact]
    public async Task SlashCommand_DeliveredToBothReplicas_IsAnsweredOnce_AndResponseUrlIsNotUsed()
    {
        var (a, socketA) = await StartReplicaAsync();
        await using var replicaA = a;
        var (b, socketB) = await StartReplicaAsync();
        await using var replicaB = b;
        var command = Envelopes.SlashCommand("/ask", Question, _slack.ResponseUrl);
        var copy = command.DeepClone().AsObject();
        copy["envelope_id"] = "another-envelope";

        await Task.WhenAll(socketA.SendAsync(command, a.Timeout), socketB.SendAsync(copy, b.Timeout));
        var acks = await Task.WhenAll(socketA.ReceiveAsync(a.Timeout), socketB.ReceiveAsync(b.Timeout));

        var answered = Assert.Single(acks, ack => ack["payload"] is not null);
        Assert.Equal("Just over 16,000 troops.", (string?)answered["payload"]!["text"]);
        Assert.Equal(1, a.Router.Calls + b.Router.Calls);
        Assert.False(_slack.ResponseUrlPosts.TryPeek(out _));
    }

    [Fact]
    public async Task RedisStopped_AnswersContinue_RetriesAreStillDropped_AndTheLossIsLoggedOnce()
    {
        var logs = new RedisLogWatch();
        var (a, socket) = await StartReplicaAsync(logs.Logger);
        await using var replica = a;
        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", Question, ts: "1610241700.000001"), a.Timeout);
        Assert.Equal("1610241700.000001", (string?)(await _slack.Posts.ReadAsync(a.Timeout))["thread_ts"]);

        _garnet.Stop();
        await logs.Lost.WaitAsync(a.Timeout);
        await socket.SendAsync(Envelopes.AppMention("env-2", "Ev2", Question, ts: "1610241700.000002"), a.Timeout);
        await socket.SendAsync(Envelopes.AppMention("env-3", "Ev3", Question, ts: "1610241700.000003"), a.Timeout);
        var retry = Envelopes.AppMention("env-2-retry", "Ev2", Question, ts: "1610241700.000002");
        retry["retry_attempt"] = 1;
        await socket.SendAsync(retry, a.Timeout);
        await TrailAsync(a, socket, "env-t", "EvTrail", "1610241799.000001");

        string[] threads =
        [
            (string)(await _slack.Posts.ReadAsync(a.Timeout))["thread_ts"]!,
            (string)(await _slack.Posts.ReadAsync(a.Timeout))["thread_ts"]!,
            (string)(await _slack.Posts.ReadAsync(a.Timeout))["thread_ts"]!,
        ];
        Assert.Equal(["1610241700.000002", "1610241700.000003", "1610241799.000001"], threads);
        Assert.Equal(1, logs.LossesLogged);
    }

    [Fact]
    public async Task FollowUp_InTheThread_ReachingTheOtherReplica_IsAnsweredInContext()
    {
        var (a, socketA) = await StartReplicaAsync(conversations: true);
        await using var replicaA = a;
        var (b, socketB) = await StartReplicaAsync(conversations: true);
        await using var replicaB = b;

        await socketA.SendAsync(Envelopes.AppMention("env-1", "Ev1", "Will the ferry keep running in winter?", ts: "1610241741.000200"), a.Timeout);
        var first = await _slack.Posts.ReadAsync(a.Timeout);
        var followUp = Envelopes.AppMention("env-2", "Ev2", "why?", ts: "1610241750.000100");
        followUp["payload"]!["event"]!["thread_ts"] = "1610241741.000200";
        await socketB.SendAsync(followUp, b.Timeout);
        var second = await _slack.Posts.ReadAsync(b.Timeout);

        Assert.Equal("Answer to: Will the ferry keep running in winter?", (string?)first["text"]);
        Assert.Equal("1610241741.000200", (string?)second["thread_ts"]);
        Assert.Equal("Answer to: Why will the ferry keep running in winter?", (string?)second["text"]);
    }

    private static int Asked(SlackAdapterHarness harness) => harness.Router.Calls - 1; // less the trailing question

    private async Task<(SlackAdapterHarness Harness, FakeSlackSocket Socket)> StartReplicaAsync(
        ILogger<RedisConnection>? logger = null, bool conversations = false)
    {
        var connection = await _garnet.ConnectAsync(logger, _prefix);
        var harness = await SlackAdapterHarness.StartAsync(
            replaceServices: services =>
            {
                services.AddSingleton(connection);
                services.AddSingleton<IEventDeduplicator, RedisEventDeduplicator>();
                if (conversations)
                {
                    services.AddSingleton<IChatRouter>(RouterWithConversationsIn(connection));
                }
            },
            sharedSlack: _slack);
        return (harness, await harness.AcceptConnectionAsync());
    }

    /// <summary>The real router and ask command, its conversations in Redis, over an answer service that says "Answer to: QUESTION".</summary>
    private static ChatRouter RouterWithConversationsIn(RedisConnection connection)
    {
        var time = TimeProvider.System;
        var answers = new FakeAnswerService(static question => new Answer
        {
            Question = question,
            Answered = true,
            Text = $"Answer to: {question}",
            Confidence = 0.8,
            Citations = [Citation.Of(TestStatements.Direct)],
        });
        var store = new RedisConversationStore(connection, Options.Create(new ConversationOptions()), time, NullLogger<RedisConversationStore>.Instance);
        return new ChatRouter([new AskCommand(new ConversationAnswerer(answers, store, time))]);
    }

    private static Task TrailAsync(SlackAdapterHarness harness, FakeSlackSocket socket, string envelopeId, string eventId, string ts) =>
        socket.SendAsync(Envelopes.AppMention(envelopeId, eventId, "trailing?", ts), harness.Timeout);

    /// <summary>
    /// Every post until both replicas answered their trailing question: each replica answers in the order asked (one
    /// reply worker), so by then anything wrongly answered before has been posted too.
    /// </summary>
    private async Task<List<JsonObject>> PostsUntilBothTrailsAsync(SlackAdapterHarness harness)
    {
        var posts = new List<JsonObject>();
        var trails = 0;
        while (trails < 2)
        {
            var post = await _slack.Posts.ReadAsync(harness.Timeout);
            posts.Add(post);
            if (((string?)post["thread_ts"])?.StartsWith("1610241799.", StringComparison.Ordinal) == true)
            {
                trails++;
            }
        }

        return posts;
    }
}
