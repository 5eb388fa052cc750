using System.Text.Json.Nodes;
using KosovoBot.Core.Chat;
using KosovoBot.Discord.Tests.Fakes;
using KosovoBot.Testing;

namespace KosovoBot.Discord.Tests;

public sealed class InteractionTests
{
    private const string Callback = "POST /interactions/";

    [Theory]
    [InlineData("ask", "question", "how many troops?", ChatCommandName.Ask, "Just over 16,000 troops.")]
    [InlineData("deadlines", null, null, ChatCommandName.Deadlines, null)]
    [InlineData("quote", "query", "Appathurai", ChatCommandName.Quote, "Direct quotations for \"Appathurai\":")]
    [InlineData("sources", null, null, ChatCommandName.Sources, "The articles I answer from:")]
    [InlineData("help", null, null, ChatCommandName.Help, "Ask me about the news.\n/ask question\n/quote speaker")]
    public async Task InteractionCreate_EachCommand_GetsOneChannelMessageCallback(
        string name, string? option, string? value, ChatCommandName expected, string? content)
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordHarness.Command("786008729715212338", name, option, value), timeout.Token);
        var callback = await harness.Server.NextRequestAsync(Callback, timeout.Token);

        Assert.Equal("/interactions/786008729715212338/A_UNIQUE_TOKEN/callback", callback.Path);
        var body = callback.Json!;
        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal(content, body["data"]!["content"]?.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"parse":[]}"""), body["data"]!["allowed_mentions"]));
        Assert.Null(body["data"]!["flags"]);
        var request = Assert.Single(harness.Router.Requests);
        Assert.Equal(expected, request.Command);
        Assert.Equal(value ?? string.Empty, request.Text);
        Assert.Equal(new ChatOrigin("discord", "645027906669510667", "53908232506183680", false) { ServerId = "290926798626357999" }, request.Origin);
        Assert.Single(harness.Server.RequestsTo(Callback));
    }

    [Fact]
    public async Task InteractionCreate_Deadlines_RendersTheTimelineAsAnEmbed()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordHarness.Command("1", "deadlines"), timeout.Token);
        var embed = (await harness.Server.NextRequestAsync(Callback, timeout.Token)).Json!["data"]!["embeds"]![0]!;

        Assert.Equal("Timeline", embed["title"]!.GetValue<string>());
        Assert.Equal("Dates in the news, as of December 7, 2007 (the article's date):", embed["description"]!.GetValue<string>());
        var field = embed["fields"]![0]!;
        Assert.Equal("Monday, December 10, 2007 · UPCOMING", field["name"]!.GetValue<string>());
        Assert.StartsWith("**deadline**: Deadline on Kosovo's status\n> NATO spokesman", field["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith(
            "— James Appathurai, NATO spokesman (reported) · *NATO to Stay in Kosovo*, VOA, Stefan Bos, 2007-12-07, paragraph 2",
            field["value"]!.GetValue<string>(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task InteractionCreate_UsageError_IsEphemeral()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordHarness.Command("2", "ask", "question", "   "), timeout.Token);
        var body = (await harness.Server.NextRequestAsync(Callback, timeout.Token)).Json!;

        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.StartsWith("Ask a question after /ask.", body["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InteractionCreate_UnknownCommand_GetsAnEphemeralError()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordHarness.Command("3", "cardsearch", "cardname", "The Gitrog Monster"), timeout.Token);
        var body = (await harness.Server.NextRequestAsync(Callback, timeout.Token)).Json!;

        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.Empty(harness.Router.Requests);
    }

    [Fact]
    public async Task InteractionCreate_QuoteAutocomplete_ReturnsSpeakerChoices()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        var interaction = DiscordHarness.Command("4", "quote");
        var partial = Fixtures.Json("interaction-create-autocomplete-partial.json");
        interaction["type"] = partial["type"]!.DeepClone();
        var data = partial["data"]!.AsObject();
        data["name"] = "quote";
        data["options"]![0]!["name"] = "query";
        data["options"]![0]!["value"] = "appa";
        interaction["data"] = data.DeepClone();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, interaction, timeout.Token);
        var body = (await harness.Server.NextRequestAsync(Callback, timeout.Token)).Json!;

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"type":8,"data":{"choices":[{"name":"James Appathurai","value":"James Appathurai"}]}}"""),
            body));
        Assert.Empty(harness.Router.Requests);
    }

    [Fact]
    public async Task InteractionCreate_WithDeferReplies_DefersThenEditsTheOriginalResponse()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync(new Dictionary<string, string?> { ["Discord:DeferReplies"] = "true" });
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordHarness.Command("5", "ask", "question", "how many troops?"), timeout.Token);
        var deferral = await harness.Server.NextRequestAsync(Callback, timeout.Token);
        var edit = await harness.Server.NextRequestAsync("PATCH /webhooks/", timeout.Token);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":5}"""), deferral.Json));
        Assert.Equal($"/webhooks/{DiscordHarness.BotId}/A_UNIQUE_TOKEN/messages/@original", edit.Path);
        Assert.Equal("Just over 16,000 troops.", edit.Json!["content"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"parse":[]}"""), edit.Json!["allowed_mentions"]));
        Assert.Single(harness.Server.RequestsTo(Callback));
    }

    [Fact]
    public async Task InteractionCreate_HandlerThrows_IsLoggedAndLaterInteractionsAreAnswered()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        var broken = DiscordHarness.Command("10", "ask");
        broken["data"]!["options"] = new JsonArray((JsonNode?)null);
        await connection.DispatchAsync("INTERACTION_CREATE", 2, broken, timeout.Token);
        await connection.DispatchAsync("INTERACTION_CREATE", 3, DiscordHarness.Command("11", "help"), timeout.Token);
        var callback = await harness.Server.NextRequestAsync(Callback, timeout.Token);

        Assert.Equal("/interactions/11/A_UNIQUE_TOKEN/callback", callback.Path);
        Assert.Single(harness.Server.RequestsTo(Callback));
        // The two interactions run concurrently: wait for the failure's log line instead of expecting it already written.
        await foreach (var record in harness.Logs.GetLogsAsync(timeout.Token))
        {
            if (record.Message.Contains("INTERACTION_CREATE", StringComparison.Ordinal) && record.Exception is NullReferenceException)
            {
                break;
            }
        }
    }

    [Fact]
    public async Task InteractionCreate_WithDeferReplies_SlowAnswerDoesNotDelayTheNextDeferral()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync(new Dictionary<string, string?> { ["Discord:DeferReplies"] = "true" });
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var slow = harness.Router.Hold("a slow question");

        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordHarness.Command("20", "ask", "question", "a slow question"), timeout.Token);
        var first = await harness.Server.NextRequestAsync(Callback, timeout.Token);
        await connection.DispatchAsync("INTERACTION_CREATE", 3, DiscordHarness.Command("21", "ask", "question", "how many troops?"), timeout.Token);
        var second = await harness.Server.NextRequestAsync(Callback, timeout.Token);
        await harness.Server.NextRequestAsync("PATCH /webhooks/", timeout.Token);
        slow.SetResult();
        await harness.Server.NextRequestAsync("PATCH /webhooks/", timeout.Token);

        Assert.Equal("/interactions/20/A_UNIQUE_TOKEN/callback", first.Path);
        Assert.Equal("/interactions/21/A_UNIQUE_TOKEN/callback", second.Path);
        Assert.Equal(2, harness.Server.RequestsTo("PATCH /webhooks/").Count);
    }

    [Fact]
    public async Task InteractionCreate_WithDeferReplies_UsageErrorIsAnsweredAtOnceAndEphemeral()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync(new Dictionary<string, string?> { ["Discord:DeferReplies"] = "true" });
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordHarness.Command("22", "ask", "question", "   "), timeout.Token);
        var body = (await harness.Server.NextRequestAsync(Callback, timeout.Token)).Json!;

        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.Empty(harness.Server.RequestsTo("PATCH /webhooks/"));
    }

    [Fact]
    public async Task InteractionCreate_WithDeferReplies_PrivateReplyReplacesTheDeferralWithAnEphemeralFollowUp()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync(new Dictionary<string, string?> { ["Discord:DeferReplies"] = "true" });
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        harness.Router.Overrides["a failing question"] = _ => Task.FromResult(ChatReply.Error("Sorry, something went wrong."));

        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordHarness.Command("23", "ask", "question", "a failing question"), timeout.Token);
        var deferral = await harness.Server.NextRequestAsync(Callback, timeout.Token);
        var delete = await harness.Server.NextRequestAsync("DELETE /webhooks/", timeout.Token);
        var followUp = await harness.Server.NextRequestAsync("POST /webhooks/", timeout.Token);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":5}"""), deferral.Json));
        Assert.Equal($"/webhooks/{DiscordHarness.BotId}/A_UNIQUE_TOKEN/messages/@original", delete.Path);
        Assert.Equal($"/webhooks/{DiscordHarness.BotId}/A_UNIQUE_TOKEN", followUp.Path);
        Assert.Equal(64, followUp.Json!["flags"]!.GetValue<int>());
        Assert.Equal("Sorry, something went wrong.", followUp.Json!["content"]!.GetValue<string>());
        Assert.Empty(harness.Server.RequestsTo("PATCH /webhooks/"));
    }

    [Fact]
    public async Task InteractionCreate_NineSlowAsksAtOnce_TheNinthIsStillDeferredInsideItsWindow()
    {
        using var timeout = TestTimeout.Create();
        var created = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        await using var harness = await DiscordHarness.StartAsync(
            new Dictionary<string, string?> { ["Discord:DeferReplies"] = "true" }, now: created + TimeSpan.FromSeconds(2));
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var slow = harness.Router.Hold("a slow question");
        var ids = Enumerable.Range(1, 9).Select(i => Snowflakes.At(created, i)).ToList();

        for (var i = 0; i < ids.Count; i++)
        {
            await connection.DispatchAsync("INTERACTION_CREATE", 2 + i, DiscordHarness.Command(ids[i], "ask", "question", "a slow question"), timeout.Token);
        }

        var deferred = new List<string>();
        for (var i = 0; i < ids.Count; i++)
        {
            var callback = await harness.Server.NextRequestAsync(Callback, timeout.Token);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":5}"""), callback.Json));
            deferred.Add(callback.Path.Split('/')[2]);
        }

        Assert.Equal(ids.Order(), deferred.Order());
        Assert.True(harness.Router.Requests.Count <= 8, "more questions were being answered at once than there are places");
        slow.SetResult();
        for (var i = 0; i < ids.Count; i++)
        {
            await harness.Server.NextRequestAsync("PATCH /webhooks/", timeout.Token);
        }

        Assert.Equal(9, harness.Router.Requests.Count);
    }

    [Fact]
    public async Task InteractionCreate_WithoutDeferReplies_AllPlacesBusy_IsDeferredInsteadOfLeftWaiting()
    {
        using var timeout = TestTimeout.Create();
        var created = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        await using var harness = await DiscordHarness.StartAsync(now: created + TimeSpan.FromSeconds(1));
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var slow = harness.Router.Hold("a slow question");
        var ids = Enumerable.Range(1, 9).Select(i => Snowflakes.At(created, i)).ToList();

        for (var i = 0; i < 8; i++)
        {
            await connection.DispatchAsync("INTERACTION_CREATE", 2 + i, DiscordHarness.Command(ids[i], "ask", "question", "a slow question"), timeout.Token);
        }

        for (var i = 0; i < 8; i++)
        {
            await harness.Router.Arrivals.ReadAsync(timeout.Token);
        }

        await connection.DispatchAsync("INTERACTION_CREATE", 10, DiscordHarness.Command(ids[8], "ask", "question", "how many troops?"), timeout.Token);
        var callback = await harness.Server.NextRequestAsync(Callback, timeout.Token);

        Assert.Equal($"/interactions/{ids[8]}/A_UNIQUE_TOKEN/callback", callback.Path);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":5}"""), callback.Json));
        slow.SetResult();
        var edit = await harness.Server.NextRequestAsync("PATCH /webhooks/", timeout.Token);
        Assert.NotNull(edit.Json);
    }

    [Fact]
    public async Task InteractionCreate_OlderThanItsThreeSecondWindow_IsDroppedAndTheNextIsAnswered()
    {
        using var timeout = TestTimeout.Create();
        var now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        await using var harness = await DiscordHarness.StartAsync(now: now);
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var stale = Snowflakes.At(now - TimeSpan.FromSeconds(3.5));
        var fresh = Snowflakes.At(now - TimeSpan.FromSeconds(0.5));

        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordHarness.Command(stale, "help"), timeout.Token);
        await foreach (var record in harness.Logs.GetLogsAsync(timeout.Token))
        {
            if (record.Message.Contains("3-second window", StringComparison.Ordinal))
            {
                break;
            }
        }

        await connection.DispatchAsync("INTERACTION_CREATE", 3, DiscordHarness.Command(fresh, "help"), timeout.Token);
        var callback = await harness.Server.NextRequestAsync(Callback, timeout.Token);

        Assert.Equal($"/interactions/{fresh}/A_UNIQUE_TOKEN/callback", callback.Path);
        Assert.Single(harness.Server.RequestsTo(Callback));
        Assert.Single(harness.Router.Requests);
    }
}
