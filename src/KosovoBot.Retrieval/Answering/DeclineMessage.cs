using System.Globalization;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Retrieval.Answering;

/// <summary>The sentence a declined question gets: the articles don't cover it, and what they do cover (from their titles).</summary>
internal static class DeclineMessage
{
    private const int MaxTitles = 3;

    // The sentence depends on the snapshot alone: every declined question of a snapshot shares it.
    private static readonly SnapshotMemo<KnowledgeBase, string> Sentences = new(Build);

    /// <summary>The decline sentence for <paramref name="knowledge"/>.</summary>
    public static string For(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return Sentences.Get(knowledge);
    }

    private static string Build(KnowledgeBase knowledge)
    {
        var sources = knowledge.Documents
            .Select(static d => d.Source)
            .OrderByDescending(static s => s.Published)
            .ToList();
        if (sources.Count == 0)
        {
            return "I can't answer that: I have no articles loaded yet.";
        }

        var titles = sources.Take(MaxTitles).Select(static s => string.Create(
            CultureInfo.InvariantCulture, $"\"{s.Title}\" ({s.Outlet}, {s.Published:MMMM d, yyyy})"));
        var more = sources.Count > MaxTitles
            ? string.Create(CultureInfo.InvariantCulture, $" and {sources.Count - MaxTitles} more")
            : string.Empty;
        var noun = sources.Count == 1 ? "article" : "articles";
        return $"My {noun} don't cover that; I can answer questions about {string.Join("; ", titles)}{more}.".Replace(
            "My article don't", "My article doesn't", StringComparison.Ordinal);
    }
}
