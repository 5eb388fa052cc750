using KosovoBot.Core.Chat;
using KosovoBot.Discord.Gateway;

namespace KosovoBot.Discord.Tests.Gateway;

public sealed class ShardSelectionTests
{
    [Theory]
    [InlineData("0-3", new[] { 0, 1, 2, 3 })]
    [InlineData("0,2", new[] { 0, 2 })]
    [InlineData(" 4 , 0-1 ", new[] { 0, 1, 4 })]
    [InlineData("2-2", new[] { 2 })]
    public void Resolve_Shards_NamesThoseShards(string shards, int[] expected) =>
        Assert.Equal(expected, ShardSelection.Resolve(new DiscordOptions { Shards = shards }, 8));

    [Fact]
    public void Resolve_NothingSet_RunsEveryShard_AndShardIdRunsOne()
    {
        Assert.Equal([0, 1, 2], ShardSelection.Resolve(new DiscordOptions(), 3));
        Assert.Equal([2], ShardSelection.Resolve(new DiscordOptions { ShardId = 2 }, 3));
    }

    [Fact]
    public void Resolve_ShardBeyondTheCount_StopsNamingTheSetting()
    {
        var error = Assert.Throws<ChatAdapterFatalException>(() => ShardSelection.Resolve(new DiscordOptions { Shards = "2-4" }, 4));

        Assert.StartsWith("Discord:Shards names shard 4, but the bot has 4 shards", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_BackwardRange_StopsNamingTheSetting() =>
        Assert.StartsWith(
            "Discord:Shards has the range 3-1",
            Assert.Throws<ChatAdapterFatalException>(() => ShardSelection.Resolve(new DiscordOptions { Shards = "3-1" }, 4)).Message,
            StringComparison.Ordinal);
}
