using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Commands;
using KosovoBot.Testing.Fakes;

namespace KosovoBot.Core.Tests.Commands;

public sealed class ChatRouterTests
{
    private readonly FakeAnswerService _answers = new(TestStatements.AnsweredWithDirectQuote);
    private readonly ChatRouter _router;

    public ChatRouterTests()
    {
        var knowledge = new FakeKnowledgeServices();
        _router = new ChatRouter(
        [
            new AskCommand(_answers), new DeadlinesCommand(knowledge), new QuoteCommand(knowledge),
            new SourcesCommand(knowledge), new HelpCommand(),
        ]);
    }

    [Fact]
    public async Task RouteAsync_MentionWithQuestion_AsksWithoutMarkupAndReturnsQuotes()
    {
        var reply = await RouteAsync("<@U0LAN0Z89> when does the bridge reopen?");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("On Monday.", reply.Text);
        Assert.Equal("when does the bridge reopen?", Assert.Single(_answers.Questions));
        var citation = Assert.Single(reply.Citations);
        Assert.Equal("Mara Vell", citation.Speaker);
    }

    [Fact]
    public async Task RouteAsync_TypedQuoteCommand_ReturnsThatSpeakersQuotes()
    {
        var reply = await RouteAsync("/quote vell");

        Assert.Equal(ReplyKind.Quotes, reply.Kind);
        Assert.Equal(TestStatements.Direct.Text, Assert.Single(reply.Citations).Quote);
        Assert.Empty(_answers.Questions);
    }

    [Fact]
    public async Task RouteAsync_QuoteWithNoMatch_SaysSoWithEmptyList()
    {
        var reply = await RouteAsync("/quote Putin");

        Assert.Equal(ReplyKind.Quotes, reply.Kind);
        Assert.Empty(reply.Citations);
        Assert.Contains("Putin", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_PlatformCommand_UsesItsArgumentAsTheQuestion()
    {
        var reply = await _router.RouteAsync(
            new ChatRequest { Text = "is the bridge open?", Command = ChatCommandName.Ask, Origin = ChatOrigin.Console },
            CancellationToken.None);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("is the bridge open?", Assert.Single(_answers.Questions));
    }

    [Fact]
    public async Task RouteAsync_Deadlines_ReturnsTimelineWithArticleDate()
    {
        var reply = await RouteAsync("/deadlines");

        Assert.Equal(ReplyKind.Timeline, reply.Kind);
        Assert.Contains("March 6, 2020", reply.Text, StringComparison.Ordinal);
        Assert.Equal(2, reply.Timeline!.Items.Count);
    }

    [Fact]
    public async Task RouteAsync_Sources_ListsTheArticles()
    {
        var reply = await RouteAsync("/sources");

        Assert.Equal(ReplyKind.Sources, reply.Kind);
        Assert.Equal("Harbour Bridge to Reopen", Assert.Single(reply.Sources).Title);
    }

    [Fact]
    public async Task RouteAsync_Help_IsPrivateAndListsEveryCommand()
    {
        var reply = await RouteAsync("/help");

        Assert.True(reply.IsPrivate);
        Assert.Equal(HelpText.AllUsages, reply.Notices);
    }

    [Theory]
    [InlineData("/weather")]
    [InlineData("/quote")]
    [InlineData("<@U0LAN0Z89>")]
    public async Task RouteAsync_UnknownOrIncompleteCommand_IsPrivateErrorWithUsage(string text)
    {
        var reply = await RouteAsync(text);

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.True(reply.IsPrivate);
        Assert.NotEmpty(reply.Notices);
        Assert.Empty(_answers.Questions);
    }

    private Task<ChatReply> RouteAsync(string text) =>
        _router.RouteAsync(new ChatRequest { Text = text, Origin = ChatOrigin.Console }, CancellationToken.None);
}
