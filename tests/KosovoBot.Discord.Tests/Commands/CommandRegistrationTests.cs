using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KosovoBot.Discord.Commands;
using KosovoBot.Discord.Tests.Fakes;
using KosovoBot.Testing;

namespace KosovoBot.Discord.Tests.Commands;

public sealed partial class CommandRegistrationTests
{
    private const string GlobalCommands = $"/applications/{DiscordHarness.BotId}/commands";

    private const string ExpectedBody = """
        [
          {"name":"ask","type":1,"description":"Ask a question about the news; the answer quotes the articles.",
           "options":[{"name":"question","description":"Your question","type":3,"required":true},
                      {"name":"private","description":"Only you see the answer (you can share it afterwards)","type":5}]},
          {"name":"deadlines","type":1,"description":"The dated events of the situation, in date order."},
          {"name":"quote","type":1,"description":"Direct quotations by a speaker or containing a word.",
           "options":[{"name":"query","description":"A speaker\u0027s name or a word","type":3,"required":true,"autocomplete":true}]},
          {"name":"sources","type":1,"description":"The articles the bot answers from."},
          {"name":"help","type":1,"description":"How to use the bot."},
          {"name":"kosovobot","type":1,"default_member_permissions":"32",
           "description":"Admins: where the bot speaks, feedback buttons, limits, the gap report and the audit trail.",
           "options":[
             {"name":"channel","description":"How the bot speaks in this channel.","type":1,"options":[
               {"name":"mode","description":"mention-only (the default), questions (every question, no mention needed) or off","type":3,"required":true,
                "choices":[{"name":"mention-only","value":"mention-only"},{"name":"questions","value":"questions"},{"name":"off","value":"off"},{"name":"on","value":"on"}]}]},
             {"name":"feedback","description":"Show or hide the \uD83D\uDC4D/\uD83D\uDC4E buttons under answers in this server.","type":1,"options":[
               {"name":"state","description":"on or off","type":3,"required":true,"choices":[{"name":"on","value":"on"},{"name":"off","value":"off"}]}]},
             {"name":"limits","description":"How many questions the bot answers.","type":2,"options":[
               {"name":"user-per-minute","description":"Questions one member may ask per minute.","type":1,"options":[
                 {"name":"count","description":"How many questions (0: no limit)","type":4,"required":true,"min_value":0,"max_value":100000}]},
               {"name":"server-per-hour","description":"Questions the whole server may ask per hour.","type":1,"options":[
                 {"name":"count","description":"How many questions (0: no limit)","type":4,"required":true,"min_value":0,"max_value":100000}]}]},
             {"name":"show","description":"This server\u0027s and this channel\u0027s settings.","type":1},
             {"name":"gaps","description":"The questions the bot could not answer, grouped.","type":1,"options":[
               {"name":"since","description":"How far back: 7d (the default), 30d, 12h","type":3}]},
             {"name":"audit","description":"Who changed which setting, and when.","type":1}]}
        ]
        """;

    [Fact]
    public async Task Register_NothingRegistered_PutsAllCommandsOnceGlobally()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        await harness.ConnectReadyAsync(timeout.Token);

        var put = await harness.Server.NextRequestAsync($"PUT {GlobalCommands}", timeout.Token);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ExpectedBody), put.Json), put.Body);
        Assert.Equal($"Bot {DiscordHarness.Token}", put.Authorization);
        Assert.Single(harness.Server.RequestsTo($"GET {GlobalCommands}"));
        Assert.Single(harness.Server.RequestsTo("PUT "));
    }

    [Fact]
    public async Task Register_WithGuildId_PutsToTheGuild()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync(new Dictionary<string, string?> { ["Discord:GuildId"] = "290926798626357999" });
        await harness.ConnectReadyAsync(timeout.Token);

        var put = await harness.Server.NextRequestAsync("PUT ", timeout.Token);

        Assert.Equal($"/applications/{DiscordHarness.BotId}/guilds/290926798626357999/commands", put.Path);
    }

    [Fact]
    public async Task Register_SameSetAlreadyRegistered_SendsNoPut()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        harness.Server.RegisteredCommands = AsDiscordReturnsThem(JsonNode.Parse(ExpectedBody)!.AsArray());
        await harness.ConnectReadyAsync(timeout.Token);

        await foreach (var record in harness.Logs.GetLogsAsync(timeout.Token))
        {
            if (record.Message.Contains("already registered", StringComparison.Ordinal))
            {
                break;
            }
        }

        Assert.Single(harness.Server.RequestsTo($"GET {GlobalCommands}"));
        Assert.Empty(harness.Server.RequestsTo("PUT "));
    }

    [Fact]
    public async Task Register_ChangedDescription_PutsAgain()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var registered = AsDiscordReturnsThem(JsonNode.Parse(ExpectedBody)!.AsArray());
        registered[4]!["description"] = "An older description.";
        harness.Server.RegisteredCommands = registered;
        await harness.ConnectReadyAsync(timeout.Token);

        var put = await harness.Server.NextRequestAsync("PUT ", timeout.Token);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ExpectedBody), put.Json));
    }

    [Fact]
    public void Definitions_FollowDiscordsNamingAndLengthRules()
    {
        foreach (var command in SlashCommands.Definitions)
        {
            Assert.Matches(CommandName(), command.Name);
            Assert.InRange(command.Description.Length, 1, 100);
            AssertOptions(command.Options ?? []);
        }
    }

    // Subcommands and groups hold options of their own, held to the same rules.
    private static void AssertOptions(IReadOnlyList<KosovoBot.Discord.Protocol.ApplicationCommandOption> options)
    {
        Assert.True(options.Count <= 25);
        Assert.Equal(options.OrderByDescending(o => o.Required == true).Select(o => o.Name), options.Select(o => o.Name));
        foreach (var option in options)
        {
            Assert.Matches(CommandName(), option.Name);
            Assert.InRange(option.Description.Length, 1, 100);
            Assert.True((option.Choices?.Count ?? 0) <= 25);
            AssertOptions(option.Options ?? []);
        }
    }

    [Fact]
    public void BlepFixture_ParsesAsAnApplicationCommand()
    {
        var blep = System.Text.Json.JsonSerializer.Deserialize(
            Fixtures.Text("application-command-create-blep.json"), KosovoBot.Discord.Protocol.DiscordJsonContext.Default.ApplicationCommand)!;

        Assert.Equal("blep", blep.Name);
        Assert.Equal(1, blep.Type);
        Assert.Equal(2, blep.Options!.Count);
        Assert.True(blep.Options[0].Required);
        Assert.Equal(3, blep.Options[0].Type);
    }

    // Discord answers with ids, versions and defaults the bot never sends; they must not count as a change.
    private static JsonArray AsDiscordReturnsThem(JsonArray commands)
    {
        var index = 0;
        foreach (var command in commands)
        {
            command!["id"] = $"77182500601488998{index++}";
            command["application_id"] = DiscordHarness.BotId;
            command["version"] = "1";
            command["default_member_permissions"] ??= null;
            command["nsfw"] = false;
            command["integration_types"] = new JsonArray(0);
            foreach (var option in command["options"]?.AsArray() ?? [])
            {
                option!["name_localizations"] = null;
            }
        }

        return commands;
    }

    [GeneratedRegex(@"^[-_'\p{Ll}\p{N}]{1,32}$")]
    private static partial Regex CommandName();
}
