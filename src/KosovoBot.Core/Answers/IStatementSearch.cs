using KosovoBot.Core.Knowledge;

namespace KosovoBot.Core.Answers;

/// <summary>Ranked search over the statements of the knowledge.</summary>
public interface IStatementSearch
{
    /// <summary>The statements most relevant to <paramref name="query"/>, best first, at most <paramref name="top"/>.</summary>
    Task<IReadOnlyList<ScoredStatement>> SearchAsync(string query, int top, CancellationToken cancellationToken);
}
