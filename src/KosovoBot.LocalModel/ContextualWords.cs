namespace KosovoBot.LocalModel;

/// <summary>The words of a text, each with its vector in the text's context (same order).</summary>
/// <param name="Words">The words and other visible characters, as written.</param>
/// <param name="Vectors">Each word's L2-normalised contextual vector.</param>
internal sealed record ContextualWords(string[] Words, float[][] Vectors);
