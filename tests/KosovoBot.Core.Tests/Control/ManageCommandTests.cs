using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;

namespace KosovoBot.Core.Tests.Control;

public sealed class ManageCommandTests : IDisposable
{
    private readonly GovernedBot _bot = new(access: new NoMessageContent());

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Manage_NonAdmin_PolitePrivateRefusalAndNothingChanges()
    {
        var reply = await _bot.ManageAsync("channel off", admin: false);

        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.True(reply.IsPrivate);
        Assert.Equal("Sorry, only this server's admins can change my settings.", reply.Text);
        Assert.Equal(ChannelMode.MentionOnly, await _bot.Channels.ModeAsync(GovernedBot.Discord(), _bot.Token));
        Assert.Empty(await _bot.Settings.ListChangesAsync(null, null, 10, _bot.Token));
    }

    [Fact]
    public async Task Manage_ChannelQuestions_SetsTheModeForThisChannelOnlyAndGivesThePlatformsHint()
    {
        var reply = await _bot.ManageAsync("channel questions");

        Assert.Equal("In this channel I now answer every message that is a question, without a mention.", reply.Text);
        Assert.Equal([NoMessageContent.Hint], reply.Notices);
        Assert.Equal(ChannelMode.Questions, await _bot.Channels.ModeAsync(GovernedBot.Discord(), _bot.Token));
        Assert.Equal(ChannelMode.MentionOnly, await _bot.Channels.ModeAsync(GovernedBot.Discord(channel: "C2"), _bot.Token));
    }

    [Fact]
    public async Task Manage_ChannelQuestionsOnAnotherPlatform_NoHint()
    {
        var reply = await _bot.ManageAsync("channel questions", new ChatOrigin("slack", "C1", "U1", false) { ServerId = "T1" });

        Assert.Empty(reply.Notices);
    }

    [Fact]
    public async Task Manage_Gaps_EachServerSeesOnlyTheQuestionsAskedInIt()
    {
        await DeclinedAsync("r1", "How tall is the lighthouse?", "discord", "G1");
        await DeclinedAsync("r2", "Who owns the ferry company?", "discord", "G2");
        await DeclinedAsync("r3", "When was the museum built?", "slack", "G1");
        await DeclinedAsync("r4", "What does the mayor earn?", "discord", null);

        var first = await _bot.ManageAsync("gaps");
        var second = await _bot.ManageAsync("gaps", GovernedBot.Discord(server: "G2"));
        var direct = await _bot.ManageAsync("gaps", new ChatOrigin("discord", "D1", "U1", true));

        Assert.Equal(["1× \"How tall is the lighthouse?\"; no article comes near."], first.Notices);
        Assert.Equal(["1× \"Who owns the ferry company?\"; no article comes near."], second.Notices);
        Assert.Equal("My settings belong to a server or workspace: use /kosovobot in one of its channels.", direct.Text);
    }

    [Fact]
    public async Task Manage_EachChange_OneAuditEntryWithWhoWhatOldNewAndWhen()
    {
        await _bot.ManageAsync("channel questions");
        _bot.Time.Advance(TimeSpan.FromMinutes(5));
        await _bot.ManageAsync("channel off", GovernedBot.Discord(user: "U7"));
        await _bot.ManageAsync("limits server-per-hour 40");
        await _bot.ManageAsync("feedback off");

        var changes = await _bot.Settings.ListChangesAsync(new SettingScope("discord", "G1"), null, 10, _bot.Token);

        Assert.Equal(4, changes.Count);
        var second = changes[2];
        Assert.Equal(("channel", "questions", "off", "U7", "C1"), (second.Name, second.OldValue, second.NewValue, second.ActorUserId, second.Scope.ChannelId));
        Assert.Equal(GovernedBot.Start.AddMinutes(5), second.At);
        Assert.Equal(("limits.server-per-hour", (string?)null, "40"), (changes[1].Name, changes[1].OldValue, changes[1].NewValue));
    }

    [Fact]
    public async Task Manage_Audit_ListsTheServersChangesNewestFirst()
    {
        await _bot.ManageAsync("channel questions");
        _bot.Time.Advance(TimeSpan.FromMinutes(90));
        await _bot.ManageAsync("feedback off", GovernedBot.Discord(user: "U7"));
        await _bot.ManageAsync("feedback off", GovernedBot.Discord(server: "G2"));

        var reply = await _bot.ManageAsync("audit");

        Assert.Equal("The latest settings changes here, newest first:", reply.Text);
        Assert.Equal(
            [
                "2026-11-29 13:30 UTC: U7 set feedback from the default to off.",
                "2026-11-29 12:00 UTC: U1 set channel in channel C1 from the default to questions.",
            ],
            reply.Notices);
    }

    [Fact]
    public async Task Manage_Show_ListsChannelFeedbackAndLimitsInForceHere()
    {
        await _bot.ManageAsync("limits user-per-minute 3");
        await _bot.ManageAsync("channel off");

        var reply = await _bot.ManageAsync("show");

        Assert.Equal(
            ["This channel: off", "Feedback buttons: on", "Questions per person per minute: 3", "Questions per server per hour: 100"],
            reply.Notices);
    }

    [Theory]
    [InlineData("limits user-per-minute lots")]
    [InlineData("limits user-per-minute -1")]
    [InlineData("limits per-day 5")]
    public async Task Manage_BadLimit_ErrorAndNothingChanges(string line)
    {
        var reply = await _bot.ManageAsync(line);

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("limits user-per-minute N", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await _bot.Settings.ListChangesAsync(null, null, 10, _bot.Token));
    }

    [Fact]
    public async Task Manage_UnknownSubcommand_ListsTheSubcommands()
    {
        var reply = await _bot.ManageAsync("dance");

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains(reply.Notices, line => line.StartsWith("/kosovobot channel on|off|mention-only|questions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Manage_InADirectMessage_SaysSettingsBelongToAServer()
    {
        var reply = await _bot.ManageAsync("show", new ChatOrigin("discord", "D1", "U1", IsDirectMessage: true));

        Assert.Equal("My settings belong to a server or workspace: use /kosovobot in one of its channels.", reply.Text);
    }

    [Fact]
    public async Task Manage_AtTheConsole_GapsCoverEveryServerAndDirectMessages()
    {
        await DeclinedAsync("r1", "How tall is the lighthouse?", "discord", "G1");
        await DeclinedAsync("r2", "Who owns the ferry company?", "slack", "T2");
        await DeclinedAsync("r3", "What does the mayor earn?", "discord", null);

        var reply = await _bot.ManageAsync("gaps", ChatOrigin.Console);

        Assert.Equal("3 groups of questions I could not answer well, largest first:", reply.Text);
        Assert.Equal(
            [
                "1× \"How tall is the lighthouse?\"; no article comes near.",
                "1× \"What does the mayor earn?\"; no article comes near.",
                "1× \"Who owns the ferry company?\"; no article comes near.",
            ],
            reply.Notices.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Manage_AtTheConsole_AuditListsEveryServersChangesSayingWhere()
    {
        await _bot.ManageAsync("channel questions");
        _bot.Time.Advance(TimeSpan.FromMinutes(90));
        await _bot.ManageAsync("feedback off", new ChatOrigin("slack", "C5", "U5", false) { ServerId = "T2" });

        var reply = await _bot.ManageAsync("audit", ChatOrigin.Console);

        Assert.Equal("The latest settings changes on every server, newest first:", reply.Text);
        Assert.Equal(
            [
                "2026-11-29 13:30 UTC, slack server T2: U5 set feedback from the default to off.",
                "2026-11-29 12:00 UTC, discord server G1 channel C1: U1 set channel from the default to questions.",
            ],
            reply.Notices);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("channel off")]
    [InlineData("limits user-per-minute 3")]
    [InlineData("feedback off")]
    public async Task Manage_AtTheConsole_ServerSettingsSayWhereTheyAreSetAndNothingChanges(string line)
    {
        var reply = await _bot.ManageAsync(line, ChatOrigin.Console);

        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.Equal(
            $"/kosovobot {line.Split(' ')[0]} is set inside a Discord server or Slack workspace: use it in one of its channels (here, /kosovobot gaps and /kosovobot audit cover every server).",
            reply.Text);
        Assert.Empty(await _bot.Settings.ListChangesAsync(null, null, 10, _bot.Token));
    }

    [Fact]
    public async Task Route_TypedKosovobotLine_ReachesTheCommand()
    {
        var reply = await _bot.Router.RouteAsync(
            new ChatRequest { Text = "/kosovobot channel off", Origin = GovernedBot.Discord(), IsAdmin = true }, _bot.Token);

        Assert.Equal("I will not answer in this channel any more; /kosovobot still works here.", reply.Text);
        Assert.Equal(ChannelMode.Off, await _bot.Channels.ModeAsync(GovernedBot.Discord(), _bot.Token));
    }

    [Fact]
    public async Task Help_ListsTheKosovobotLine()
    {
        var reply = await _bot.AskAsync("/help");

        Assert.Contains(reply.Notices, line => line.StartsWith("/kosovobot (admins)", StringComparison.Ordinal));
    }

    private Task DeclinedAsync(string id, string question, string platform, string? server) =>
        _bot.Records.RecordAsync(
            new QuestionRecord
            {
                Id = id,
                At = GovernedBot.Start,
                Platform = platform,
                ServerId = server,
                ChannelId = "C1",
                UserId = "U9",
                Question = question,
                Answered = false,
                AnswerText = "No article mentions it.",
                Snapshot = "snap-1",
            },
            _bot.Token);

    private sealed class NoMessageContent : IChannelMessageAccess
    {
        public const string Hint = "I cannot read messages here until the Message Content intent is on.";

        public string Platform => "discord";

        public Task<string?> MissingAsync(ChatOrigin origin, CancellationToken cancellationToken) => Task.FromResult<string?>(Hint);
    }
}
