using System.Globalization;
using KosovoBot.Discord.Dispatch;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoBot.Discord.Tests;

/// <summary>What the bot remembers of which channel each thread was started in.</summary>
public sealed class ThreadParentsTests
{
    [Fact]
    public async Task Learn_PastCapacity_ForgetsTheLongestKnownThreadAndAsksDiscordWhenItSpeaksAgain()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = DiscordHarness.Start(await FakeDiscordServer.StartAsync(), _ => { });
        var parents = harness.Provider.GetRequiredService<ThreadParents>();
        var threads = Enumerable.Range(0, ThreadParents.Capacity + 1)
            .Select(i => new DiscordChannel { Id = (500000 + i).ToString(CultureInfo.InvariantCulture), Type = 11, ParentId = "42" });
        var textChannel = new DiscordChannel { Id = "43", Type = 0, ParentId = "41" };
        harness.Server.Script("GET /channels/500000", new ScriptedResponse(200, new Dictionary<string, string>(), """{"id":"500000","type":11,"parent_id":"44"}"""));

        parents.Learn([.. threads, textChannel]);
        var forgotten = parents.KnownParentOf("500000");
        var asked = await parents.ParentOfAsync("500000", timeout.Token);

        Assert.Null(forgotten);
        Assert.Equal("44", asked);
        Assert.Equal("44", parents.KnownParentOf("500000"));
        Assert.Equal("42", parents.KnownParentOf("500002"));
        Assert.Null(parents.KnownParentOf("43"));
        Assert.Single(harness.Server.RequestsTo("GET /channels/"));
    }

    [Fact]
    public async Task ParentOf_WhenDiscordCannotSay_IsNullAndAsksAgainNextTime()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = DiscordHarness.Start(await FakeDiscordServer.StartAsync(), _ => { });
        var parents = harness.Provider.GetRequiredService<ThreadParents>();

        var first = await parents.ParentOfAsync("600001", timeout.Token);
        var second = await parents.ParentOfAsync("600001", timeout.Token);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Equal(2, harness.Server.RequestsTo("GET /channels/600001").Count);
    }
}
