using System.Text.Json.Nodes;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Resilience;
using KosovoBot.Testing.Chat;
using KosovoBot.Testing.Fakes;
using KosovoBot.Testing.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Tests.Fakes;

/// <summary>
/// The real Slack adapter, composed by <c>AddSlackAdapter</c>, running against <see cref="FakeSlackServer"/> with
/// a <see cref="RecordingChatRouter"/>, fake time, a fixed jitter and a fake log collector. Every wait is bounded by <see cref="Timeout"/>.
/// </summary>
internal sealed class SlackAdapterHarness : IAsyncDisposable
{
    public const string BotToken = "xoxb-1111-2222-testbottoken";
    public const string AppToken = "xapp-1-A111-3333-testapptoken";

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));
    private readonly CancellationTokenSource _stop = new();
    private ServiceProvider _services = null!;
    private bool _ownsSlack = true;

    private SlackAdapterHarness(FakeSlackServer slack, SignalingTimeProvider time)
    {
        Slack = slack;
        Time = time;
    }

    public FakeSlackServer Slack { get; }

    public SignalingTimeProvider Time { get; }

    public RecordingChatRouter Router { get; } = new(_ => CannedReplies.Answer);

    public FakeLogCollector Logs { get; } = new();

    /// <summary>The settings the adapter reads (a channel's mode); a test sets them as an admin would.</summary>
    public InMemorySettingsStore Settings { get; } = new();

    /// <summary>Where feedback from the buttons and the form is kept.</summary>
    public SignalingQuestionRecords Records { get; } = new();

    public IServiceProvider Services => _services;

    public Task Run { get; private set; } = Task.CompletedTask;

    /// <summary>Cancelled when a test runs too long, so no await can hang.</summary>
    public CancellationToken Timeout => _timeout.Token;

    public static async Task<SlackAdapterHarness> StartAsync(
        Dictionary<string, string?>? settings = null,
        SignalingTimeProvider? time = null,
        Action<FakeSlackServer>? arrangeSlack = null,
        Action<IServiceCollection>? replaceServices = null,
        FakeSlackServer? sharedSlack = null)
    {
        var slack = sharedSlack ?? await FakeSlackServer.StartAsync();
        arrangeSlack?.Invoke(slack);
        var harness = new SlackAdapterHarness(slack, time ?? new SignalingTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero))) { _ownsSlack = sharedSlack is null };
        var values = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = BotToken,
            ["Slack:AppToken"] = AppToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:ReplyWorkers"] = "1", // answers go out in the order asked; "not answered" tests rely on it
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(harness.Logs)));
        services.AddSingleton<TimeProvider>(harness.Time);
        services.AddSingleton<IChatRouter>(harness.Router);
        services.AddSingleton<ISettingsStore>(harness.Settings);
        services.AddSingleton<IQuestionRecords>(harness.Records);
        services.AddSingleton<ChannelSettings>();
        services.AddKeyedSingleton<Random>(Backoff.RandomServiceKey, new FixedRandom(0.5)); // every backoff is first·2ⁿ·1.25
        replaceServices?.Invoke(services); // before AddSlackAdapter, whose defaults are TryAdd
        services.AddSlackAdapter(configuration);
        harness._services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _ = harness._services.GetRequiredService<IOptions<SlackOptions>>().Value; // what ValidateOnStart does in the host
        var adapter = harness._services.GetServices<IChatAdapter>().Single();
        harness.Run = adapter.RunAsync(harness._stop.Token);
        return harness;
    }

    /// <summary>Waits for the bot's next Socket Mode connection and says hello on it.</summary>
    public async Task<FakeSlackSocket> AcceptConnectionAsync()
    {
        var socket = await Slack.Connections.ReadAsync(Timeout);
        await socket.SendHelloAsync(Timeout);
        return socket;
    }

    public async Task<JsonObject> NextPostAsync() => await Slack.Posts.ReadAsync(Timeout);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (ChatAdapterFatalException)
        {
            // Asserted by the test that caused it.
        }
        catch (OperationCanceledException)
        {
            // Stopped during start-up.
        }

        await _services.DisposeAsync();
        if (_ownsSlack)
        {
            await Slack.DisposeAsync();
        }

        _timeout.Dispose();
        _stop.Dispose();
    }
}
