using System.Text.Json.Nodes;
using KosovoBot.Core.Chat;
using KosovoBot.Slack.Tests.Fakes;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoBot.Slack.Tests;

/// <summary>Follow-up questions in threads and DMs, with the real router and conversation store.</summary>
public sealed class ConversationTests
{
    private const string ThreadA = "1610241741.000200";
    private const string ThreadB = "1610241742.000300";

    [Fact]
    public async Task MentionInTheThreadOfAnAnswer_IsAnsweredInThatThreadWithTheReadingLine()
    {
        var conversations = new ConversationRouter();
        await using var h = await StartAsync(conversations);
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "Will the ferry keep running in winter?", ts: ThreadA), h.Timeout);
        var first = await h.NextPostAsync();
        await socket.SendAsync(InThread(Envelopes.AppMention("env-2", "Ev2", "why?", ts: "1610241750.000100"), ThreadA), h.Timeout);
        var second = await h.NextPostAsync();

        Assert.Equal(ThreadA, (string?)first["thread_ts"]);
        Assert.Equal(ThreadA, (string?)second["thread_ts"]);
        Assert.Equal("_Reading this as: Why will the ferry keep running in winter?_", Block(second, 0));
        Assert.Equal("Answer to: Why will the ferry keep running in winter?", Block(second, 1));
        Assert.Equal("Answer to: Will the ferry keep running in winter?", Block(first, 0));
    }

    [Fact]
    public async Task DirectMessages_AreAnsweredInlineAndAFollowUpReadsTheDm()
    {
        var conversations = new ConversationRouter();
        await using var h = await StartAsync(conversations);
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Dm("env-1", "Ev1", "Did the council close the old pier?", "1355517523.000005"), h.Timeout);
        var first = await h.NextPostAsync();
        await socket.SendAsync(Dm("env-2", "Ev2", "why?", "1355517530.000006"), h.Timeout);
        var second = await h.NextPostAsync();

        Assert.Null(first["thread_ts"]);
        Assert.Null(second["thread_ts"]);
        Assert.Equal("D024BE91L", (string?)second["channel"]);
        Assert.Equal("_Reading this as: Why did the council close the old pier?_", Block(second, 0));
        Assert.Equal("Answer to: Why did the council close the old pier?", Block(second, 1));
    }

    [Fact]
    public async Task DirectMessage_InAThread_IsAnsweredInThatThreadAsItsOwnConversation()
    {
        var conversations = new ConversationRouter();
        await using var h = await StartAsync(conversations);
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Dm("env-1", "Ev1", "Did the council close the old pier?", "1355517523.000005"), h.Timeout);
        await h.NextPostAsync();
        var inThread = Dm("env-2", "Ev2", "why?", "1355517540.000007");
        inThread["payload"]!["event"]!["thread_ts"] = "1355517500.000001";
        await socket.SendAsync(inThread, h.Timeout);
        var post = await h.NextPostAsync();

        Assert.Equal("1355517500.000001", (string?)post["thread_ts"]);
        Assert.Equal("Answer to: why?", Block(post, 0));
    }

    [Fact]
    public async Task TwoThreads_Interleaved_DoNotMix()
    {
        var conversations = new ConversationRouter();
        await using var h = await StartAsync(conversations);
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "Will the ferry keep running in winter?", ts: ThreadA), h.Timeout);
        await socket.SendAsync(Envelopes.AppMention("env-2", "Ev2", "Did the council close the old pier?", ts: ThreadB), h.Timeout);
        await socket.SendAsync(InThread(Envelopes.AppMention("env-3", "Ev3", "why?", ts: "1610241750.000001"), ThreadA), h.Timeout);
        await socket.SendAsync(InThread(Envelopes.AppMention("env-4", "Ev4", "why?", ts: "1610241750.000002"), ThreadB), h.Timeout);
        var posts = new List<JsonObject>();
        for (var i = 0; i < 4; i++)
        {
            posts.Add(await h.NextPostAsync());
        }

        Assert.Equal([ThreadA, ThreadB, ThreadA, ThreadB], posts.Select(p => (string?)p["thread_ts"]));
        Assert.Equal("_Reading this as: Why will the ferry keep running in winter?_", Block(posts[2], 0));
        Assert.Equal("_Reading this as: Why did the council close the old pier?_", Block(posts[3], 0));
    }

    private static Task<SlackAdapterHarness> StartAsync(ConversationRouter conversations) =>
        SlackAdapterHarness.StartAsync(replaceServices: services => services.AddSingleton<IChatRouter>(conversations.Router));

    private static string? Block(JsonObject post, int index)
    {
        var block = post["blocks"]![index]!;
        return (string?)(block["text"] ?? block["elements"]![0])!["text"];
    }

    private static JsonObject InThread(JsonObject envelope, string threadTs)
    {
        envelope["payload"]!["event"]!["thread_ts"] = threadTs;
        return envelope;
    }

    private static JsonObject Dm(string envelopeId, string eventId, string text, string ts) =>
        Envelopes.DirectMessage(envelopeId, eventId, e =>
        {
            e["text"] = text;
            e["ts"] = ts;
            e["event_ts"] = ts;
        });
}
