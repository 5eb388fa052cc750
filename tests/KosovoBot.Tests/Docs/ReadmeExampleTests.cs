using System.Text.Json;
using System.Text.RegularExpressions;
using KosovoBot.Tests.Support;

namespace KosovoBot.Tests.Docs;

/// <summary>The README's examples, run as written against the real executable.</summary>
public sealed partial class ReadmeExampleTests : IDisposable
{
    private const string NewArticle = """
        Ferry Line Resumes After Storm

        The ferry line between the two harbours resumed on Tuesday after a week of storms, the port authority said.

        "The boats are running on the summer timetable again," said harbour master Ilir Dema.
        """;

    private static readonly string Readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md"));

    private readonly BotProcess _bot = new();

    [Fact]
    public async Task AskJsonExample_IsWhatTheBotPrints()
    {
        var documented = JsonDocument.Parse(CodeBlockAfter("`ask --json` object", "json")).RootElement;

        var run = await _bot.RunAsync(string.Empty, "ask", "--json", documented.GetProperty("question").GetString()!);

        Assert.Equal(0, run.ExitCode);
        var printed = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(Names(documented), Names(printed));
        Assert.Equal(documented.GetProperty("answered").GetBoolean(), printed.GetProperty("answered").GetBoolean());
        Assert.Equal(documented.GetProperty("answer").GetString(), printed.GetProperty("answer").GetString());
        Assert.InRange(printed.GetProperty("confidence").GetDouble(), 0, 1);
        var shown = documented.GetProperty("citations")[0];
        var first = printed.GetProperty("citations")[0];
        Assert.Equal(Names(shown), Names(first));
        Assert.Equal(Names(shown.GetProperty("source")), Names(first.GetProperty("source")));
        Assert.Equal(shown.GetProperty("quote").GetString(), first.GetProperty("quote").GetString());
        Assert.Equal(shown.GetProperty("speaker").GetString(), first.GetProperty("speaker").GetString());
        Assert.Equal(shown.GetProperty("source").GetRawText(), first.GetProperty("source").GetRawText(), JsonWhitespaceInsensitive.Instance);
    }

    [Fact]
    public async Task ImportExample_ImportsANewArticle()
    {
        var command = CommandLine().Match(CodeBlockAfter("Put the raw text in `seeds/`", "bash"));
        Assert.True(command.Success, "the README shows no 'knowledge import' command");
        var args = Words(command.Groups["args"].Value);
        var seed = args.Single(a => a.StartsWith("seeds/", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(_bot.WorkingDirectory, "seeds"));
        await File.WriteAllTextAsync(Path.Combine(_bot.WorkingDirectory, seed), NewArticle);

        var run = await _bot.RunAsync(string.Empty, args);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Wrote knowledge/", run.Output, StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(_bot.KnowledgeDirectory, "*.md").Length);
        var check = await _bot.RunAsync(string.Empty, "knowledge", "check");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("Ilir Dema", check.Output, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();

    private static string CodeBlockAfter(string marker, string language)
    {
        var at = Readme.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the README no longer says '{marker}'");
        var open = Readme.IndexOf("```" + language + "\n", at, StringComparison.Ordinal) + language.Length + 4;
        return Readme[open..Readme.IndexOf("```", open, StringComparison.Ordinal)];
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    // Splits a shell command line into words, honouring double quotes (all the README uses).
    private static string[] Words(string line) =>
        [.. ShellWord().Matches(line).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value)];

    [GeneratedRegex(@"dotnet run --project src/KosovoBot -- (?<args>knowledge import [^\n]+)")]
    private static partial Regex CommandLine();

    [GeneratedRegex(@"""(?<quoted>[^""]*)""|[^\s""]+")]
    private static partial Regex ShellWord();

    private sealed class JsonWhitespaceInsensitive : IEqualityComparer<string>
    {
        public static readonly JsonWhitespaceInsensitive Instance = new();

        public bool Equals(string? x, string? y) =>
            JsonSerializer.Serialize(JsonDocument.Parse(x!).RootElement) == JsonSerializer.Serialize(JsonDocument.Parse(y!).RootElement);

        public int GetHashCode(string obj) => 0;
    }
}
