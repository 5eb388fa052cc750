using System.Text.Json;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Knowledge;
using KosovoBot.Slack.Protocol;
using KosovoBot.Slack.Rendering;
using KosovoBot.Slack.Tests.Fakes;

namespace KosovoBot.Slack.Tests;

public sealed class SlackRendererTests
{
    [Fact]
    public void Escape_ChannelPingAndAmpersand_Neutralised()
    {
        Assert.Equal("&lt;!channel&gt; R&amp;D &lt;@U123&gt; &lt;!here&gt;", Mrkdwn.Escape("<!channel> R&D <@U123> <!here>"));
    }

    [Fact]
    public void Render_UntrustedTextEverywhere_NoMentionSurvives()
    {
        var statement = CannedReplies.Statement("Ping <!channel> & <!here> now <@U999>", speaker: "<!everyone>", role: "R&D <b>");
        var reply = new ChatReply
        {
            Kind = ReplyKind.Answer,
            Text = "Hi <!channel> & all",
            Citations = [Citation.Of(statement)],
            Notices = ["see <https://evil.example|here>"],
        };

        var rendered = SlackRenderer.Render(reply);
        var json = JsonSerializer.Serialize(rendered.ToPostMessage("C1", "1.2"), SlackJsonContext.Default.PostMessageRequest);

        Assert.DoesNotContain("<!", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<http", json, StringComparison.Ordinal);
        Assert.Equal("Hi &lt;!channel&gt; &amp; all", rendered.Text);
        Assert.Equal("> Ping &lt;!channel&gt; &amp; &lt;!here&gt; now &lt;@U999&gt;", rendered.Blocks[1].Text!.Text);
        Assert.StartsWith("— *&lt;!everyone&gt;*, R&amp;D &lt;b&gt; (reported)", ContextText(rendered.Blocks[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongQuote_ShortenedAtWordBoundaryAttributionKept()
    {
        var words = string.Join(' ', Enumerable.Repeat("peacekeepers & troops", 400));
        var reply = new ChatReply { Kind = ReplyKind.Answer, Text = words, Citations = [Citation.Of(CannedReplies.Statement(words))] };

        var rendered = SlackRenderer.Render(reply);

        var answer = rendered.Blocks[0].Text!.Text;
        var quote = rendered.Blocks[1].Text!.Text;
        Assert.InRange(answer.Length, 2500, Mrkdwn.MaxSectionText);
        Assert.InRange(quote.Length, 2500, Mrkdwn.MaxSectionText);
        Assert.EndsWith("…", quote, StringComparison.Ordinal);
        Assert.Matches(@"(troops|peacekeepers|&amp;)…$", quote);
        Assert.Contains("*Jane Spokes*, Alliance spokeswoman", ContextText(rendered.Blocks[2]), StringComparison.Ordinal);
        Assert.True(rendered.Text.Length <= 3000);
    }

    [Fact]
    public void Shorten_NoSpaceNearLimit_NeverCutsAnEntity()
    {
        var text = new string('a', 2995) + "&amp;&amp;";

        var shortened = Mrkdwn.Shorten(text, 3000);

        Assert.Equal(new string('a', 2995) + "…", shortened);
    }

    [Fact]
    public void Render_ManyCitations_AtMost50BlocksEachQuoteWithItsAttribution()
    {
        var citations = Enumerable.Range(1, 60).Select(i => Citation.Of(CannedReplies.Statement($"Quote number {i}.", paragraph: i))).ToList();
        var reply = new ChatReply { Kind = ReplyKind.Quotes, Text = "Direct quotations:", Citations = citations, Notices = ["a notice"] };

        var blocks = SlackRenderer.Render(reply).Blocks;

        Assert.True(blocks.Count <= SlackRenderer.MaxBlocks);
        var quoteSections = blocks.Select((b, i) => (b, i)).Where(x => x.b.Text?.Text.StartsWith("> ", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(quoteSections);
        Assert.All(quoteSections, x => Assert.Equal("context", blocks[x.i + 1].Type));
        Assert.Contains(blocks, b => b.Type == "context" && ContextText(b).Contains("more not shown", StringComparison.Ordinal));
        Assert.Equal("a notice", ContextText(blocks[^1]));
    }

    [Fact]
    public void Render_Timeline_OneSectionPerDateInOrder()
    {
        var evidence = Citation.Of(CannedReplies.Statement("The deadline is Monday, December 10."));
        var timeline = new Timeline(new DateOnly(2007, 12, 7),
        [
            new TimelineItem
            {
                Date = ResolvedDate.OfDay(new DateOnly(2007, 12, 10)), Kind = "deadline", What = "Status deadline",
                Status = TimelineStatus.Upcoming, Evidence = evidence,
            },
            new TimelineItem
            {
                Date = ResolvedDate.OfPartOfMonth(2008, 1, MonthPart.Late), Kind = "expected", What = "Decision <expected>",
                Status = TimelineStatus.Upcoming, Evidence = evidence,
            },
        ]);
        var reply = new ChatReply { Kind = ReplyKind.Timeline, Text = "Dates in the news:", Timeline = timeline };

        var blocks = SlackRenderer.Render(reply).Blocks;

        Assert.Equal(["section", "section", "context", "section", "context"], blocks.Select(b => b.Type));
        Assert.StartsWith("*Monday, December 10, 2007* · deadline · upcoming\nStatus deadline\n> The deadline", blocks[1].Text!.Text, StringComparison.Ordinal);
        Assert.StartsWith("*late January 2008* · expected · upcoming\nDecision &lt;expected&gt;", blocks[3].Text!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PrivateReply_EphemeralSlashResponse()
    {
        var response = SlackRenderer.RenderSlashResponse(ChatReply.Error("Ask me a question.", "/ask QUESTION"));

        Assert.Equal("ephemeral", response.ResponseType);
        Assert.Equal("Ask me a question.", response.Text);
        Assert.Equal("/ask QUESTION", ContextText(response.Blocks![^1]));
    }

    private static string ContextText(Block block) => Assert.IsType<MrkdwnElement>(block.Elements![0]).Text;
}
