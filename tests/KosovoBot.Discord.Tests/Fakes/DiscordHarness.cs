using System.Text.Json.Nodes;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Resilience;
using KosovoBot.Testing.Chat;
using KosovoBot.Testing.Fakes;
using KosovoBot.Testing.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using KosovoBot.Testing;

namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>
/// Runs the real adapter, composed by <c>AddDiscordAdapter</c>, against a <see cref="FakeDiscordServer"/>
/// with a fake clock, a fixed jitter, a canned router and a log collector.
/// </summary>
internal sealed class DiscordHarness : IAsyncDisposable
{
    /// <summary>A well-formed token that is obviously not real.</summary>
    public const string Token = "test_token_kosovobot.fake.not_a_real_discord_token";

    /// <summary>The bot's own user id and application id, from the READY fixture.</summary>
    public const string BotId = "123456789012345678";

    private readonly CancellationTokenSource _stop = new();
    private bool _ownsServer = true;

    private DiscordHarness(FakeDiscordServer server, ServiceProvider provider, SignalingTimeProvider time, RecordingChatRouter router)
    {
        Server = server;
        Provider = provider;
        Time = time;
        Router = router;
        Logs = provider.GetFakeLogCollector();
        Adapter = provider.GetServices<IChatAdapter>().Single();
        Run = Adapter.RunAsync(_stop.Token);
    }

    public FakeDiscordServer Server { get; }

    public ServiceProvider Provider { get; }

    public SignalingTimeProvider Time { get; }

    public RecordingChatRouter Router { get; }

    public FakeLogCollector Logs { get; }

    public IChatAdapter Adapter { get; }

    /// <summary>The adapter's <c>RunAsync</c>.</summary>
    public Task Run { get; }

    /// <summary>
    /// Starts against a new fake Discord; the fake clock starts at <paramref name="now"/> when given, and
    /// <paramref name="router"/> replaces the canned router (e.g. the real one with conversations).
    /// </summary>
    public static async Task<DiscordHarness> StartAsync(IDictionary<string, string?>? settings = null, DateTimeOffset? now = null, IChatRouter? router = null) =>
        Start(await FakeDiscordServer.StartAsync(), _ => { }, settings, now, router);

    /// <summary>
    /// Starts against <paramref name="server"/>, which it then owns unless <paramref name="shared"/> (a second process
    /// on the same fake Discord), after <paramref name="prepare"/> scripted it. <paramref name="time"/> may be shared
    /// too; <paramref name="arrange"/> registers services before the adapter's defaults.
    /// </summary>
    public static DiscordHarness Start(
        FakeDiscordServer server,
        Action<FakeDiscordServer> prepare,
        IDictionary<string, string?>? settings = null,
        DateTimeOffset? now = null,
        IChatRouter? router = null,
        SignalingTimeProvider? time = null,
        Action<IServiceCollection>? arrange = null,
        bool shared = false)
    {
        prepare(server);
        var values = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl.AbsoluteUri,
            // The /gateway/bot fixture recommends 9 shards; most tests watch one.
            ["Discord:ShardCount"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        time ??= new SignalingTimeProvider(now ?? new DateTimeOffset(2007, 12, 7, 12, 0, 0, TimeSpan.Zero));
        var fake = new RecordingChatRouter(SampleReplies.For);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging(options =>
        {
            if (Environment.GetEnvironmentVariable("DISCORD_TEST_TRACE") is not null)
            {
                options.OutputSink = Console.Error.WriteLine;
            }
        }));
        services.AddSingleton<TimeProvider>(time);
        services.AddKeyedSingleton<Random>(Backoff.RandomServiceKey, new FixedRandom(0.5));
        services.AddSingleton(router ?? fake);
        services.AddSingleton<IQuoteService, FakeQuoteService>();
        arrange?.Invoke(services);
        services.TryAddSingleton<ISettingsStore, InMemorySettingsStore>();
        services.TryAddSingleton<IQuestionRecords, InMemoryQuestionRecords>();
        services.TryAddSingleton<IRateCounters, InMemoryRateCounters>();
        services.TryAddSingleton<ChannelSettings>();
        services.AddDiscordAdapter(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new DiscordHarness(server, provider, time, fake) { _ownsServer = !shared };
    }

    /// <summary>Accepts the next connection, says Hello and returns the bot's first frame (Identify or Resume).</summary>
    public async Task<(FakeGatewayConnection Connection, JsonObject Handshake)> AcceptAsync(CancellationToken cancellationToken)
    {
        var connection = await Server.NextConnectionAsync(cancellationToken);
        await connection.SendAsync(Fixtures.Json("gateway-hello.json"), cancellationToken);
        var handshake = await connection.ReceiveAsync(cancellationToken);
        return (connection, handshake);
    }

    /// <summary>Connects, identifies and sends READY (sequence 1) with the fake's resume URL.</summary>
    public async Task<FakeGatewayConnection> ConnectReadyAsync(CancellationToken cancellationToken)
    {
        var (connection, _) = await AcceptAsync(cancellationToken);
        var ready = Fixtures.Json("gateway-ready.json");
        ready["d"]!["resume_gateway_url"] = Server.ResumeUrl.AbsoluteUri;
        await connection.SendAsync(ready, cancellationToken);
        return connection;
    }

    /// <summary>A guild MESSAGE_CREATE from the fixture with the given id and text.</summary>
    public static JsonObject GuildMessage(string id, string content)
    {
        var message = Fixtures.Json("gateway-message-create.json")["d"]!.AsObject();
        message["id"] = id;
        message["content"] = content;
        return message;
    }

    /// <summary>A DM: the fixture message without <c>guild_id</c> and <c>member</c>.</summary>
    public static JsonObject DirectMessage(string id, string content)
    {
        var message = GuildMessage(id, content);
        message.Remove("guild_id");
        message.Remove("member");
        message["channel_type"] = 1;
        message["channel_id"] = "100000000000000001";
        return message;
    }

    /// <summary>The slash-command fixture turned into <c>/name</c> with one string option.</summary>
    public static JsonObject Command(string id, string name, string? optionName = null, string? value = null)
    {
        var interaction = Fixtures.Json("interaction-create-slash-command.json");
        interaction["id"] = id;
        var data = interaction["data"]!.AsObject();
        data["name"] = name;
        data["options"] = optionName is null
            ? new JsonArray()
            : new JsonArray(new JsonObject { ["type"] = 3, ["name"] = optionName, ["value"] = value });
        return interaction;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is ChatAdapterFatalException or OperationCanceledException)
        {
            // Tests that expect a fatal stop assert it themselves.
        }

        await Provider.DisposeAsync();
        if (_ownsServer)
        {
            await Server.DisposeAsync();
        }

        _stop.Dispose();
    }
}
