using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KosovoBot.Core.Control;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>
/// Names the knowledge snapshot served now by a hash of what answers come from (each article's front matter and
/// paragraphs, and the synonym rules): the same files give the same id after a restart, and any change gives a new one.
/// </summary>
internal sealed class KnowledgeVersion(IKnowledgeProvider provider) : IKnowledgeVersion
{
    private const int IdLength = 12;

    private static readonly SnapshotMemo<KnowledgeBase, string> Ids = new(Compute);

    /// <inheritdoc />
    public string Current => Ids.Get(provider.Current);

    /// <summary>The id of <paramref name="knowledge"/>.</summary>
    public static string Compute(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var document in knowledge.Documents)
        {
            var source = document.Source;
            Append(hash, source.Id);
            Append(hash, source.Title);
            Append(hash, source.Outlet);
            Append(hash, source.Author);
            Append(hash, source.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Append(hash, source.Url?.ToString() ?? string.Empty);
            foreach (var paragraph in document.Paragraphs)
            {
                Append(hash, paragraph);
            }
        }

        Append(hash, knowledge.SynonymRules);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..IdLength];
    }

    // Each part ends with a separator no text holds, so moving text between parts changes the id.
    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
