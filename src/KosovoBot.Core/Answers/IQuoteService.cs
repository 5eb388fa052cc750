namespace KosovoBot.Core.Answers;

/// <summary>Finds direct quotations by speaker (loosely matched) or by a word inside the quotation.</summary>
public interface IQuoteService
{
    /// <summary>Direct quotations by the speaker <paramref name="query"/> names, or containing its words.</summary>
    QuoteSearchResult Find(string query);

    /// <summary>Speaker names that start with or contain <paramref name="prefix"/>, for autocomplete.</summary>
    IReadOnlyList<string> SuggestSpeakers(string prefix, int max);
}
