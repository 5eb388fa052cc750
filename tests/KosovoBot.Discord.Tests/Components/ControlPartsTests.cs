using System.Text.Json;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Discord.Commands;
using KosovoBot.Discord.Components;
using KosovoBot.Discord.Dispatch;
using KosovoBot.Discord.Protocol;

namespace KosovoBot.Discord.Tests.Components;

public sealed class ControlPartsTests
{
    [Theory]
    [InlineData("32", true)]
    [InlineData("8", true)]
    [InlineData("2147483647", true)]
    [InlineData("3072", false)]
    [InlineData("0", false)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("-32", false)]
    [InlineData("manage", false)]
    // Bits past 64 must not break the reading: MANAGE_GUILD with bit 70 set.
    [InlineData("1180591620717411303456", true)]
    public void CanManageServer_ReadsTheManageServerAndAdministratorBits(string? permissions, bool expected) =>
        Assert.Equal(expected, MemberPermissions.CanManageServer(permissions));

    [Fact]
    public void ArgumentText_Manage_FlattensSubcommandsGroupsAndValuesInOrder()
    {
        var options = Parse("""
            [{"type": 2, "name": "limits", "options": [
               {"type": 1, "name": "server-per-hour", "options": [{"type": 4, "name": "count", "value": 250}]}]}]
            """);

        Assert.Equal("limits server-per-hour 250", SlashCommands.ArgumentText(ChatCommandName.Manage, options));
        Assert.Equal("show", SlashCommands.ArgumentText(ChatCommandName.Manage, Parse("""[{"type": 1, "name": "show"}]""")));
        Assert.Equal("gaps 30d", SlashCommands.ArgumentText(
            ChatCommandName.Manage, Parse("""[{"type": 1, "name": "gaps", "options": [{"type": 3, "name": "since", "value": " 30d "}]}]""")));
        Assert.Equal(string.Empty, SlashCommands.ArgumentText(ChatCommandName.Manage, null));
    }

    [Fact]
    public void ArgumentText_AskWithPrivateFirst_IsTheQuestionAndAsksPrivately()
    {
        var options = Parse("""[{"type": 5, "name": "private", "value": true}, {"type": 3, "name": "question", "value": "Who spoke?"}]""");

        Assert.Equal("Who spoke?", SlashCommands.ArgumentText(ChatCommandName.Ask, options));
        Assert.True(SlashCommands.AsksPrivately(options));
        Assert.False(SlashCommands.AsksPrivately(Parse("""[{"type": 5, "name": "private", "value": false}]""")));
        Assert.False(SlashCommands.AsksPrivately(null));
    }

    [Fact]
    public void FeedbackFormRead_OlderActionRowLayout_FindsTheInputs()
    {
        var submitted = JsonSerializer.Deserialize<IReadOnlyList<SubmittedComponent>>("""
            [{"type": 1, "components": [{"type": 3, "custom_id": "problem", "values": ["not-in-article"]}]},
             {"type": 1, "components": [{"type": 4, "custom_id": "comment", "value": "   "}]}]
            """, DiscordJsonContext.Default.Options);

        Assert.Equal((FeedbackProblem.NotInArticle, (string?)null), FeedbackForm.Read(submitted));
    }

    [Fact]
    public void FeedbackFormRead_UnknownOrMissingChoice_IsOther() =>
        Assert.Equal((FeedbackProblem.Other, (string?)"x"), FeedbackForm.Read(
        [
            new SubmittedComponent { Type = 18, Component = new SubmittedComponent { Type = 3, CustomId = "problem", Values = ["made-up"] } },
            new SubmittedComponent { Type = 18, Component = new SubmittedComponent { Type = 4, CustomId = "comment", Value = "x" } },
        ]));

    [Theory]
    [InlineData("kb:up:0a1b2c3d4e5f6071", "up", "0a1b2c3d4e5f6071")]
    [InlineData("kb:share:id:with:colons", "share", "id:with:colons")]
    public void CustomIds_RoundTrip(string customId, string action, string record)
    {
        Assert.True(CustomIds.TryParse(customId, out var readAction, out var readRecord));
        Assert.Equal((action, record), (readAction, readRecord));
        Assert.Equal(customId, CustomIds.For(action, record));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("up:123")]
    [InlineData("kb:up:")]
    [InlineData("kb::123")]
    public void CustomIds_NotOurs_AreRefused(string? customId) =>
        Assert.False(CustomIds.TryParse(customId, out _, out _));

    [Fact]
    public void ReplyButtons_RecordIdTooLongForACustomId_ShowsNoButtons() =>
        Assert.Empty(ReplyButtons.For(new ChatReply
        {
            Kind = ReplyKind.Answer, Text = "x", RecordId = new string('a', 99), OffersFeedback = true, Shareable = true,
        }));

    [Fact]
    public void ReplyButtons_NoRecord_ShowsNoButtonsEvenWhenFlagged() =>
        Assert.Empty(ReplyButtons.For(new ChatReply { Kind = ReplyKind.Answer, Text = "x", OffersFeedback = true, Shareable = true }));

    private static IReadOnlyList<InteractionOption> Parse(string json) =>
        JsonSerializer.Deserialize<IReadOnlyList<InteractionOption>>(json, DiscordJsonContext.Default.Options)!;
}
