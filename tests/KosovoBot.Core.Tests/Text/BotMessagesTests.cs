using System.Text.RegularExpressions;
using System.Xml.Linq;
using KosovoBot.Core.Text;

namespace KosovoBot.Core.Tests.Text;

/// <summary>
/// The bot's sentences live in <c>BotMessages.resx</c>: what the file says is what the bot says, and no reply sentence
/// is written into the code instead.
/// </summary>
public sealed partial class BotMessagesTests
{
    private static readonly string SourceRoot = FindSourceRoot();

    [Fact]
    public void EveryValueInTheResourceFileIsTheSentenceTheBotUses()
    {
        // Rewording a value in the file is all an operator does; the bot must then say the new words.
        var file = XDocument.Load(Path.Combine(SourceRoot, "src", "KosovoBot.Core", "Text", "BotMessages.resx"));
        var entries = file.Root!.Elements("data").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var name = entry.Attribute("name")!.Value;
            var property = typeof(BotMessages).GetProperty(name);
            Assert.True(property is not null, $"BotMessages has no {name}");
            Assert.Equal(entry.Element("value")!.Value, (string?)property.GetValue(null));
        }
    }

    [Fact]
    public void AFollowUpSentenceComesFromTheResourceFile()
    {
        Assert.Equal(
            "My articles quote nothing else by Ana Kovac.",
            BotText.Format(BotMessages.FollowUpNothingMoreBy, "Ana Kovac"));
        Assert.Equal(
            "On Friday: 3 days before the article (March 8, 2024).",
            BotText.Format(BotMessages.TimeBeforeArticle, "On Friday", BotText.Format(BotMessages.SpanDays, 3), new DateOnly(2024, 3, 8)));
    }

    [Fact]
    public void NoReplySentenceIsWrittenInTheCode()
    {
        // A reply built from a literal ("ChatReply.Error(\"Sorry ...\")", "Text = \"I answer ...\"") cannot be reworded
        // or translated: it belongs in BotMessages.resx.
        var offenders = Directory.EnumerateFiles(Path.Combine(SourceRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(static f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(static f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(static l => LiteralReply().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(SourceRoot, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Reply sentences written in code:\n" + string.Join('\n', offenders));
    }

    // ChatReply.Error("...")/Notice("...") with a literal, or a reply's Text or Notices given a sentence literal.
    [GeneratedRegex("""ChatReply\.(?:Error|Notice)\(\s*\$?@?"|\b(?:Text|Notices)\s*=\s*\[?\s*\$?@?"[A-Z][a-z']* [a-z]""")]
    private static partial Regex LiteralReply();

    private static string FindSourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KosovoBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("These tests read the source tree: run them from a checkout of the repository.");
    }
}
