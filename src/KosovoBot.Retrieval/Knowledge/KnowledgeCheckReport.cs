using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>What <c>knowledge check</c> shows: the articles, every statement, and the refused files.</summary>
/// <param name="Documents">The articles that loaded.</param>
/// <param name="Rows">Every statement of every article, in order.</param>
/// <param name="Refused">The refused files as <c>file:line: reason</c>; the check fails when there is any.</param>
public sealed record KnowledgeCheckReport(
    IReadOnlyList<SourceInfo> Documents,
    IReadOnlyList<KnowledgeCheckRow> Rows,
    IReadOnlyList<KnowledgeFileError> Refused)
{
    /// <summary>True when every file loaded.</summary>
    public bool Succeeded => Refused.Count == 0;

    /// <summary>Loads <paramref name="directory"/> and reports on it.</summary>
    /// <param name="directory">The knowledge directory.</param>
    /// <returns>The report.</returns>
    public static KnowledgeCheckReport Run(string directory) => Create(KnowledgeLoader.Load(directory));

    /// <summary>Loads <paramref name="directory"/>, refusing files over <paramref name="maxFileBytes"/>, and reports on it.</summary>
    /// <param name="directory">The knowledge directory.</param>
    /// <param name="maxFileBytes">The largest file loaded (<see cref="KnowledgeOptions.MaxFileBytes"/>).</param>
    /// <returns>The report.</returns>
    public static KnowledgeCheckReport Run(string directory, long maxFileBytes) => Create(KnowledgeLoader.Load(directory, maxFileBytes));

    /// <summary>The report for a load that already happened.</summary>
    /// <param name="result">The load.</param>
    /// <returns>The report.</returns>
    public static KnowledgeCheckReport Create(KnowledgeLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var documents = result.Knowledge.Documents;
        return new KnowledgeCheckReport(
            [.. documents.Select(d => d.Source)],
            [.. result.Knowledge.Statements.Select(s => new KnowledgeCheckRow(
                s.Source.Id, s.Ordinal, s.Paragraph, s.Kind, s.Speaker, s.Role, s.Dates, s.Text) { Quotations = s.Quotations })],
            result.Refused);
    }
}
