namespace KosovoBot.Retrieval.Search;

/// <summary>One word of a question, with the index terms it stands for and whether the knowledge has any of them.</summary>
/// <param name="Surface">The word, lower case and folded.</param>
/// <param name="Start">Offset in the question.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Tier">Function, soft or content word.</param>
/// <param name="Salient">True for a name or number the user typed (capitalised mid-sentence, digits, acronyms).</param>
/// <param name="Stem">The word's own index term; null for a stop word.</param>
/// <param name="Terms">Index terms: the word's own stem first, then synonyms and corrections.</param>
/// <param name="Covered">True when the knowledge contains one of <paramref name="Terms"/>.</param>
/// <param name="InDate">True for a word of a date expression: searched as text, counted with the dates.</param>
/// <param name="Correction">The knowledge's word the question's word was corrected to, when it is covered only through that spelling correction.</param>
internal sealed record QueryWord(
    string Surface, int Start, int End, WordTier Tier, bool Salient, string? Stem, IReadOnlyList<WeightedTerm> Terms, bool Covered,
    bool InDate = false, string? Correction = null)
{
    /// <summary>True when the word is covered only through a spelling correction.</summary>
    public bool Corrected => Correction is not null;

    /// <summary>True for a word that counts towards coverage: a content word, or a soft word the knowledge has.</summary>
    public bool IsKey => !InDate && Terms.Count > 0 && (Tier == WordTier.Content || (Tier == WordTier.Soft && Covered));
}
