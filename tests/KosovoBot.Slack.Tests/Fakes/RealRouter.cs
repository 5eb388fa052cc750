using KosovoBot.Core;
using KosovoBot.Core.Answers;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoBot.Slack.Tests.Fakes;

/// <summary>
/// Core's real router, commands, limits and <c>/kosovobot</c> (<c>AddKosovoBotCore</c>) over a fake answer service that
/// answers "Answer to: QUESTION" with one quote, for tests that go through the adapter to storage and back.
/// </summary>
internal static class RealRouter
{
    public static void AddTo(IServiceCollection services)
    {
        var knowledge = new FakeKnowledgeServices();
        services.AddSingleton<IAnswerService>(new FakeAnswerService(static question => new Answer
        {
            Question = question,
            Answered = true,
            Text = $"Answer to: {question}",
            Confidence = 0.8,
            Citations = [Citation.Of(TestStatements.Direct)],
        }));
        services.AddSingleton<ITimelineService>(knowledge);
        services.AddSingleton<IQuoteService>(knowledge);
        services.AddSingleton<ISourceCatalog>(knowledge);
        services.AddKosovoBotCore();
    }
}
