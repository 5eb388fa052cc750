using KosovoBot.Core;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Core.Tests.Control;

/// <summary>The core as the host composes it, over a fake answerer, fake knowledge and a fake clock.</summary>
internal sealed class GovernedBot : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));

    public GovernedBot(Func<string, Answer>? answer = null, LimitsOptions? limits = null, params IChannelMessageAccess[] access)
    {
        Answers = new FakeAnswerService(answer ?? TestStatements.AnsweredWithDirectQuote);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IAnswerService>(Answers);
        var knowledge = new FakeKnowledgeServices();
        services.AddSingleton<ITimelineService>(knowledge);
        services.AddSingleton<IQuoteService>(knowledge);
        services.AddSingleton<ISourceCatalog>(knowledge);
        services.AddSingleton<IKnowledgeVersion>(new FixedVersion("snap-1"));
        foreach (var check in access)
        {
            services.AddSingleton(check);
        }

        services.AddKosovoBotCore();
        if (limits is not null)
        {
            services.AddSingleton<IOptionsMonitor<LimitsOptions>>(new FixedLimits(limits));
        }

        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>Ends a test that hangs; everything here completes synchronously in memory.</summary>
    public CancellationToken Token => _timeout.Token;

    public FakeAnswerService Answers { get; }

    public IChatRouter Router => _provider.GetRequiredService<IChatRouter>();

    public ISettingsStore Settings => _provider.GetRequiredService<ISettingsStore>();

    public IQuestionRecords Records => _provider.GetRequiredService<IQuestionRecords>();

    public ChannelSettings Channels => _provider.GetRequiredService<ChannelSettings>();

    public static ChatOrigin Discord(string user = "U1", string channel = "C1", string server = "G1") =>
        new("discord", channel, user, IsDirectMessage: false) { ServerId = server };

    public Task<ChatReply> AskAsync(string question, ChatOrigin? origin = null, bool record = true, bool isPrivate = false) =>
        Router.RouteAsync(
            new ChatRequest { Text = question, Origin = origin ?? Discord(), Record = record, Private = isPrivate },
            Token);

    public Task<ChatReply> ManageAsync(string line, ChatOrigin? origin = null, bool admin = true) =>
        Router.RouteAsync(
            new ChatRequest { Text = line, Command = ChatCommandName.Manage, Origin = origin ?? Discord(), IsAdmin = admin, Record = true },
            Token);

    public void Dispose()
    {
        _provider.Dispose();
        _timeout.Dispose();
    }

    private sealed class FixedVersion(string id) : IKnowledgeVersion
    {
        public string Current => id;
    }

    private sealed class FixedLimits(LimitsOptions value) : IOptionsMonitor<LimitsOptions>
    {
        public LimitsOptions CurrentValue => value;

        public LimitsOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<LimitsOptions, string?> listener) => null;
    }
}
