using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Retrieval.Timeline;

/// <summary>
/// Every date every statement names, as timeline items in date order, each marked past, today or upcoming as of
/// its article's own date. One event named twice (same date, same kind, same words) is listed once, from its first sentence;
/// a date that dates someone's words ("Haraldsen said on Monday") is always listed, since those words are an event
/// of their own.
/// </summary>
internal sealed class TimelineService(IKnowledgeProvider provider) : ITimelineService
{
    // The timeline depends on the snapshot alone: built once per snapshot, not per /deadlines.
    private readonly SnapshotMemo<KnowledgeBase, Core.Answers.Timeline> _timelines = new(Build);

    /// <inheritdoc />
    public Core.Answers.Timeline GetTimeline() => _timelines.Get(provider.Current);

    private static Core.Answers.Timeline Build(KnowledgeBase knowledge)
    {
        var asOf = knowledge.Documents.Count == 0
            ? DateOnly.MinValue
            : knowledge.Documents.Max(static d => d.Source.Published);
        var items = new List<(TimelineItem Item, int Order)>();
        var seen = new HashSet<(string SourceId, string Date, DatePrecision Precision, string Kind, string Words, int Statement)>();
        foreach (var statement in knowledge.Statements)
        {
            foreach (var mention in statement.Dates)
            {
                var kind = TimelineWording.KindOf(statement, mention);
                var own = TimelineWording.DatesSpeech(statement, mention) ? statement.Ordinal : -1;
                var words = mention.Text.ToLowerInvariant();
                if (!seen.Add((statement.Source.Id, mention.Date.ToIsoString(), mention.Date.Precision, kind, words, own)))
                {
                    continue;
                }

                var item = new TimelineItem
                {
                    Date = mention.Date,
                    Kind = kind,
                    What = TimelineWording.WhatOf(statement, mention),
                    Status = StatusOf(mention.Date, statement.Source.Published),
                    Evidence = Citation.Of(statement),
                };
                items.Add((item, items.Count));
            }
        }

        var ordered = items
            .OrderBy(static i => i.Item.Date)
            .ThenBy(static i => i.Order)
            .Select(static i => i.Item)
            .ToList();
        return new Core.Answers.Timeline(asOf, ordered);
    }

    /// <summary>
    /// Past when the date is over by <paramref name="published"/> (an event on that day is reported, so it happened),
    /// upcoming when any of it lies after.
    /// </summary>
    internal static TimelineStatus StatusOf(ResolvedDate date, DateOnly published) =>
        date.End <= published ? TimelineStatus.Past : TimelineStatus.Upcoming;
}
