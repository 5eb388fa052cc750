using System.Text.Json;
using System.Text.Json.Nodes;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rendering;
using KosovoBot.Discord.Tests.Fakes;

namespace KosovoBot.Discord.Tests.Rendering;

public sealed class DiscordRendererTests
{
    private static readonly string LongQuote = string.Join(' ', Enumerable.Repeat("NATO ministers agreed to keep KFOR at strength.", 60));

    [Fact]
    public void Render_LongQuote_ShortensTheQuoteAtAWordButKeepsTheAttribution()
    {
        var statement = SampleReplies.Troops with { Text = LongQuote };
        var reply = SampleReplies.Answer with { Citations = [Citation.Of(statement)] };

        var field = Assert.Single(DiscordRenderer.Render(reply).Embeds.Single().Fields!);

        Assert.True(field.Value.Length <= DiscordLimits.FieldValue);
        Assert.EndsWith("— *NATO to Stay in Kosovo*, VOA, Stefan Bos, 2007-12-07, paragraph 2", field.Value, StringComparison.Ordinal);
        Assert.Equal("James Appathurai, NATO spokesman (reported)", field.Name);
        var quote = field.Value.Split('\n')[0];
        Assert.StartsWith("> ", quote, StringComparison.Ordinal);
        Assert.EndsWith("…", quote, StringComparison.Ordinal);
        var kept = quote[2..^1];
        Assert.StartsWith(kept, LongQuote, StringComparison.Ordinal);
        Assert.Equal(' ', LongQuote[kept.Length]);
    }

    [Fact]
    public void Render_ManyCitations_StaysWithinFieldCountAndTotalLimits()
    {
        var citations = Enumerable.Range(1, 40)
            .Select(i => Citation.Of(SampleReplies.Troops with { Ordinal = i, Text = LongQuote[..(300 + i)] }))
            .ToList();
        var reply = SampleReplies.Answer with { Citations = citations };

        var embed = DiscordRenderer.Render(reply).Embeds.Single();

        Assert.True(embed.Fields!.Count <= DiscordLimits.EmbedFields);
        Assert.True(TotalLength(embed) <= DiscordLimits.EmbedTotal, $"{TotalLength(embed)} characters");
        Assert.Contains("more not shown", embed.Footer!.Text, StringComparison.Ordinal);
        Assert.All(embed.Fields, f => Assert.Contains("paragraph 2", f.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_LongAnswer_ContentStaysWithin2000()
    {
        var reply = SampleReplies.Answer with { Text = LongQuote, Citations = [] };

        var rendered = DiscordRenderer.Render(reply);

        Assert.True(rendered.Content!.Length <= DiscordLimits.Content);
        Assert.EndsWith("…", rendered.Content, StringComparison.Ordinal);
        Assert.Empty(rendered.Embeds);
    }

    [Fact]
    public void Render_Narration_SaysItIsTheArticle()
    {
        var reply = SampleReplies.Answer with { Citations = [Citation.Of(SampleReplies.Troops with { Speaker = null, Role = null, Kind = Core.Knowledge.StatementKind.Narrative })] };

        var field = DiscordRenderer.Render(reply).Embeds.Single().Fields!.Single();

        Assert.Equal("The article (reporter)", field.Name);
    }

    [Fact]
    public void Render_Sources_ListsOutletAuthorAndDate()
    {
        var field = DiscordRenderer.Render(SampleReplies.Sources).Embeds.Single().Fields!.Single();

        Assert.Equal("NATO to Stay in Kosovo", field.Name);
        Assert.Equal("VOA (Voice of America) · Stefan Bos · 2007-12-07", field.Value);
    }

    [Fact]
    public void Render_ErrorWithNotices_IsPlainContent()
    {
        var rendered = DiscordRenderer.Render(SampleReplies.Usage);

        Assert.Equal("Ask a question after /ask.\n/ask question", rendered.Content);
        Assert.Empty(rendered.Embeds);
    }

    [Fact]
    public void ToReply_TextThatPingsEveryone_StillAllowsNoMentions()
    {
        var reply = SampleReplies.Answer with { Text = "@everyone <@&1234> and <@5678> 👋", Citations = [] };

        var json = JsonSerializer.Serialize(DiscordRenderer.Render(reply).ToReply("1"), DiscordJsonContext.Default.CreateMessageRequest);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"parse":[]}"""), JsonNode.Parse(json)!["allowed_mentions"]));
    }

    private static int TotalLength(Embed embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
        + (embed.Fields ?? []).Sum(f => f.Name.Length + f.Value.Length);
}
