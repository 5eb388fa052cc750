using KosovoBot.Core.Answers;
using Microsoft.SemanticKernel.Data;

// SK 1.82 marks ITextSearch<TRecord> as evaluation-only (SKEXP0001) and the non-generic ITextSearch as
// obsolete. The generic one is the supported way to plug a custom index into SK's RAG helpers; should it
// change, only this file and its registration adapt.
#pragma warning disable SKEXP0001

namespace KosovoBot.SemanticKernel.Plugins;

/// <summary>
/// Semantic Kernel's text-search abstraction over the statement index, so that SK's retrieval helpers can
/// ground prompts in the articles. Results are the stored sentences, best first; a LINQ
/// <see cref="TextSearchOptions{TRecord}.Filter"/> (e.g. <c>s =&gt; s.Speaker == "NATO"</c>) is applied to
/// the ranked candidates.
/// </summary>
public sealed class StatementTextSearch(IStatementSearch search) : ITextSearch<StatementView>
{
    private const int DefaultTop = 5;

    // A filter can drop most of the best-ranked statements; rank a wider pool before filtering.
    private const int FilteredPool = 200;

    /// <inheritdoc />
    public Task<KernelSearchResults<string>> SearchAsync(
        string query, TextSearchOptions<StatementView>? searchOptions = null, CancellationToken cancellationToken = default) =>
        ResultsAsync(query, searchOptions, s => s.Text, cancellationToken);

    /// <inheritdoc />
    public Task<KernelSearchResults<TextSearchResult>> GetTextSearchResultsAsync(
        string query, TextSearchOptions<StatementView>? searchOptions = null, CancellationToken cancellationToken = default) =>
        ResultsAsync(query, searchOptions, ToResult, cancellationToken);

    /// <inheritdoc />
    public Task<KernelSearchResults<StatementView>> GetSearchResultsAsync(
        string query, TextSearchOptions<StatementView>? searchOptions = null, CancellationToken cancellationToken = default) =>
        ResultsAsync(query, searchOptions, s => s, cancellationToken);

    private async Task<KernelSearchResults<T>> ResultsAsync<T>(
        string query, TextSearchOptions<StatementView>? searchOptions, Func<StatementView, T> map, CancellationToken cancellationToken) =>
        Results(await FindAsync(query, searchOptions, cancellationToken), map);

    private async Task<List<StatementView>> FindAsync(string query, TextSearchOptions<StatementView>? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var top = Math.Clamp(options?.Top ?? DefaultTop, 1, KnowledgePlugin.MaxTop);
        var skip = Math.Max(options?.Skip ?? 0, 0);
        var filter = options?.Filter?.Compile();
        var found = await search.SearchAsync(query, filter is null ? top + skip : FilteredPool, cancellationToken);
        var views = found.Select(s => StatementView.Of(s.Statement));
        if (filter is not null)
        {
            views = views.Where(filter);
        }

        return [.. views.Skip(skip).Take(top)];
    }

    private static TextSearchResult ToResult(StatementView statement) =>
        new(statement.Text)
        {
            Name = $"{statement.Speaker ?? statement.Source} ({statement.Source}, paragraph {statement.Paragraph})",
            Link = statement.Id,
        };

    private static KernelSearchResults<T> Results<T>(List<StatementView> statements, Func<StatementView, T> map) =>
        new(statements.Select(map).ToAsyncEnumerable(), statements.Count);
}
