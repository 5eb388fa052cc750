using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KosovoBot.Core.Tests.Control;

public sealed class LimitsTests : IDisposable
{
    private readonly GovernedBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task RouteAsync_SixthQuestionInAMinute_PrivateNoticeSaysWhenTheNextIsAnswered()
    {
        for (var i = 0; i < 5; i++)
        {
            _bot.Time.Advance(TimeSpan.FromSeconds(5));
            Assert.Equal(ReplyKind.Answer, (await _bot.AskAsync("When does the bridge reopen?")).Kind);
        }

        var sixth = await _bot.AskAsync("And the ferry?");

        Assert.Equal(ReplyKind.Notice, sixth.Kind);
        Assert.True(sixth.IsPrivate);
        Assert.Equal("You have asked 5 questions in the last minute; I will answer your next one at 12:01:05 UTC, in 40 seconds.", sixth.Text);
        Assert.Equal(5, _bot.Answers.Questions.Count);
    }

    [Fact]
    public async Task RouteAsync_WindowOver_AnswersAgain()
    {
        for (var i = 0; i < 6; i++)
        {
            await _bot.AskAsync("When does the bridge reopen?");
        }

        _bot.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Contains("in 1 second.", (await _bot.AskAsync("Still closed?")).Text, StringComparison.Ordinal);
        _bot.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(ReplyKind.Answer, (await _bot.AskAsync("Still closed?")).Kind);
    }

    [Fact]
    public async Task RouteAsync_OtherUserAtTheLimit_DoesNotStopThisUser()
    {
        for (var i = 0; i < 6; i++)
        {
            await _bot.AskAsync("When does the bridge reopen?", GovernedBot.Discord(user: "U1"));
        }

        Assert.Equal(ReplyKind.Answer, (await _bot.AskAsync("When does the bridge reopen?", GovernedBot.Discord(user: "U2"))).Kind);
    }

    [Fact]
    public async Task RouteAsync_ServerHourlyLimitReached_NoticeNamesTheServerAndTheHour()
    {
        using var bot = new GovernedBot(limits: new LimitsOptions { UserPerMinute = 0, ServerPerHour = 3 });
        for (var i = 0; i < 3; i++)
        {
            await bot.AskAsync("When does the bridge reopen?", GovernedBot.Discord(user: $"U{i}"));
        }

        bot.Time.Advance(TimeSpan.FromMinutes(10));
        var refused = await bot.AskAsync("When does the bridge reopen?", GovernedBot.Discord(user: "U9"));

        Assert.Equal(ReplyKind.Notice, refused.Kind);
        Assert.Equal("This server has asked 3 questions in the last hour; I will answer the next one at 13:00:00 UTC, in 50 minutes.", refused.Text);
        Assert.Equal(ReplyKind.Answer, (await bot.AskAsync("When does the bridge reopen?", GovernedBot.Discord(user: "U9", server: "G2"))).Kind);
    }

    [Fact]
    public async Task RouteAsync_ServerSetItsOwnLimit_ItOverridesTheConfiguredOne()
    {
        var change = await _bot.ManageAsync("limits user-per-minute 2");
        Assert.Equal("Each person here can now ask 2 questions a minute.", change.Text);

        await _bot.AskAsync("When does the bridge reopen?");
        await _bot.AskAsync("When does the bridge reopen?");
        var third = await _bot.AskAsync("When does the bridge reopen?");

        Assert.Equal(ReplyKind.Notice, third.Kind);
        Assert.StartsWith("You have asked 2 questions in the last minute", third.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_NotKept_IsNeverLimited()
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(ReplyKind.Answer, (await _bot.AskAsync("When does the bridge reopen?", record: false)).Kind);
        }
    }

    [Fact]
    public async Task RouteAsync_ConsoleChat_IsNeverLimited()
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(ReplyKind.Answer, (await _bot.AskAsync("When does the bridge reopen?", ChatOrigin.Console)).Kind);
        }
    }

    [Theory]
    [InlineData("UserPerMinute", "-1", "Limits:UserPerMinute must be between 0 (no limit) and 100000.")]
    [InlineData("ServerPerHour", "100001", "Limits:ServerPerHour must be between 0 (no limit) and 100000.")]
    public void AddQuestionLimits_OutOfRange_StartUpErrorNamesTheSetting(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new($"Limits:{key}", value)]).Build();
        using var provider = new ServiceCollection().AddQuestionLimits(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LimitsOptions>>().Value);

        Assert.Equal(message, Assert.Single(error.Failures));
    }

    [Fact]
    public void AddQuestionLimits_Configured_AreTheLimitsInForce()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Limits:UserPerMinute", "2")]).Build();
        using var provider = new ServiceCollection().AddQuestionLimits(configuration).BuildServiceProvider();

        var limits = provider.GetRequiredService<IOptions<LimitsOptions>>().Value;

        Assert.Equal((2, 100), (limits.UserPerMinute, limits.ServerPerHour));
    }

    [Fact]
    public async Task RouteAsync_CommandsOtherThanAsk_DoNotCount()
    {
        for (var i = 0; i < 8; i++)
        {
            await _bot.AskAsync("/sources");
        }

        Assert.Equal(ReplyKind.Answer, (await _bot.AskAsync("When does the bridge reopen?")).Kind);
    }
}
