using KosovoBot.Core;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Control;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>
/// The core as the host composes it (router, limits, records, <c>/kosovobot</c>) over a fake answerer and fake knowledge,
/// for tests that drive the adapter end to end; settings, records and counters stay in memory.
/// </summary>
internal sealed class RealCore
{
    public FakeAnswerService Answers { get; } = new(TestStatements.AnsweredWithDirectQuote);

    /// <summary>Registers the core; pass to <see cref="DiscordHarness.Start"/> as <c>arrange</c>.</summary>
    public void Add(IServiceCollection services)
    {
        var knowledge = new FakeKnowledgeServices();
        services.AddSingleton<IAnswerService>(Answers);
        services.AddSingleton<ITimelineService>(knowledge);
        services.AddSingleton<ISourceCatalog>(knowledge);
        services.AddSingleton<IKnowledgeVersion>(new Snapshot());
        services.AddKosovoBotCore();
    }

    private sealed class Snapshot : IKnowledgeVersion
    {
        public string Current => "test-snapshot";
    }
}
