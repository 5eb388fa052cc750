using System.Text.RegularExpressions;

namespace KosovoBot.Retrieval.Answering;

/// <summary>Detects the question type from generic English question forms, tolerant of chat spelling and lower case.</summary>
internal static partial class QuestionClassifier
{
    /// <summary>The type of <paramref name="question"/>.</summary>
    public static QuestionType Classify(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = Filler().Replace(question.ToLowerInvariant().Replace('’', '\'').Trim(), string.Empty);
        if (Role().IsMatch(text))
        {
            return QuestionType.Role;
        }

        if (Quantity().IsMatch(text))
        {
            return QuestionType.Quantity;
        }

        if (When().IsMatch(text))
        {
            return QuestionType.When;
        }

        if (Where().IsMatch(text))
        {
            return QuestionType.Where;
        }

        if (Why().IsMatch(text))
        {
            return QuestionType.Why;
        }

        if (Who().IsMatch(text))
        {
            return QuestionType.Who;
        }

        return YesNo().IsMatch(text) ? QuestionType.YesNo : QuestionType.What;
    }

    // Greetings and "can you tell me" wrappers in front of the real question.
    [GeneratedRegex(@"^(?:(?:hey|hi|hello|ok|okay|so|well|please|pls|yo|quick question)\b[\s,!:.-]*)*(?:(?:can|could|would) (?:you|u) (?:please )?(?:tell|explain to) me\b|do (?:you|u) know\b|i (?:want|would like|wonder|wondered)(?: to know)?\b|tell me\b)?[\s,:]*",
        RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\b(?:job|occupation|profession)\b|'s (?:role|title|post)\s*\??$|\bwhat (?:role|title|post) (?:does|did|do|is|was)\b|^what does [\w\s'-]{2,40} do(?: for a living)?\s*\??$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Role();

    [GeneratedRegex(@"\bhow (?:many|much|big|large|strong|small|old)\b|\bwhat age\b|\b(?:what|which) (?:number|size|strength|percentage|amount)\b|^what(?:'s| is| was| are)? (?:the |its |their )?(?:\w+ )?(?:size|strength|number|total|amount|count|figure)\b|\b(?:number|size|strength|count|total) of\b|\b(?:number|size|strength|count|total)\s*\??$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(?:since |until |till |by |from )?when\b|\b(?:what|which) (?:date|day|year|month|time)\b|^how long\b|^(?:since|until|till) what\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex When();

    [GeneratedRegex(@"^(?:from |to )?where\b|\b(?:what|which) (?:city|town|place|country|capital|location|venue)\b|^in what\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Where();

    [GeneratedRegex(@"^why\b|^how come\b|\bwhat (?:for|is the reason|was the reason|are the reasons)\b|\bfor what reason\b|\bwhat (?:led|caused|made)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Why();

    [GeneratedRegex(@"^(?:who|whom|whose)\b|\b(?:which|what) (?:person|official|people|leader|body|organi[sz]ation|man|woman|group|officials|countries|country's)\b|^what(?:'s| is| was) (?:the )?name of\b|^what(?:'s| is| was) the source of\b|\bwho is the source\b|^what(?:'s| is| was) (?:the |an? )?[\w\s-]{1,40} called\??$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Who();

    [GeneratedRegex(@"^(?:is|are|was|were|will|would|do|does|did|can|could|has|have|had|should|shall|r|isn't|aren't|won't|didn't|doesn't)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex YesNo();
}
