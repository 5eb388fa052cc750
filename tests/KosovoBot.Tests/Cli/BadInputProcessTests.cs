using System.Text;
using System.Text.Json;
using KosovoBot.Tests.Support;

namespace KosovoBot.Tests.Cli;

/// <summary>What a user sees when the command line or the files given to it are hostile or broken.</summary>
public sealed class BadInputProcessTests : IDisposable
{
    private const string RawArticle = """
        Bridge Reopens After Repairs

        Ana Petrovic reports for WNS from Pristina.

        The harbour bridge reopened on Monday after six weeks of repairs, the city said.

        "Traffic will flow normally again," said Mara Vell, the city engineer.
        """;

    private readonly BotProcess _bot = new();

    [Theory]
    [InlineData("../README")]
    [InlineData("../seeds/evil")]
    [InlineData("Upper-Case")]
    [InlineData("with space")]
    [InlineData("/tmp/abs")]
    public async Task KnowledgeImport_IdThatIsNotASlug_IsAUsageErrorAndWritesNothing(string id)
    {
        var readme = Path.Combine(_bot.WorkingDirectory, "README.md");
        await File.WriteAllTextAsync(readme, "keep me\n");
        var seed = await WriteSeedAsync(Encoding.UTF8.GetBytes(RawArticle));
        var before = Directory.GetFiles(_bot.WorkingDirectory, "*", SearchOption.AllDirectories).Order().ToList();

        var run = await _bot.RunAsync(string.Empty, "knowledge", "import", seed, "--published", "2020-03-06", "--id", id, "--force");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--id", run.Error, StringComparison.Ordinal);
        Assert.Equal("keep me\n", await File.ReadAllTextAsync(readme));
        Assert.Equal(before, Directory.GetFiles(_bot.WorkingDirectory, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public async Task KnowledgeImport_SlugId_WritesInsideTheKnowledgeFolder()
    {
        var seed = await WriteSeedAsync(Encoding.UTF8.GetBytes(RawArticle));

        var run = await _bot.RunAsync(string.Empty, "knowledge", "import", seed, "--published", "2020-03-06", "--id", "bridge-2");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(_bot.KnowledgeDirectory, "bridge-2.md")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task KnowledgeImport_TargetIsALinkOutOfTheFolder_IsRefusedAndWritesNothing(bool linkedFileExists)
    {
        var readme = Path.Combine(_bot.WorkingDirectory, "README.md");
        if (linkedFileExists)
        {
            await File.WriteAllTextAsync(readme, "keep me\n");
        }

        File.CreateSymbolicLink(Path.Combine(_bot.KnowledgeDirectory, "bridge.md"), readme);
        var seed = await WriteSeedAsync(Encoding.UTF8.GetBytes(RawArticle));

        var run = await _bot.RunAsync(string.Empty, "knowledge", "import", seed, "--published", "2020-03-06", "--id", "bridge", "--force");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("outside the knowledge folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(linkedFileExists ? "keep me\n" : null, File.Exists(readme) ? await File.ReadAllTextAsync(readme) : null);
    }

    [Fact]
    public async Task KnowledgeImport_FileOverMaxFileBytes_IsRefusedAndWritesNothing()
    {
        _bot.Environment["Knowledge__MaxFileBytes"] = "1024";
        var seed = await WriteSeedAsync(Encoding.UTF8.GetBytes(RawArticle + new string('\n', 2000)));

        var run = await _bot.RunAsync(string.Empty, "knowledge", "import", seed, "--published", "2020-03-06", "--id", "bridge");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("seed.txt: larger than 1,024 bytes", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_bot.KnowledgeDirectory, "bridge.md")));
    }

    [Fact]
    public async Task KnowledgeImport_Latin1File_IsRefusedWithFileLineNotUtf8()
    {
        var latin1 = Encoding.Latin1.GetBytes(RawArticle.Replace("Mara Vell", "Jos\u00e9 Vell", StringComparison.Ordinal));
        var seed = await WriteSeedAsync(latin1);

        var run = await _bot.RunAsync(string.Empty, "knowledge", "import", seed, "--published", "2020-03-06");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("seed.txt:7: not UTF-8", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(_bot.KnowledgeDirectory).Length);
    }

    [Fact]
    public async Task KnowledgeImport_Latin1FileWithEncodingOption_KeepsTheAccents()
    {
        var latin1 = Encoding.Latin1.GetBytes(RawArticle.Replace("Mara Vell", "Jos\u00e9 Vell", StringComparison.Ordinal));
        var seed = await WriteSeedAsync(latin1);

        var run = await _bot.RunAsync(string.Empty, "knowledge", "import", seed, "--published", "2020-03-06", "--id", "bridge", "--encoding", "latin1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Jos\u00e9 Vell", await File.ReadAllTextAsync(Path.Combine(_bot.KnowledgeDirectory, "bridge.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnowledgeCheck_RandomBytesAfterFrontMatter_IsRefusedWithFileLineNotUtf8()
    {
        var good = "---\nid: junk\ntitle: Junk\noutlet: X\nauthor: Y\npublished: 2020-01-01\n---\n\nA fine sentence.\n"u8.ToArray();
        byte[] junk = [0xC3, 0x28, 0xFF, 0xFE, 0x80, 0x41, 0x0A];
        await File.WriteAllBytesAsync(Path.Combine(_bot.KnowledgeDirectory, "junk.md"), [.. good, .. junk]);

        var run = await _bot.RunAsync(string.Empty, "knowledge", "check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("knowledge/junk.md:10: not UTF-8", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnowledgeCheck_FileOverMaxFileBytes_IsRefusedAsLargerThanTheLimit()
    {
        _bot.Environment["Knowledge__MaxFileBytes"] = "4096";
        var body = string.Join("\n\n", Enumerable.Repeat("The harbour bridge reopened on Monday, the city said.", 100));
        await File.WriteAllTextAsync(
            Path.Combine(_bot.KnowledgeDirectory, "huge.md"),
            "---\nid: huge\ntitle: Huge\noutlet: X\nauthor: Y\npublished: 2020-01-01\n---\n\n" + body + "\n");

        var run = await _bot.RunAsync(string.Empty, "knowledge", "check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("knowledge/huge.md: larger than 4,096 bytes", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@KosovoBot how many troops are in KFOR?")]
    [InlineData("@KosovoBot", "how", "many", "troops", "are", "in", "KFOR?")]
    public async Task Ask_QuestionStartingWithAt_IsAQuestionNotAResponseFile(params string[] words)
    {
        var run = await _bot.RunAsync(string.Empty, ["ask", "--json", .. words]);

        Assert.Equal(0, run.ExitCode);
        var answer = JsonDocument.Parse(run.Output).RootElement;
        Assert.True(answer.GetProperty("answered").GetBoolean());
        Assert.Contains("16,000", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_AtPathOfAFile_DoesNotReadTheFile()
    {
        var secret = Path.Combine(_bot.WorkingDirectory, "secret.txt");
        await File.WriteAllTextAsync(secret, "How many troops are in KFOR?");

        var run = await _bot.RunAsync(string.Empty, "ask", "--json", "@" + secret);

        Assert.Equal(0, run.ExitCode);
        var answer = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("@" + secret, answer.GetProperty("question").GetString());
        Assert.DoesNotContain("16,000", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ask", "How many troops are in KFOR?")]
    [InlineData("sources")]
    [InlineData("deadlines")]
    [InlineData("quote", "Appathurai")]
    public async Task Verb_MissingKnowledgeFolder_ExitsOneNamingTheSettingAndTheFolder(params string[] args)
    {
        Directory.Delete(_bot.KnowledgeDirectory, recursive: true);

        var run = await _bot.RunAsync(string.Empty, args);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Knowledge:Path", run.Error, StringComparison.Ordinal);
        Assert.Contains(_bot.KnowledgeDirectory, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    private async Task<string> WriteSeedAsync(byte[] bytes)
    {
        var path = Path.Combine(_bot.WorkingDirectory, "seed.txt");
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
