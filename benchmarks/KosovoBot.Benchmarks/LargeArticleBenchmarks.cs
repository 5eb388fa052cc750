using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Benchmarks;

/// <summary>
/// Loading one large knowledge file (parse, sentences, speakers, quotations, dates): the time should grow in
/// proportion to the file's size. The article names a new person every few paragraphs, introduces some without a
/// speech verb and quotes them later by surname, and cites surnames never introduced, so every path of the speaker
/// lookup is taken.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LargeArticleBenchmarks
{
    private string _path = string.Empty;

    /// <summary>Size of the generated article in megabytes.</summary>
    [Params(1, 4)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"kosovobot-large-{Megabytes}-{Environment.ProcessId}.md");
        File.WriteAllText(_path, Article(Megabytes * 1024 * 1024));
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Description = "one large article: load")]
    public int Load()
    {
        var document = KnowledgeLoader.LoadFile(_path, "knowledge/large.md", out var error)
            ?? throw new InvalidOperationException(error?.ToString());
        return document.Statements.Count;
    }

    /// <summary>An invented article of about <paramref name="bytes"/> bytes.</summary>
    internal static string Article(int bytes)
    {
        var text = new StringBuilder()
            .Append("---\nid: large\ntitle: A Long Report\noutlet: GEN\nauthor: Ada Lind\npublished: 2024-03-12\n---\n");
        for (var i = 0; text.Length < bytes; i++)
        {
            var first = "Mara Tomas Lea Omar Ines Piet Anna Jon".Split(' ')[i % 8];
            var surname = "Kor" + i.ToString("x", CultureInfo.InvariantCulture).Replace('0', 'a');
            surname = char.ToUpperInvariant(surname[0]) + surname[1..];
            text.Append(CultureInfo.InvariantCulture, $"\nThe talks in round {i} were chaired by envoy {first} {surname} in the old town hall on Monday, and about {i % 90 + 10} delegates walked out on Tuesday.\n");
            text.Append(CultureInfo.InvariantCulture, $"\n\"Nobody left the room until the end of the month,\" said {surname}. \"We will meet again next week. The port stays shut until Friday.\"\n");
            text.Append(CultureInfo.InvariantCulture, $"\nThe ministry said the review would continue \"for as long as the talks hold\" and that Absent{surname} had not been reached, according to Unknown{surname}.\n");
        }

        return text.ToString();
    }
}
