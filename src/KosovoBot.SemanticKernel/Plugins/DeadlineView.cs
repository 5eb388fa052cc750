namespace KosovoBot.SemanticKernel.Plugins;

/// <summary>A dated event as a model sees it through the plugin.</summary>
/// <param name="Date">ISO 8601 at the precision the text gave: <c>2007-12-10</c>, <c>2008-01</c>, <c>1999</c>.</param>
/// <param name="Precision">day, partofmonth, month or year.</param>
/// <param name="Described">How a person reads the date, e.g. <c>late January 2008</c>.</param>
/// <param name="Kind">deadline, event, expected or background.</param>
/// <param name="What">What happens on the date.</param>
/// <param name="Status">past, today or upcoming as of the article's date.</param>
/// <param name="Quote">The sentence the date comes from, verbatim.</param>
/// <param name="StatementId">The id of that sentence.</param>
public sealed record DeadlineView(
    string Date, string Precision, string Described, string Kind, string What, string Status, string Quote, string StatementId);
