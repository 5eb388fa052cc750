namespace KosovoBot.Core.Control;

/// <summary>One group of the gap report: questions of one meaning the bot declined or was given a 👎 for.</summary>
/// <param name="Count">How many questions the group holds.</param>
/// <param name="Examples">A few of its wordings, the most asked first.</param>
/// <param name="Declined">How many of them were declined (the rest were answered and given a 👎).</param>
/// <param name="Nearest">The article paragraph nearest to the group's question, or null when none is near.</param>
public sealed record GapGroup(int Count, IReadOnlyList<string> Examples, int Declined, GapParagraph? Nearest);
