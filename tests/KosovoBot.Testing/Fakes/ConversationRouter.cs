using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Commands;
using KosovoBot.Core.Conversations;
using Microsoft.Extensions.Options;

namespace KosovoBot.Testing.Fakes;

/// <summary>
/// The real router and ask command with an in-memory conversation store over an answer service that answers
/// "Answer to: QUESTION" citing <see cref="TestStatements.Direct"/>, so a test sees which standalone question a
/// follow-up became.
/// </summary>
public sealed class ConversationRouter
{
    /// <summary>Creates the router; <paramref name="time"/> drives the store's expiry.</summary>
    public ConversationRouter(TimeProvider? time = null, ConversationOptions? options = null)
    {
        var clock = time ?? TimeProvider.System;
        Answers = new FakeAnswerService(static question => new Answer
        {
            Question = question,
            Answered = true,
            Text = $"Answer to: {question}",
            Confidence = 0.8,
            Citations = [Citation.Of(TestStatements.Direct)],
        });
        Store = new InMemoryConversationStore(Options.Create(options ?? new ConversationOptions()), clock);
        var knowledge = new FakeKnowledgeServices();
        Router = new ChatRouter(
        [
            new AskCommand(new ConversationAnswerer(Answers, Store, clock)), new DeadlinesCommand(knowledge),
            new QuoteCommand(knowledge), new SourcesCommand(knowledge), new HelpCommand(),
        ]);
    }

    /// <summary>The router to hand to an adapter.</summary>
    public IChatRouter Router { get; }

    /// <summary>The standalone questions the answer service received.</summary>
    public FakeAnswerService Answers { get; }

    /// <summary>The conversations.</summary>
    public InMemoryConversationStore Store { get; }
}
