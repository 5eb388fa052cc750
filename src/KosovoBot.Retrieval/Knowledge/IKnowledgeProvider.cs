using Microsoft.Extensions.Primitives;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>Gives the knowledge snapshot currently served. The reference changes when the knowledge is reloaded.</summary>
public interface IKnowledgeProvider
{
    /// <summary>The snapshot to answer from now.</summary>
    KnowledgeBase Current { get; }

    /// <summary>
    /// A token that fires once, after the next reload has swapped in a new snapshot (on the reloading thread).
    /// Use it with <see cref="ChangeToken.OnChange(Func{IChangeToken?}, Action)"/>. A provider that never reloads
    /// returns a token that never fires.
    /// </summary>
    IChangeToken GetReloadToken() => new CancellationChangeToken(CancellationToken.None);
}
