using KosovoBot.Tests.Support;

namespace KosovoBot.Tests.Hosting;

/// <summary>Bad settings stop the real host with one line per problem naming the key, never a stack trace or a secret.</summary>
public sealed class ConfigurationErrorProcessTests : IDisposable
{
    private const string DiscordToken = "test_token_configuration.errs.not_a_real_discord_token";
    private const string SlackBotToken = "xoxb-1111-2222-secretbot";
    private const string SlackAppToken = "xapp-1-A111-secretapp";

    private readonly BotProcess _bot = new();

    public ConfigurationErrorProcessTests()
    {
        _bot.Environment["Discord__Token"] = DiscordToken;
        _bot.Environment["Discord__ApiBaseUrl"] = "http://127.0.0.1:9/api/v10/";
        _bot.Environment["Slack__BotToken"] = SlackBotToken;
        _bot.Environment["Slack__AppToken"] = SlackAppToken;
        _bot.Environment["Slack__ApiBaseUrl"] = "http://127.0.0.1:9/api/";
    }

    [Theory]
    [InlineData("Slack__Mode=Foo", "Slack:Mode: 'Foo' is not one of SocketMode, Http")]
    [InlineData("Slack__RequestTimeout=banana", "Slack:RequestTimeout: 'banana' is not a time span (hh:mm:ss)")]
    [InlineData("Discord__ShardId=abc", "Discord:ShardId: 'abc' is not a whole number")]
    [InlineData("Retrieval__K1=abc", "Retrieval:K1: 'abc' is not a number")]
    [InlineData("Llm__Endpoint=not-a-url;Llm__Model=llama3.1", "Llm:Endpoint: 'not-a-url' is not an absolute http:// or https:// URL")]
    [InlineData("Llm__Endpoint=ftp://user:hunter2@models.example/v1;Llm__Model=llama3.1", "Llm:Endpoint: the value is not an absolute http:// or https:// URL")]
    [InlineData("Slack__ApiBaseUrl=ftp://slack.com/api/", "Slack:ApiBaseUrl: 'ftp://slack.com/api/' is not an absolute http:// or https:// URL")]
    [InlineData("Slack__Mode=Http;Slack__SigningSecret=s3cret;Slack__HttpListenUrl=http://0.0.0.0:99999", "Slack:HttpListenUrl: 'http://0.0.0.0:99999': port 99999 is not a port number (1-65535)")]
    [InlineData("Slack__RequestTimeout=00:00:00", "Slack:RequestTimeout: must be between 00:00:01 and 00:05:00.")]
    [InlineData("Retrieval__K1=9", "Retrieval:K1: must be between 0 and 5.")]
    [InlineData("Console__Enabled=banana", "Console:Enabled: 'banana' is not true or false")]
    [InlineData("Embeddings__Local=maybe", "Embeddings:Local: 'maybe' is not true or false")]
    [InlineData("Knowledge__Watch=maybe", "Knowledge:Watch: 'maybe' is not true or false")]
    [InlineData("Logging__LogLevel__Default=banana", "Logging:LogLevel:Default: 'banana' is not a log level (Trace, Debug, Information, Warning, Error, Critical, None)")]
    [InlineData("Discord__ShardId=5;Discord__ShardCount=2", "Discord:ShardId: must be less than Discord:ShardCount (2).")]
    [InlineData("Storage__BusyTimeout=banana", "Storage:BusyTimeout: 'banana' is not a time span (hh:mm:ss)")]
    [InlineData("Storage__BusyTimeout=00:00:00", "Storage:BusyTimeout: must be between 00:00:01 and 00:01:00.")]
    [InlineData("Storage__KeepQuestions=12:00:00", "Storage:KeepQuestions: must be between 1.00:00:00 and 3650.00:00:00.")]
    [InlineData("Messages__Culture=fr", "Messages:Culture: 'fr' has no built-in translation (available: en).")]
    public async Task Host_BadSetting_ExitsOneWithOneLineNamingTheKey(string settings, string expected)
    {
        foreach (var pair in settings.Split(';'))
        {
            var (key, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            _bot.Environment[key] = value;
        }

        var run = await _bot.RunAsync(string.Empty, []);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("KosovoBot cannot start: " + expected, Assert.Single(lines));
        Assert.DoesNotContain(DiscordToken, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackBotToken, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackAppToken, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_SeveralBadSettings_OneLineEach()
    {
        _bot.Environment["Retrieval__K1"] = "abc";
        _bot.Environment["Discord__ShardId"] = "abc";
        _bot.Environment["Slack__RequestTimeout"] = "banana";

        var run = await _bot.RunAsync(string.Empty, []);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            [
                "KosovoBot cannot start: Discord:ShardId: 'abc' is not a whole number",
                "KosovoBot cannot start: Retrieval:K1: 'abc' is not a number",
                "KosovoBot cannot start: Slack:RequestTimeout: 'banana' is not a time span (hh:mm:ss)",
            ],
            lines.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_UnbindableSetting_ExitsOneNamingTheKey()
    {
        _bot.Environment["Retrieval__K1"] = "abc";

        var run = await _bot.RunAsync(string.Empty, "ask", "How many troops are in KFOR?");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("KosovoBot cannot start: Retrieval:K1: 'abc' is not a number", run.Error.Trim());
        Assert.Empty(run.Output);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
