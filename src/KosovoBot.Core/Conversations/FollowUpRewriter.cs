using System.Text.RegularExpressions;

namespace KosovoBot.Core.Conversations;

/// <summary>
/// Turns a follow-up question into a standalone one from the earlier turns of its conversation, by the shape of
/// English questions alone (no model, nothing about an article): bare and pronoun questions ("why?", "when was
/// that?", "against whom?") take the previous question with the new question word; ellipsis ("and the EU?") swaps
/// the new name into the previous question; pronouns ("he", "his", "them", "that") become who or what they stand
/// for; "who said that?", "what's his name?", "what else did he say?", "is that before or after X?" and "when was
/// that?" of a dated quote are recognised as such for the <see cref="ConversationAnswerer"/> to answer from the
/// earlier turn.
/// </summary>
public static partial class FollowUpRewriter
{
    // Follow-ups are short; a longer question is read as it stands (and never scanned by the patterns below).
    private const int MaxFollowUpChars = 300;

    // A question with more topic words than this names its own topic.
    private const int MaxContextPoorWords = 3;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "do", "does", "did", "will", "would", "can", "could", "should", "has", "have",
        "had", "may", "might", "must", "shall",
    };

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "what", "when", "where", "why", "which", "how",
    };

    // Words that carry no topic of their own: question words, auxiliaries, pronouns, fillers and function words.
    private static readonly HashSet<string> Empty = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "what", "when", "where", "why", "which", "how", "is", "are", "was", "were", "do",
        "does", "did", "will", "would", "can", "could", "should", "has", "have", "had", "may", "might", "must", "be",
        "been", "that", "this", "it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "there",
        "then", "so", "and", "but", "or", "the", "a", "an", "of", "to", "in", "on", "for", "about", "at", "by",
        "with", "from", "s", "else", "more", "also", "exactly", "really", "ok", "okay", "now", "too", "one", "ones",
        "say", "said", "says", "mean", "means", "meant", "name", "happen", "happened",
    };

    /// <summary>
    /// Reads <paramref name="question"/> (chat markup already removed) in the light of <paramref name="history"/>
    /// (oldest first). Without history, or when it needs none, the question stands alone.
    /// </summary>
    public static FollowUp Resolve(string question, IReadOnlyList<ConversationTurn> history)
    {
        var followUp = Read(question, history);
        var answered = history.LastOrDefault(static t => t.Answer.Answered && t.Answer.Citations.Count > 0);
        var core = Core(question.Trim());
        var lower = core.ToLowerInvariant();
        var status = TimeOfThat.AsksStatus(lower); // "is that over?" is about time, not a guess at who said it
        if (answered is null || !(status || (followUp.Kind is FollowUpKind.Rewritten or FollowUpKind.Standalone) && WhenThat().IsMatch(lower)))
        {
            return followUp;
        }

        // "when was that?", "when could that happen?": the date of what was just quoted. When the quote names none, the
        // reading as a question is searched instead (unless it asks when the quote was said: the article's day tells).
        var quoted = answered.Answer.Citations[0];
        if (quoted.Statement.Dates.Count == 0 && !TimeOfThat.AsksWhenSaid(core))
        {
            return status ? Rewritten(WithContext(Sentence(core), answered), answered) : followUp;
        }

        var asked = Capitalise(core.TrimEnd('?', '.', '!', ' '));
        return new FollowUp(FollowUpKind.WhenWasThat, $"{asked}: \"{Shorten(quoted.Quote)}\"?", answered);
    }

    private static FollowUp Read(string question, IReadOnlyList<ConversationTurn> history)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(history);
        var trimmed = question.Trim();
        if (history.Count == 0 || trimmed.Length == 0 || trimmed.Length > MaxFollowUpChars)
        {
            return FollowUp.Standalone(trimmed);
        }

        var previous = history[^1];

        // "why?" and "and the EU?" reuse the last question asked in words, not a "who said that?" turn's reading.
        var frame = history.LastOrDefault(static t => t.Kind is FollowUpKind.Standalone or FollowUpKind.Rewritten) ?? previous;
        var answered = history.LastOrDefault(static t => t.Answer.Answered && t.Answer.Citations.Count > 0);
        var core = Core(trimmed);
        var lower = core.ToLowerInvariant();

        if (answered is not null && Special(core, lower, answered) is { } special)
        {
            return special;
        }

        if (BareQuestion().Match(lower) is { Success: true } bare && !(PersonPronoun().IsMatch(lower) && Person(history) is not null))
        {
            var wh = core[..bare.Groups["wh"].Length];

            // "why?", "when?" ask about the previous question's event; "against whom?", "for which outlet?" ask for a
            // part of the previous answer, so the answer goes along.
            return Rewritten(
                PrepositionFirst().IsMatch(lower) && !wh.EndsWith("when", StringComparison.OrdinalIgnoreCase)
                    ? WithContext(Sentence(Capitalise(wh)), previous)
                    : WithQuestionWord(wh, Asked(frame), frame),
                previous);
        }

        if (NounThenQuestionWord().Match(lower) is { Success: true } trailing)
        {
            var noun = core[..trailing.Groups["noun"].Length].Trim();
            var wh = Capitalise(trailing.Groups["wh"].Value);
            var be = noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? "are" : "is";
            return Rewritten(WithContext($"{wh} {be} the {noun}?", previous), previous);
        }

        var startsWithAnd = AndPrefix().IsMatch(trimmed);
        if (startsWithAnd && !LooksLikeQuestion(lower))
        {
            return Rewritten(Ellipsis(core, frame), frame);
        }

        var resolved = ReplacePronouns(AndPrefix().Replace(core, string.Empty), history);
        if (!string.Equals(resolved, AndPrefix().Replace(core, string.Empty), StringComparison.Ordinal))
        {
            return Rewritten(Sentence(resolved), previous);
        }

        var topicWords = TopicWords(lower);
        if (!startsWithAnd && topicWords.Count is > 0 and <= MaxContextPoorWords && topicWords.Count(w => Mentions(previous, w)) * 2 >= topicWords.Count)
        {
            // A short question that mostly repeats the previous turn's words ("who told reporters?") is about it; a
            // longer one carries its own topic and stands alone.
            return Rewritten(WithContext(Sentence(core), previous), previous);
        }

        return FollowUp.Standalone(Sentence(AndPrefix().Replace(core, string.Empty)));
    }

    private static FollowUp? Special(string core, string lower, ConversationTurn answered)
    {
        if (Comparison().Match(lower) is { Success: true } comparison)
        {
            var target = core.Substring(comparison.Groups["target"].Index, comparison.Groups["target"].Length).Trim();
            var what = Topic(answered);
            return new FollowUp(FollowUpKind.Comparison, $"Is that ({what}) before or after {target}?", answered, target);
        }

        if (WhoSaid().Match(lower) is { Success: true } whoSaid)
        {
            var verb = whoSaid.Groups["verb"].Value;
            return new FollowUp(FollowUpKind.WhoSaidIt, $"Who {verb} this: \"{Shorten(answered.Answer.Citations[0].Quote)}\"?", answered);
        }

        if (WasThatPerson().Match(lower) is { Success: true } guess)
        {
            var subject = core.Substring(guess.Groups["who"].Index, guess.Groups["who"].Length).Trim();
            return new FollowUp(
                FollowUpKind.WhoSaidIt, $"Did {subject} say this: \"{Shorten(answered.Answer.Citations[0].Quote)}\"?", answered, subject);
        }

        if (WhatIsHisName().IsMatch(lower) && answered.Answer.Citations[0].Speaker is { Length: > 0 } named)
        {
            return new FollowUp(FollowUpKind.WhoIsThat, $"Who is {named}?", answered, named);
        }

        if (WhatElse().IsMatch(lower) && answered.Answer.Citations[0].Speaker is { Length: > 0 } speaker)
        {
            return new FollowUp(FollowUpKind.MoreFromSpeaker, $"What else did {speaker} say?", answered, speaker);
        }

        return null;
    }

    /// <summary>The previous question with <paramref name="wh"/> in place of its question word.</summary>
    private static string WithQuestionWord(string wh, string previousQuestion, ConversationTurn previous)
    {
        var words = previousQuestion.TrimEnd('?', '.', '!', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        wh = Capitalise(wh);
        if (words.Length == 0)
        {
            return wh + "?";
        }

        if (Auxiliaries.Contains(words[0]))
        {
            // A yes/no question: "Will NATO keep more troops ready?" + "why?" = "Why will NATO keep more troops ready?"
            return $"{wh} {Lower(words[0])} {string.Join(' ', words[1..])}?";
        }

        var start = QuestionPhraseLength(words);
        if (start > 0 && start < words.Length && Auxiliaries.Contains(words[start])
            && TopicWords(string.Join(' ', words[start..]).ToLowerInvariant()).Count >= 2)
        {
            return $"{wh} {string.Join(' ', words[start..])}?";
        }

        // "How many cargo ships were waiting at anchor?" + "when?" = "When were cargo ships waiting at anchor?": the
        // counted thing is the subject, and the auxiliary after it moves in front.
        if (start == 2 && words.Length > 3 && words[0].Equals("how", StringComparison.OrdinalIgnoreCase)
            && words[1].ToLowerInvariant() is "many" or "much")
        {
            var aux = Array.FindIndex(words, 2, w => Auxiliaries.Contains(w));
            if (aux is > 2 and <= 6 && aux < words.Length - 1)
            {
                return $"{wh} {Lower(words[aux])} {string.Join(' ', words[2..aux])} {string.Join(' ', words[(aux + 1)..])}?";
            }
        }

        return WithContext(wh + "?", previous);
    }

    /// <summary>How many leading words form the question phrase: "what", "how many", "which outlet", "against whom".</summary>
    private static int QuestionPhraseLength(string[] words)
    {
        var i = 0;
        if (i < words.Length && !QuestionWords.Contains(words[i]) && i + 1 < words.Length && QuestionWords.Contains(words[i + 1]))
        {
            i++; // a preposition first: "against whom", "for which outlet"
        }

        if (i >= words.Length || !QuestionWords.Contains(words[i]))
        {
            return 0;
        }

        var word = words[i].ToLowerInvariant();
        i++;
        if (word is "how" or "which" or "what" or "whose" && i < words.Length && !Auxiliaries.Contains(words[i]))
        {
            i++; // "how many", "which outlet", "what date"
        }

        return i;
    }

    private static string Ellipsis(string core, ConversationTurn previous)
    {
        var replacement = AndPrefix().Replace(core, string.Empty).Trim().TrimEnd('?', '.', '!').Trim();
        var question = Asked(previous).TrimEnd('?', '.', '!', ' ');
        var words = question.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // Swap the first name after the question's opening ("the US" in "What do analysts expect the US to do?").
        for (var i = 1; i < words.Length; i++)
        {
            if (!IsName(words[i]))
            {
                continue;
            }

            var start = i > 1 && words[i - 1].Equals("the", StringComparison.OrdinalIgnoreCase) ? i - 1 : i;
            var end = i;
            while (end + 1 < words.Length && IsName(words[end + 1]))
            {
                end++;
            }

            var possessive = words[end].EndsWith("'s", StringComparison.Ordinal) ? "'s" : string.Empty;
            return string.Join(' ', words[..start].Append(replacement + possessive).Concat(words[(end + 1)..])) + "?";
        }

        return WithContext($"What about {replacement}?", previous);
    }

    private static bool IsName(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !QuestionWords.Contains(word) && !Auxiliaries.Contains(word);

    private static string ReplacePronouns(string core, IReadOnlyList<ConversationTurn> history)
    {
        var person = Person(history);
        var group = Group(history);
        var topic = Topic(history.LastOrDefault(static t => t.Answer.Answered) ?? history[^1]); // what was last told, not a declined turn
        var text = RelativeTime().Replace(core, string.Empty);
        var replaced = PronounWord().Replace(text, match =>
        {
            var word = match.Value.ToLowerInvariant();
            var next = match.Groups["next"].Value.ToLowerInvariant();
            var nextIsNoun = next.Length > 0 && !Auxiliaries.Contains(next) && !Empty.Contains(next) && !QuestionWords.Contains(next);
            switch (word)
            {
                case "he" or "him" or "she" when person is not null:
                    return person;
                case "his" or "her" when person is not null:
                    return person + "'s";
                case "they" or "them" when group is not null:
                    return group;
                case "their" when group is not null:
                    return group + "'s";
                case "that" when next is "the" or "a" or "an" || (match.Groups["next"].Value is { Length: > 0 } n && char.IsUpper(n[0])):
                    return match.Value; // "said that the troops ...": a clause follows, not a reference
                case "that" or "this" when nextIsNoun && !VerbLast(text, match):
                    return "the"; // "that number": the noun names the topic itself
                case "that" or "this" or "it" when !nextIsNoun || VerbLast(text, match):
                    return topic; // "what caused it?", "will that change?"
                default:
                    return match.Value;
            }
        });
        return replaced;
    }

    // "will that change?": the one word after the pronoun ends the question, so it is the verb, not a noun.
    private static bool VerbLast(string text, Match pronoun)
    {
        var next = pronoun.Groups["next"];
        return next.Length > 0 && text[(next.Index + next.Length)..].Trim().TrimEnd('?', '!', '.').Length == 0
               && pronoun.Index > 0 && Auxiliaries.Contains(text[..pronoun.Index].Trim().Split(' ')[^1]);
    }

    /// <summary>The person the conversation is about: the answer to a "who" question, else the last quote's speaker.</summary>
    private static string? Person(IReadOnlyList<ConversationTurn> history)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var turn = history[i];
            if (!turn.Answer.Answered)
            {
                continue;
            }

            var answer = turn.Answer.Text.Trim().TrimEnd('.');
            var words = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (turn.Standalone.StartsWith("who", StringComparison.OrdinalIgnoreCase) && words.Length is > 0 and <= 5
                && words.All(w => char.IsUpper(w[0]) || w is "de" or "van" or "von"))
            {
                return answer;
            }

            if (turn.Answer.Citations.Count > 0 && turn.Answer.Citations[0].Speaker is { } speaker && speaker.Contains(' ', StringComparison.Ordinal))
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>The group the conversation is about: a plural subject of an earlier question ("Kosovo's Albanian leaders").</summary>
    private static string? Group(IReadOnlyList<ConversationTurn> history)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var words = Asked(history[i]).TrimEnd('?', '.', '!', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var start = Auxiliaries.Contains(words[0]) ? 1 : QuestionPhraseLength(words);
            if (start > 0 && start < words.Length && !Auxiliaries.Contains(words[0]) && Auxiliaries.Contains(words[start]))
            {
                start++;
            }
            else if (!Auxiliaries.Contains(words[0]))
            {
                continue;
            }

            for (var end = start; end < words.Length && end < start + 5; end++)
            {
                var word = words[end];
                if (Auxiliaries.Contains(word) || QuestionWords.Contains(word))
                {
                    break;
                }

                if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
                {
                    return string.Join(' ', words[start..(end + 1)]);
                }
            }
        }

        return null;
    }

    /// <summary>What "that" stands for: the previous short answer, else the previous question.</summary>
    private static string Topic(ConversationTurn turn)
    {
        var answer = turn.Answer.Text.Trim().TrimEnd('.', '!', '?');
        var words = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return turn.Answer.Answered && words.Length is > 0 and <= 12
            ? Lower(answer)
            : Asked(turn).TrimEnd('?', '.', '!', ' ');
    }

    private static string WithContext(string question, ConversationTurn previous)
    {
        var answer = previous.Answer.Text.Trim();
        var shortAnswer = previous.Answer.Answered && answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 ? " " + answer : string.Empty;
        return $"{question.TrimEnd()}{ContextTail.Marker}{Asked(previous).Trim()}{shortAnswer})";
    }

    // The question a turn was understood as, without the earlier context it carried: "When will they review the
    // rules?", not "... (context: ...)", so that context does not pile up turn after turn.
    private static string Asked(ConversationTurn turn) => ContextTail.Without(turn.Standalone);

    private static FollowUp Rewritten(string question, ConversationTurn previous) =>
        new(FollowUpKind.Rewritten, question, previous);

    /// <summary>True when the turn's question, answer or quotes hold <paramref name="word"/> as a whole word.</summary>
    private static bool Mentions(ConversationTurn turn, string word) =>
        HasWord(turn.Standalone, word) || HasWord(turn.Answer.Text, word) || turn.Answer.Citations.Any(c => HasWord(c.Quote, word));

    private static bool HasWord(string text, string word) =>
        Word().Matches(text).Any(m => m.Value.Equals(word, StringComparison.OrdinalIgnoreCase));

    private static List<string> TopicWords(string lower) =>
        Word().Matches(lower).Select(m => m.Value).Where(w => !Empty.Contains(w) && w.Length > 1).ToList();

    private static bool LooksLikeQuestion(string lower)
    {
        var words = Word().Matches(AndPrefix().Replace(lower, string.Empty)).Select(m => m.Value).ToList();
        return words.Count > 0 && (QuestionWords.Contains(words[0]) || Auxiliaries.Contains(words[0]))
            && words.Skip(1).Any(w => Auxiliaries.Contains(w) || w.EndsWith("'s", StringComparison.Ordinal) || words.Count > 3);
    }

    /// <summary>The question without leading "and/but/so/ok" and trailing "then/though".</summary>
    private static string Core(string question)
    {
        var core = FillerEnd().Replace(question.Trim(), "$1$2").Trim();
        core = Contraction().Replace(core, "$1 is");
        return core.Length == 0 ? question.Trim() : core;
    }

    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith('?') || trimmed.EndsWith(')') ? trimmed : trimmed.TrimEnd('.', '!') + "?";
    }

    private static string Shorten(string quote)
    {
        var words = quote.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 12 ? quote.Trim('"', ' ') : string.Join(' ', words[..12]).Trim('"', ' ') + " ...";
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    // "why?", "when was that?", "what date is that?", "against whom?", "for which outlet?", "how so?"
    [GeneratedRegex(@"^(?<wh>(?:(?:against|for|from|to|with|by|in|on|at|since|until|about)\s+)?(?:why|when|where|who|whom|what|which|how|how come)(?:\s+(?:many|much|long|far|often|old)|(?<=\b(?:which|what|whose))\s+(?!(?:is|was|are|were|did|does|do|will|would)\b)[a-z]+)?)(?:\s+(?:is|was|are|were|did|does|do|will|would)\s+(?:that|this|it|they|he|she))?(?:\s+(?:then|so|exactly))?\s*[?.!]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareQuestion();

    // "when was that?", "when could that happen?", "when did she say that?", "how long ago was it?", "what day was that?"
    [GeneratedRegex(@"^(?:when|what\s+(?:day|date|time)|how\s+long\s+ago)\s+(?:is|was|were|did|does|will|would|could|can|might|may|should)\s+(?:that|this|it|(?:he|she|they)\s+(?:say|tell|announce|warn|add|promise)\s+(?:that|this|it))(?:\s+(?:happen|take\s+place|occur|start|begin|end|come|be\s+(?:held|said|announced)))?\s*[?.!]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WhenThat();

    // "unrest where?", "the deadline when?"
    [GeneratedRegex(@"^(?<noun>[\w' -]{2,40}?)\s+(?<wh>where|when|why|how)\s*[?.!]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NounThenQuestionWord();

    [GeneratedRegex(@"^\s*(?:and|but|so|ok|okay|also)\b[\s,]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AndPrefix();

    [GeneratedRegex(@"^(.*?)[\s,]+(?:then|though|too)\s*([?.!]*)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FillerEnd();

    [GeneratedRegex(@"^(?:and\s+|so\s+)?who\s+(?<verb>said|says|told|stated|warned|claimed|announced|wrote|made|is\s+quoted\s+saying|expects?|expected|believes?|believed|thinks?|thought|wants?|wanted|hopes?|hoped|fears?|feared|predicts?|predicted|suggests?|suggested|argues?|argued|reported|reports)\s+(?:that|this|it)(?:\s+(?:then|again))?\s*[?.!]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WhoSaid();

    // "was that the spokesman?", "did the spokesman say that?", "is that from Appathurai?"
    [GeneratedRegex(@"^(?:(?:was|is)\s+(?:that|this|it)\s+(?:said\s+by\s+|from\s+)?(?<who>(?!before|after|earlier|later|true|right|so|all|when|why)[\w' .-]+?)|did\s+(?<who>[\w' .-]+?)\s+say\s+(?:that|this|it))\s*[?.!]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WasThatPerson();

    [GeneratedRegex(@"^(?:what(?:'s|\s+is|\s+was)\s+(?:his|her)\s+(?:full\s+)?name|who\s+(?:is|was)\s+(?:he|she)|what\s+(?:is|was)\s+the\s+name\s+of\s+(?:that|this)\s+(?:man|woman|person))\s*[?.!]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WhatIsHisName();

    [GeneratedRegex(@"^what\s+else\s+(?:did|does|has)\s+(?:he|she|they)\s+(?:say|said|tell|told|add|added)", RegexOptions.CultureInvariant)]
    private static partial Regex WhatElse();

    // "is that before or after the december 10 deadline?", "was it earlier than the vote?"
    [GeneratedRegex(@"^(?:is|was|does|did|will|would)\s+(?:that|this|it)\s+(?:come\s+|happen\s+|fall\s+|be\s+)?(?:(?:before|after|earlier|later)\s+(?:or\s+(?:before|after|earlier|later)\s+)?(?:than\s+)?)(?<target>.+?)\s*[?.!]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    // A pronoun and the word after it ("that number", "that?").
    [GeneratedRegex(@"\b(?:he|him|his|she|her|they|them|their|that|this|it)\b(?=\s*(?<next>[\w']*))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PronounWord();

    [GeneratedRegex(@"[\w']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:against|for|from|to|with|by|in|on|at|since|until|about)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionFirst();

    // "what's" -> "what is": the question word is read as itself.
    [GeneratedRegex(@"\b(what|who|where|when|how|why|that|it)'s\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();

    [GeneratedRegex(@"\b(?:he|him|his|she|her)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PersonPronoun();

    // "before that", "after that": a time relative to the previous answer, not a topic.
    [GeneratedRegex(@"\s+(?:before|after)\s+(?:that|this|it)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();
}
