using KosovoBot.Retrieval.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval.Search;

/// <summary>
/// Holds the index of the snapshot <see cref="IKnowledgeProvider.Current"/> gives, building it once per snapshot
/// (by reference) and again when the provider swaps in a new one. Safe for concurrent callers.
/// </summary>
internal sealed class KnowledgeIndexCache(IKnowledgeProvider provider, IOptions<RetrievalOptions> options, ILogger<KnowledgeIndexCache> logger)
    : IDisposable
{
    private readonly Lock _gate = new();
    private KnowledgeIndex? _current;
    private PlanMemo? _lastPlan;
    private bool _disposed;

    /// <summary>The options the index is built and searched with.</summary>
    public RetrievalOptions Options => options.Value;

    /// <summary>The index of the current snapshot.</summary>
    public KnowledgeIndex Current
    {
        get
        {
            var knowledge = provider.Current;
            var index = Volatile.Read(ref _current);
            if (index is not null && ReferenceEquals(index.Knowledge, knowledge))
            {
                return index;
            }

            lock (_gate)
            {
                index = _current;
                if (index is null || !ReferenceEquals(index.Knowledge, knowledge))
                {
                    ObjectDisposedException.ThrowIf(_disposed, this);
                    var replaced = index;
                    index = KnowledgeIndexBuilder.Build(knowledge, options.Value, logger);
                    Volatile.Write(ref _current, index);

                    // Closes once the searches still reading it (each holding a lease) are done.
                    replaced?.Dispose();
                }

                return index;
            }
        }
    }

    /// <summary>
    /// The current index, kept open until the lease is disposed even when a reload replaces it meanwhile. Read the
    /// index through a lease wherever the reading can outlast a reload.
    /// </summary>
    public IndexLease Acquire()
    {
        while (true)
        {
            var index = Current;
            if (index.TryAddReference())
            {
                return new IndexLease(index);
            }

            // Replaced and closed between reading and leasing it: the next read gives its successor.
            ObjectDisposedException.ThrowIf(ReferenceEquals(index, Volatile.Read(ref _current)), this);
        }
    }

    /// <summary>Plans <paramref name="question"/> against the current index.</summary>
    public QueryPlan Plan(string question)
    {
        using var lease = Acquire();
        return Plan(lease.Index, question);
    }

    /// <summary>
    /// Plans <paramref name="question"/> against <paramref name="index"/>. The last plan is kept, because the answerer
    /// and the search it calls plan the same question one after the other.
    /// </summary>
    public QueryPlan Plan(KnowledgeIndex index, string question)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(question);
        var last = Volatile.Read(ref _lastPlan);
        if (last is not null && ReferenceEquals(last.Index, index) && string.Equals(last.Question, question, StringComparison.Ordinal))
        {
            return last.Plan;
        }

        var plan = QueryPlanner.Plan(index, question, (float)options.Value.SynonymWeight, options.Value.MaxQuestionChars, options.Value.MaxQuestionTerms);
        Volatile.Write(ref _lastPlan, new PlanMemo(index, question, plan));
        return plan;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _current?.Dispose();
        }
    }
}
