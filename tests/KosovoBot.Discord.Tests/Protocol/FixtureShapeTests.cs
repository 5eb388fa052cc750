using System.Text.Json;
using System.Text.Json.Nodes;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Tests.Fakes;
using KosovoBot.Testing;

namespace KosovoBot.Discord.Tests.Protocol;

/// <summary>What the adapter writes equals, and what it reads parses, the examples in Discord's docs.</summary>
public sealed class FixtureShapeTests
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    [Fact]
    public void FeedbackForm_Serialized_UsesOnlyTheDocsModalExamplesFieldsAtEachLevel()
    {
        var docs = Fixtures.Json("interaction-response-modal.json");
        var ours = JsonNode.Parse(JsonSerializer.Serialize(KosovoBot.Discord.Components.FeedbackForm.For("0a1b2c3d4e5f6071")!, Json.InteractionResponse))!;

        AssertKeysWithin(docs, ours);
        AssertKeysWithin(docs["data"]!, ours["data"]!);
        var docsSelect = docs["data"]!["components"]![0]!;
        var docsText = docs["data"]!["components"]![1]!;
        var ourSelect = ours["data"]!["components"]![0]!;
        var ourText = ours["data"]!["components"]![1]!;
        AssertKeysWithin(docsSelect, ourSelect);
        AssertKeysWithin(docsSelect["component"]!, ourSelect["component"]!);
        AssertKeysWithin(docsSelect["component"]!["options"]![0]!, ourSelect["component"]!["options"]![0]!);
        AssertKeysWithin(docsText, ourText);
        AssertKeysWithin(docsText["component"]!, ourText["component"]!);
        Assert.Equal(
            [docs["type"]!.GetValue<int>(), docsSelect["type"]!.GetValue<int>(), docsSelect["component"]!["type"]!.GetValue<int>(), docsText["component"]!["type"]!.GetValue<int>()],
            [ours["type"]!.GetValue<int>(), ourSelect["type"]!.GetValue<int>(), ourSelect["component"]!["type"]!.GetValue<int>(), ourText["component"]!["type"]!.GetValue<int>()]);
    }

    [Fact]
    public void Heartbeat_Serialized_EqualsTheDocsExample() =>
        AssertJson("gateway-heartbeat.json", JsonSerializer.Serialize(new HeartbeatCommand { D = 251 }, Json.HeartbeatCommand));

    [Fact]
    public void Heartbeat_BeforeAnyDispatch_SendsNullSequence() =>
        Assert.Equal("""{"op":1,"d":null}""", JsonSerializer.Serialize(new HeartbeatCommand(), Json.HeartbeatCommand));

    [Fact]
    public void Resume_Serialized_EqualsTheDocsExample() =>
        AssertJson("gateway-resume.json", JsonSerializer.Serialize(
            new GatewayCommand<ResumeData> { Op = GatewayOpCode.Resume, D = new ResumeData { Token = "my_token", SessionId = "session_id_i_stored", Seq = 1337 } },
            Json.GatewayCommandResumeData));

    [Fact]
    public void Identify_Serialized_IsTheDocsExamplePlusShard()
    {
        var identify = new GatewayCommand<IdentifyData>
        {
            Op = GatewayOpCode.Identify,
            D = new IdentifyData
            {
                Token = "my_token",
                Intents = GatewayIntents.Guilds | GatewayIntents.GuildMessages,
                Properties = new IdentifyProperties { Os = "linux", Browser = "my_library", Device = "my_library" },
                Shard = [0, 1],
            },
        };
        var ours = JsonNode.Parse(JsonSerializer.Serialize(identify, Json.GatewayCommandIdentifyData))!;

        Assert.True(JsonNode.DeepEquals(new JsonArray(0, 1), ours["d"]!.AsObject()["shard"]));
        ours["d"]!.AsObject().Remove("shard");
        Assert.True(JsonNode.DeepEquals(Fixtures.Json("gateway-identify.json"), ours));
    }

    [Fact]
    public void InteractionResponse_Serialized_EqualsTheDocsExample() =>
        AssertJson("interaction-response-channel-message.json", JsonSerializer.Serialize(
            new InteractionResponse { Type = InteractionCallbackType.ChannelMessageWithSource, Data = new InteractionCallbackData { Content = "Congrats on sending your command!" } },
            Json.InteractionResponse));

    [Fact]
    public void CreateMessage_Serialized_EqualsTheSuppressAllMentionsExample() =>
        AssertJson("allowed-mentions-suppress-all.json", JsonSerializer.Serialize(
            new CreateMessageRequest { Content = "@here Hello <@&1234> and <@5678> 👋", AllowedMentions = AllowedMentions.None },
            Json.CreateMessageRequest));

    [Fact]
    public void Embed_Serialized_EqualsTheCreateMessageExampleEmbed()
    {
        var embed = JsonSerializer.Serialize(
            new CreateMessageRequest
            {
                Content = "Hello, World!",
                Embeds = [new Embed { Title = "Hello, Embed!", Description = "This is an embedded message." }],
                AllowedMentions = AllowedMentions.None,
            },
            Json.CreateMessageRequest);
        var expected = Fixtures.Json("create-message-request.json");
        expected.Remove("tts");
        expected["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() };

        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(embed)), embed);
    }

    [Fact]
    public void Ready_ConstructedFixtureWithUnknownKeys_Parses()
    {
        var frame = Fixtures.Json("gateway-ready.json");
        frame["d"]!["_trace"] = new JsonArray("[\"gateway-prd\"]");
        frame["d"]!["session_type"] = "normal";
        var parsed = JsonSerializer.Deserialize(frame.ToJsonString(), Json.GatewayFrame)!;
        var ready = parsed.D.Deserialize(Json.ReadyData)!;

        Assert.Equal((GatewayOpCode.Dispatch, 1, "READY"), (parsed.Op, parsed.S, parsed.T));
        Assert.Equal("session_id_i_stored", ready.SessionId);
        Assert.Equal("wss://gateway-us-east1-b.discord.gg", ready.ResumeGatewayUrl);
        Assert.Equal("123456789012345678", ready.User.Id);
        Assert.Equal("123456789012345678", ready.Application!.Id);
    }

    [Fact]
    public void MessageCreate_Fixture_Parses()
    {
        var frame = JsonSerializer.Deserialize(Fixtures.Text("gateway-message-create.json"), Json.GatewayFrame)!;
        var message = frame.D.Deserialize(Json.MessageCreateData)!;
        var plain = JsonSerializer.Deserialize(Fixtures.Text("message-object.json"), Json.MessageCreateData)!;

        Assert.Equal((5, "MESSAGE_CREATE"), (frame.S!.Value, frame.T));
        Assert.Equal("334385199974967042", message.Id);
        Assert.Equal("290926798999357250", message.ChannelId);
        Assert.Equal("290926798626357999", message.GuildId);
        Assert.Equal("53908099506183680", message.Author.Id);
        Assert.Equal("Supa Hot", message.Content);
        Assert.Null(plain.GuildId);
    }

    [Theory]
    [InlineData("channel_id")]
    [InlineData("author")]
    [InlineData("id")]
    public void MessageCreate_NullWhereDiscordPromisesAValue_FailsTheRead(string member)
    {
        var message = Fixtures.Json("message-object.json");
        message[member] = null;

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(message.ToJsonString(), Json.MessageCreateData));
    }

    [Fact]
    public void InteractionCreate_Fixture_Parses()
    {
        var interaction = JsonSerializer.Deserialize(Fixtures.Text("interaction-create-slash-command.json"), Json.InteractionData)!;

        Assert.Equal(("786008729715212338", InteractionType.ApplicationCommand, "A_UNIQUE_TOKEN"), (interaction.Id, interaction.Type, interaction.Token));
        Assert.Equal("53908232506183680", interaction.Member!.User!.Id);
        Assert.Equal("cardsearch", interaction.Data!.Name);
        Assert.Equal("The Gitrog Monster", interaction.Data.Options![0].ValueText);
        Assert.Null(interaction.ApplicationId);
    }

    [Fact]
    public void ControlFrames_Fixtures_Parse()
    {
        var hello = JsonSerializer.Deserialize(Fixtures.Text("gateway-hello.json"), Json.GatewayFrame)!;
        var invalid = JsonSerializer.Deserialize(Fixtures.Text("gateway-invalid-session.json"), Json.GatewayFrame)!;
        var reconnect = JsonSerializer.Deserialize(Fixtures.Text("gateway-reconnect.json"), Json.GatewayFrame)!;
        var ack = JsonSerializer.Deserialize(Fixtures.Text("gateway-heartbeat-ack.json"), Json.GatewayFrame)!;

        Assert.Equal(45000, hello.D.Deserialize(Json.HelloData)!.HeartbeatInterval);
        Assert.Equal(JsonValueKind.False, invalid.D.ValueKind);
        Assert.Equal((GatewayOpCode.Reconnect, JsonValueKind.Null), (reconnect.Op, reconnect.D.ValueKind));
        Assert.Equal(GatewayOpCode.HeartbeatAck, ack.Op);
    }

    [Fact]
    public void RestBodies_Fixtures_Parse()
    {
        var gateway = JsonSerializer.Deserialize(Fixtures.Text("get-gateway-bot-response.json"), Json.GatewayBotResponse)!;
        var limit = JsonSerializer.Deserialize(Fixtures.Text("discord-429-response.json"), Json.RateLimitBody)!;
        var error = JsonSerializer.Deserialize(Fixtures.Text("error-invalid-form-body.json"), Json.DiscordErrorBody)!;

        Assert.Equal(("wss://gateway.discord.gg/", 9), (gateway.Url, gateway.Shards));
        Assert.Equal((64.57, false), (limit.RetryAfter, limit.Global));
        Assert.Equal((50035, "Invalid Form Body"), (error.Code, error.Message));
    }

    private static void AssertJson(string fixture, string actual) =>
        Assert.True(JsonNode.DeepEquals(Fixtures.Json(fixture), JsonNode.Parse(actual)), actual);

    private static void AssertKeysWithin(JsonNode docs, JsonNode ours) =>
        Assert.Empty(ours.AsObject().Select(p => p.Key).Except(docs.AsObject().Select(p => p.Key)));
}
