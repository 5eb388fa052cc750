using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Tests;

public sealed class SlackOptionsTests
{
    private const string Secret = "xoxb-very-secret-value";

    [Fact]
    public void Validate_SocketModeWithoutAppToken_NamesTheSetting()
    {
        var error = Validate(new() { ["Slack:BotToken"] = Secret });

        Assert.Contains("Slack:AppToken", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HttpWithoutSigningSecret_NamesTheSetting()
    {
        var error = Validate(new() { ["Slack:BotToken"] = Secret, ["Slack:Mode"] = "Http" });

        Assert.Contains("Slack:SigningSecret", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongTokenKinds_NamesSettingsWithoutPrintingThem()
    {
        var error = Validate(new() { ["Slack:BotToken"] = "xoxp-user-token-secret", ["Slack:AppToken"] = "xoxb-not-app-secret" });

        Assert.Contains("Slack:BotToken must be a bot token", error, StringComparison.Ordinal);
        Assert.Contains("Slack:AppToken must be an app-level token", error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadCommandNameAndTimeout_Refused()
    {
        var error = Validate(new()
        {
            ["Slack:BotToken"] = Secret, ["Slack:AppToken"] = "xapp-1-A-1-x", ["Slack:Commands:Ask"] = "ask me",
            ["Slack:SlashCommandReplyBudget"] = "00:00:05",
        });

        Assert.Contains("Slack:Commands:Ask", error, StringComparison.Ordinal);
        Assert.Contains("SlashCommandReplyBudget", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_SocketModeWithBothTokens_Valid()
    {
        var options = Build(new() { ["Slack:BotToken"] = Secret, ["Slack:AppToken"] = "xapp-1-A-1-x" }).Value;

        Assert.Equal(SlackMode.SocketMode, options.Mode);
        Assert.Equal(new Uri("https://slack.com/api/"), options.ApiBaseUrl);
        Assert.Equal("http://0.0.0.0:3000", options.HttpListenUrl);
        Assert.Equal("/ask", options.Commands.Ask);
    }

    private static string Validate(Dictionary<string, string?> settings) =>
        Assert.Throws<OptionsValidationException>(() => Build(settings).Value).Message;

    private static IOptions<SlackOptions> Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSlackAdapter(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<SlackOptions>>();
    }
}
