using KosovoBot.Composition;
using KosovoBot.ConsoleChat;
using KosovoBot.Core.Chat;
using KosovoBot.Discord;
using KosovoBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Tests.Composition;

/// <summary>Which adapters the host starts for which settings; nothing here connects anywhere.</summary>
public sealed class ChatPlatformsTests
{
    // Shaped like the real credentials so that validation accepts them; not real secrets.
    private const string DiscordToken = "test_token_aaaaaaaaaaaa.abcd.zzzzzzzzzzzzzzzzzzzz";
    private const string SlackBotToken = "xoxb-test-bot-token";
    private const string SlackAppToken = "xapp-test-app-token";

    private static readonly ConsoleStreams Streams = new(TextReader.Null, TextWriter.Null, TextWriter.Null);

    [Fact]
    public void AddConfigured_NothingSet_StartsOnlyTheConsole()
    {
        using var host = Build([]);

        Assert.Equal(["console"], AdapterNames(host));
    }

    [Fact]
    public void AddConfigured_DiscordAndSlackTokens_StartsBothPlatformsAndNoConsole()
    {
        using var host = Build(
            [$"--Discord:Token={DiscordToken}", $"--Slack:BotToken={SlackBotToken}", $"--Slack:AppToken={SlackAppToken}"]);

        Assert.Equal(["discord", "slack"], AdapterNames(host).Order());
    }

    [Fact]
    public void AddConfigured_ConsoleEnabledBesideAPlatform_StartsBoth()
    {
        using var host = Build([$"--Discord:Token={DiscordToken}", "--Console:Enabled=true"]);

        Assert.Equal(["console", "discord"], AdapterNames(host).Order());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AddConfigured_LlmEndpoint_MakesDiscordDeferItsReplies(bool llm)
    {
        string[] args = llm
            ? [$"--Discord:Token={DiscordToken}", "--Llm:Endpoint=http://127.0.0.1:9/v1", "--Llm:Model=test-model"]
            : [$"--Discord:Token={DiscordToken}"];
        using var host = Build(args);

        Assert.Equal(llm, host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value.DeferReplies);
    }

    [Fact]
    public void Validate_MalformedDiscordToken_NamesTheSettingWithoutEchoingIt()
    {
        const string badToken = "not-a-token-secret-value";
        using var host = Build([$"--Discord:Token={badToken}"]);

        var error = Assert.ThrowsAny<Exception>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.True(ConfigurationErrors.TryDescribe(error, out var message));
        Assert.Contains("Discord:Token", message, StringComparison.Ordinal);
        Assert.DoesNotContain(badToken, message, StringComparison.Ordinal);
    }

    private static IHost Build(string[] args)
    {
        var knowledge = Path.Combine(AppContext.BaseDirectory, "TestData", "knowledge");
        var builder = HostComposition.CreateBuilder([.. args, $"--Knowledge:Path={knowledge}", "--Knowledge:Watch=false"], LogLevel.Warning);
        ChatPlatforms.AddConfigured(builder.Services, builder.Configuration, Streams);
        return builder.Build();
    }

    private static IEnumerable<string> AdapterNames(IHost host) =>
        host.Services.GetServices<IChatAdapter>().Select(a => a.Name);
}
