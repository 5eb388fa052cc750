namespace KosovoBot.Cli.Json;

/// <summary>The <c>report gaps --json</c> object: the groups since a time, largest first.</summary>
internal sealed record GapsJson(string Since, IReadOnlyList<GapJson> Gaps);

/// <summary>One group of questions of one meaning that were declined or given a 👎.</summary>
internal sealed record GapJson(int Count, int Declined, IReadOnlyList<string> Examples, NearestJson? Nearest);

/// <summary>The article paragraph nearest to a group: its article's id and title, the paragraph and its nearest text.</summary>
internal sealed record NearestJson(string Id, string Title, int Paragraph, string Text);
