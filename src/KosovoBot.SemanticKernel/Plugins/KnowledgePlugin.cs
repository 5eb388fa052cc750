using System.ComponentModel;
using KosovoBot.Core.Answers;
using Microsoft.SemanticKernel;

namespace KosovoBot.SemanticKernel.Plugins;

/// <summary>
/// The knowledge layer as a Semantic Kernel plugin: functions a model (or any kernel caller) can use to
/// search the statements, list the dated events and find direct quotations. Everything returned is
/// stored article text, never generated.
/// </summary>
public sealed class KnowledgePlugin(IStatementSearch search, ITimelineService timeline, IQuoteService quotes)
{
    /// <summary>The name the plugin is registered under in a kernel.</summary>
    public const string PluginName = "knowledge";

    /// <summary>The most statements one search returns.</summary>
    public const int MaxTop = 20;

    /// <summary>The statements most relevant to a question, best first.</summary>
    [KernelFunction("search_statements")]
    [Description("Searches the news articles for the sentences most relevant to a question. Returns each sentence verbatim with its id, speaker, the speaker's role, kind (direct quotation, reported speech or narration) and source article.")]
    [return: Description("The matching sentences, most relevant first; empty when nothing matches.")]
    public async Task<IReadOnlyList<StatementView>> SearchStatementsAsync(
        [Description("The question or keywords to search for.")] string question,
        [Description("How many sentences to return, 1 to 20.")] int top = 5,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var found = await search.SearchAsync(question, Math.Clamp(top, 1, MaxTop), cancellationToken);
        return [.. found.Select(s => StatementView.Of(s.Statement))];
    }

    /// <summary>The dated events in date order.</summary>
    [KernelFunction("list_deadlines")]
    [Description("Lists the dated events and deadlines the articles name, in date order, each resolved to a calendar date at the precision the text gives, marked past or upcoming as of the article's date, with the sentence it comes from.")]
    [return: Description("The dated events, earliest first.")]
    public IReadOnlyList<DeadlineView> ListDeadlines() =>
        [.. timeline.GetTimeline().Items.Select(i => new DeadlineView(
            i.Date.ToIsoString(),
            i.Date.Precision.ToString().ToLowerInvariant(),
            i.Date.Describe(),
            i.Kind,
            i.What,
            i.Status.ToString().ToLowerInvariant(),
            i.Evidence.Quote,
            i.Evidence.Statement.Id))];

    /// <summary>Direct quotations by a speaker or containing a word.</summary>
    [KernelFunction("find_quotes")]
    [Description("Finds direct quotations (words inside quotation marks) by a speaker, loosely matched (a surname or a role such as 'secretary general'), or containing a word.")]
    [return: Description("The quotations verbatim with their speakers, in article order; empty when nothing matches.")]
    public IReadOnlyList<QuoteView> FindQuotes(
        [Description("A speaker's name or role, or a word the quotation contains.")] string speakerOrWord)
    {
        ArgumentNullException.ThrowIfNull(speakerOrWord);
        return [.. quotes.Find(speakerOrWord).Quotes.Select(c => new QuoteView(
            c.Statement.Id, c.Quote, c.Speaker, c.Role, $"{c.Source.Outlet}: {c.Source.Title}"))];
    }
}
