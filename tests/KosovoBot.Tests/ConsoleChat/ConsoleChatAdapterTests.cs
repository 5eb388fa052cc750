using KosovoBot.ConsoleChat;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Commands;
using KosovoBot.Core.Health;
using KosovoBot.Core.Text;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoBot.Tests.ConsoleChat;

public sealed class ConsoleChatAdapterTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RunAsync_QuestionsAndCommands_AnswersEachThenStopsAtEndOfInput()
    {
        var output = await ChatAsync(
            "when does the bridge reopen?\n\n/quote vell\n/deadlines\n/help\n",
            new FakeAnswerService(TestStatements.AnsweredWithDirectQuote));

        Assert.Contains("On Monday.", output, StringComparison.Ordinal);
        Assert.Contains("  > " + TestStatements.Direct.Text + "\n", output, StringComparison.Ordinal);
        Assert.Contains("Mara Vell, city engineer", output, StringComparison.Ordinal);
        Assert.Contains("Monday, March 9, 2020 (2020-03-09, day)  upcoming", output, StringComparison.Ordinal);
        Assert.Contains(HelpText.QuoteUsage, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FollowUp_IsReadWithTheEarlierQuestionUntilNew()
    {
        var conversations = new ConversationRouter();

        var text = await ChatAsync("Will the bridge reopen on Monday?\nwhy?\n/new\nwhy?\n/help\n", conversations);

        Assert.Contains("Reading this as: Why will the bridge reopen on Monday?\nAnswer to: Why will the bridge reopen on Monday?", text, StringComparison.Ordinal);
        Assert.Contains("Started a new conversation", text, StringComparison.Ordinal);
        Assert.Contains("> Answer to: why?", text, StringComparison.Ordinal);
        Assert.Contains(BotMessages.ConsoleHelpNew, text, StringComparison.Ordinal);
        Assert.Equal(["Will the bridge reopen on Monday?", "Why will the bridge reopen on Monday?", "why?"], conversations.Answers.Questions);
    }

    [Fact]
    public async Task RunAsync_FollowUpReadWithContext_ShowsWhatItFollowsNotTheContextTail()
    {
        var conversations = new ConversationRouter();

        var text = await ChatAsync("Will the bridge reopen on Monday?\nWhat is the toll of the bridge?\n", conversations);

        var reading = text.Split('\n').Single(line => line.Contains("Reading this as", StringComparison.Ordinal));
        Assert.Equal("> Reading this as: What is the toll of the bridge? (following \"Will the bridge reopen on Monday?\")", reading);
        Assert.StartsWith("What is the toll of the bridge? (context: Will the bridge reopen on Monday?", conversations.Answers.Questions.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_KosovobotLine_IsSentAsTheAdmin()
    {
        var router = new RecordingRouter();
        var adapter = new ConsoleChatAdapter(
            router, new ConsoleStreams(new StringReader("/kosovobot gaps\n"), new StringWriter(), TextWriter.Null), new AdapterConnections(), NullLogger<ConsoleChatAdapter>.Instance);
        using var timeout = new CancellationTokenSource(Timeout);

        await adapter.RunAsync(timeout.Token);

        var request = Assert.Single(router.Requests);
        Assert.Equal("/kosovobot gaps", request.Text);
        Assert.True(request.IsAdmin);
    }

    [Fact]
    public async Task RunAsync_QuitCommand_StopsBeforeLaterLines()
    {
        var answers = new FakeAnswerService(TestStatements.AnsweredWithDirectQuote);

        await ChatAsync("/quit\nwhen does the bridge reopen?\n", answers);

        Assert.Empty(answers.Questions);
    }

    [Fact]
    public async Task RunAsync_OneQuestionFails_SaysSoAndKeepsChatting()
    {
        var answers = new FakeAnswerService(q => q.Contains("boom", StringComparison.Ordinal)
            ? throw new InvalidOperationException("index unavailable")
            : TestStatements.AnsweredWithDirectQuote(q));

        var output = await ChatAsync("boom?\nwhen does the bridge reopen?\n", answers);

        Assert.Contains("something went wrong", output, StringComparison.Ordinal);
        Assert.Contains("On Monday.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("index unavailable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HostStopping_ReturnsWhileWaitingForInput()
    {
        using var input = new BlockingReader();
        var adapter = CreateAdapter(input, new StringWriter(), new FakeAnswerService(TestStatements.AnsweredWithDirectQuote));
        using var stop = new CancellationTokenSource();

        // Started on the pool so that an adapter that blocks inside the read cannot block the test itself.
        var run = Task.Run(() => adapter.RunAsync(stop.Token));
        await input.ReadStarted.Task.WaitAsync(Timeout);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(Timeout));
    }

    [Theory]
    [InlineData("/quit now")]
    [InlineData("/exit please")]
    [InlineData("  /QUIT  ")]
    public async Task RunAsync_QuitWithWordsAfterIt_Stops(string quit)
    {
        var answers = new FakeAnswerService(TestStatements.AnsweredWithDirectQuote);

        var output = await ChatAsync(quit + "\nwhen does the bridge reopen?\n", answers);

        Assert.Empty(answers.Questions);
        Assert.DoesNotContain("don't know the command", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Help_ListsQuitAndSaysNothingAboutMentionsOrDirectMessages()
    {
        var output = await ChatAsync("/help\n", new FakeAnswerService(TestStatements.AnsweredWithDirectQuote));

        Assert.Contains("/quit: leave", output[output.IndexOf(HelpText.AskUsage, StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains(HelpText.AskUsage, output, StringComparison.Ordinal);
        Assert.DoesNotContain("mention", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("direct message", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RunAsync_TerminalEscapeSequencesInInput_AreNotEchoed()
    {
        var answers = new FakeAnswerService(q => TestStatements.AnsweredWithDirectQuote(q) with { Text = "You asked: " + q });

        var output = await ChatAsync("/x\u001b]0;pwned\u0007y\nwhen\u001b[2J does\u009b the bridge reopen?\n", answers);

        Assert.Contains("don't know the command", output, StringComparison.Ordinal);
        Assert.Contains("You asked: when[2J does the bridge reopen?", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output, c => char.IsControl(c) && c is not '\n' and not '\r');
    }

    private static async Task<string> ChatAsync(string input, IAnswerService answers)
    {
        using var output = new StringWriter();
        var adapter = CreateAdapter(new StringReader(input), output, answers);
        using var timeout = new CancellationTokenSource(Timeout);
        await adapter.RunAsync(timeout.Token);
        return output.ToString();
    }

    /// <summary>Chats through the real router with a conversation store, so follow-ups are read with what came before.</summary>
    private static async Task<string> ChatAsync(string input, ConversationRouter conversations)
    {
        using var output = new StringWriter();
        var adapter = new ConsoleChatAdapter(
            conversations.Router,
            new ConsoleStreams(new StringReader(input), output, TextWriter.Null),
            new AdapterConnections(),
            NullLogger<ConsoleChatAdapter>.Instance,
            conversations.Store);
        using var timeout = new CancellationTokenSource(Timeout);
        await adapter.RunAsync(timeout.Token);
        return output.ToString();
    }

    private static ConsoleChatAdapter CreateAdapter(TextReader input, TextWriter output, IAnswerService answers)
    {
        var knowledge = new FakeKnowledgeServices();
        var router = new ChatRouter(
        [
            new AskCommand(answers), new DeadlinesCommand(knowledge), new QuoteCommand(knowledge),
            new SourcesCommand(knowledge), new HelpCommand(),
        ]);
        return new ConsoleChatAdapter(router, new ConsoleStreams(input, output, TextWriter.Null), new AdapterConnections(), NullLogger<ConsoleChatAdapter>.Instance);
    }

    /// <summary>A router that keeps the requests it is given and answers each with a notice.</summary>
    private sealed class RecordingRouter : IChatRouter
    {
        public List<ChatRequest> Requests { get; } = [];

        public Task<ChatReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(ChatReply.Notice("ok"));
        }
    }

    /// <summary>A terminal with nobody typing: like Console.In, a read blocks its thread and ignores the token.</summary>
    private sealed class BlockingReader : TextReader
    {
        private readonly ManualResetEventSlim _typed = new();

        public TaskCompletionSource ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            ReadStarted.TrySetResult();
            _typed.Wait(CancellationToken.None);
            return ValueTask.FromResult<string?>(null);
        }

        protected override void Dispose(bool disposing)
        {
            // Releases the abandoned read at the end of the test.
            // Not disposed: the abandoned read may still be returning from Wait.
            _typed.Set();
            base.Dispose(disposing);
        }
    }
}
