namespace KosovoBot.Retrieval.Answering;

/// <summary>A word of a sentence by its character offsets.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
internal readonly record struct WordSpan(int Start, int End)
{
    /// <summary>The word's text in <paramref name="sentence"/>.</summary>
    public string Of(string sentence) => sentence[Start..End];
}
