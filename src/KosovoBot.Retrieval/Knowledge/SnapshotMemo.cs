using System.Runtime.CompilerServices;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>
/// A value that depends only on one immutable snapshot (a <see cref="KnowledgeBase"/>, a search index), computed
/// once per snapshot by the first caller while concurrent callers wait for it, and dropped with the snapshot: a
/// reload brings a new snapshot and so a new value. A failed computation is not kept; the next caller tries again.
/// </summary>
/// <typeparam name="TSnapshot">The snapshot type, compared by reference.</typeparam>
/// <typeparam name="TValue">What is computed from it; callers must not change it.</typeparam>
/// <param name="compute">Computes the value from a snapshot.</param>
internal sealed class SnapshotMemo<TSnapshot, TValue>(Func<TSnapshot, TValue> compute)
    where TSnapshot : class
    where TValue : class
{
    private readonly ConditionalWeakTable<TSnapshot, Slot> _slots = new();

    /// <summary>The value for <paramref name="snapshot"/>, computed on first use.</summary>
    public TValue Get(TSnapshot snapshot)
    {
        var slot = _slots.GetValue(snapshot, static _ => new Slot());
        var value = Volatile.Read(ref slot.Value);
        if (value is not null)
        {
            return value;
        }

        lock (slot.Gate)
        {
            value = slot.Value;
            if (value is null)
            {
                value = compute(snapshot);
                Volatile.Write(ref slot.Value, value);
            }

            return value;
        }
    }

    private sealed class Slot
    {
        public readonly Lock Gate = new();
        public TValue? Value;
    }
}
