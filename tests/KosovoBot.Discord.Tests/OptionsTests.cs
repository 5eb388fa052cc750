using KosovoBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("Bot MTIzNDU2Nzg5MDEyMzQ1Njc4.GfakeX.secret_secret_secret")]
    [InlineData("just-some-secret-words")]
    public void StartupValidation_MalformedToken_NamesTheSettingWithoutPrintingTheToken(string token)
    {
        using var provider = Build(new() { ["Discord:Token"] = token });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Discord:Token is malformed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartupValidation_MissingToken_NamesTheSetting()
    {
        using var provider = Build(new() { ["Discord:GuildId"] = "1" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Discord:Token is not set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0-")]
    [InlineData("all")]
    [InlineData("0;2")]
    public void StartupValidation_MalformedShards_NamesTheSetting(string shards)
    {
        using var provider = Build(new() { ["Discord:Token"] = DiscordHarness.Token, ["Discord:Shards"] = shards });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Discord:Shards must list shard ids and ranges, e.g. 0-3 or 0,2.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartupValidation_BadGuildIdAndShard_AreRefused()
    {
        using var provider = Build(new() { ["Discord:Token"] = DiscordHarness.Token, ["Discord:GuildId"] = "my-server", ["Discord:ShardCount"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Discord:GuildId", error.Message, StringComparison.Ordinal);
        Assert.Contains("ShardCount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_OnlyTheToken_GetsTheDocumentedDefaults()
    {
        using var provider = Build(new() { ["Discord:Token"] = DiscordHarness.Token });

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal(new Uri("https://discord.com/api/v10/"), options.ApiBaseUrl);
        Assert.Null(options.GuildId);
        Assert.Null(options.ShardId);
        Assert.Null(options.Shards);
        Assert.Null(options.ShardCount);
        Assert.False(options.DeferReplies);
        Assert.False(options.MessageContent);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ConnectTimeout);
        Assert.Equal("discord", provider.GetServices<Core.Chat.IChatAdapter>().Single().Name);
    }

    [Fact]
    public void Options_Durations_BindFromTimeSpanText()
    {
        using var provider = Build(new() { ["Discord:Token"] = DiscordHarness.Token, ["Discord:RequestTimeout"] = "00:00:10", ["Discord:DeferReplies"] = "true" });

        var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(10), options.RequestTimeout);
        Assert.True(options.DeferReplies);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<Core.Chat.IChatRouter>(new KosovoBot.Testing.Chat.RecordingChatRouter(SampleReplies.For));
        services.AddSingleton<Core.Answers.IQuoteService, FakeQuoteService>();
        services.AddSingleton<Core.Control.ISettingsStore, Core.Control.InMemorySettingsStore>();
        services.AddSingleton<Core.Control.IQuestionRecords, Core.Control.InMemoryQuestionRecords>();
        services.AddSingleton<Core.Control.ChannelSettings>();
        services.AddDiscordAdapter(configuration);
        return services.BuildServiceProvider();
    }
}
