using System.Globalization;
using System.Text.RegularExpressions;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.Core.Text;

namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// Questions about the article itself (headline, publication date, outlet, dateline, who is quoted), answered from
/// its front matter and its speakers, citing the article: the headline as a quote of paragraph 0, otherwise the
/// sentence of the body that prints the fact when there is one.
/// </summary>
internal static partial class ArticleQuestion
{
    /// <summary>The kind of article question <paramref name="question"/> is, or <see cref="ArticleQuestionKind.None"/>.</summary>
    public static ArticleQuestionKind Classify(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.ToLowerInvariant().Replace('’', '\'');
        return Headline().IsMatch(text) ? ArticleQuestionKind.Headline
            : Published().IsMatch(text) ? ArticleQuestionKind.Published
            : Outlet().IsMatch(text) ? ArticleQuestionKind.Outlet
            : Dateline().IsMatch(text) ? ArticleQuestionKind.Dateline
            : Speakers().IsMatch(text) ? ArticleQuestionKind.Speakers
            : ArticleQuestionKind.None;
    }

    /// <summary>The short answer and citations for <paramref name="kind"/> about <paramref name="document"/>, or null when it lacks the fact.</summary>
    public static (string Text, List<Citation> Citations)? Answer(ArticleQuestionKind kind, KnowledgeDocument document, int maxCitations)
    {
        ArgumentNullException.ThrowIfNull(document);
        var source = document.Source;
        var statements = document.Statements;
        switch (kind)
        {
            case ArticleQuestionKind.Headline:
                var headline = new Statement
                {
                    Source = source, Ordinal = -1, Paragraph = 0, Text = source.Title, Kind = StatementKind.Narrative,
                };
                return (source.Title, [Citation.Of(headline)]);
            case ArticleQuestionKind.Published:
                var dated = statements.FirstOrDefault(s => s.Dates.Any(d => d.Date.ToIsoString() == source.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                            ?? (statements.Count > 0 ? statements[0] : null);
                var published = BotText.Format(BotMessages.ArticlePublished, source.Published);
                return (published, dated is null ? [] : [Citation.Of(dated)]);
            case ArticleQuestionKind.Outlet:
                var outlet = string.IsNullOrEmpty(source.OutletName) || source.OutletName == source.Outlet
                    ? source.Outlet
                    : BotText.Format(BotMessages.ArticleOutletName, source.OutletName, source.Outlet);
                return (BotText.Format(BotMessages.ArticleOutletBy, outlet, source.Author), Cite(statements, s => s.Text.Contains(source.Outlet, StringComparison.Ordinal)));
            case ArticleQuestionKind.Dateline:
                if (string.IsNullOrEmpty(source.Dateline))
                {
                    return null;
                }

                var byline = statements.FirstOrDefault(s => s.Text.Contains(source.Dateline, StringComparison.Ordinal)
                                                            && s.Text.Contains(source.Author, StringComparison.Ordinal));
                return (byline?.Text ?? BotText.Format(BotMessages.ArticleReportsFrom, source.Author, source.Dateline), byline is null ? Cite(statements, static _ => false) : [Citation.Of(byline)]);
            case ArticleQuestionKind.Speakers:
                var people = statements
                    .Where(static s => s.Speaker is not null && !string.IsNullOrEmpty(s.Role))
                    .Select(static s => (Name: s.Speaker!, Role: s.Role!))
                    .DistinctBy(static p => p.Name)
                    .ToList();
                if (people.Count == 0)
                {
                    return null;
                }

                var citations = people
                    .Select(p => statements.FirstOrDefault(s => s.Text.Contains(p.Name, StringComparison.Ordinal))
                                 ?? statements.First(s => s.Speaker == p.Name))
                    .Distinct()
                    .Take(maxCitations)
                    .Select(Citation.Of)
                    .ToList();
                return (string.Join(BotMessages.ArticlePeopleJoin, people.Select(static p => BotText.Format(BotMessages.ArticlePerson, p.Name, p.Role))), citations);
            default:
                return null;
        }
    }

    private static List<Citation> Cite(IReadOnlyList<Statement> statements, Func<Statement, bool> printsIt)
    {
        var statement = statements.FirstOrDefault(printsIt) ?? (statements.Count > 0 ? statements[0] : null);
        return statement is null ? [] : [Citation.Of(statement)];
    }

    private const string Article = @"(?:article|story|piece|write-?up|this (?:report|news))";

    [GeneratedRegex(@"\b(?:headline|headlines)\b|\btitle of (?:the |this )?" + Article + @"|\b(?:what(?:'s| is)|what was) (?:the|its) title\b|\b" + Article + @"(?:'s)? (?:title|heading)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Headline();

    [GeneratedRegex(@"\bwhen (?:was|is|did) (?:this|the|that|it) (?:" + Article + @" )?(?:published|written|posted|released|come out|came out|filed|dated|out)\b|\bwhen was (?:this|the|that) " + Article + @"\b|\b(?:publication|publish|published) date\b|\bdate of (?:the |this )?" + Article + @"|\bwhat date (?:is|was) (?:this|the|that) " + Article + @"|\bhow (?:old|recent) is (?:this|the) " + Article, RegexOptions.CultureInvariant)]
    private static partial Regex Published();

    [GeneratedRegex(@"\b(?:which|what) (?:news )?(?:outlet|agency|network|site|website|paper|newspaper|publication|broadcaster|media)\b|\bwho (?:published|publishes|ran|carried|put out)\b|\boutlet\b", RegexOptions.CultureInvariant)]
    private static partial Regex Outlet();

    [GeneratedRegex(@"\bdateline\b|\bwhere (?:was|is|did) (?:this|the|that|it) (?:" + Article + @" )?(?:filed|written|reported|come from|from)\b|\b(?:reporter|correspondent|journalist|author|writer)\b.*\b(?:file|filed|filing|report|reporting|reported|write|writing|based|located)\b.*\b(?:from|in|where)\b|\bwhere (?:is|was|does|did) the (?:reporter|correspondent|journalist|author|writer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\bwho (?:is|are|was|were|gets|got) (?:being )?(?:quoted|cited|interviewed)\b|\b(?:officials|people|sources|speakers|persons) (?:quoted|cited|interviewed)\b|\bwho (?:speaks|talks|is speaking) in (?:the |this )?" + Article, RegexOptions.CultureInvariant)]
    private static partial Regex Speakers();
}
