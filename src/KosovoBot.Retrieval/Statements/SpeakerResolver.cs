namespace KosovoBot.Retrieval.Statements;

/// <summary>
/// Finds who a sentence (or the tag of a quotation) attributes words to, remembering the people an article
/// has introduced so that "said Appathurai" and "he said" resolve to the full name and carry the role.
/// </summary>
/// <remarks>
/// Persons come from the text itself: a run of capitalised words (with particles such as "de") before or after
/// a speech verb. The last two words, or the words from the one before the first particle, are the name; the
/// words before them up to a function word are the role ("NATO Secretary General"). A bare surname is looked up
/// among the people already named, then among capitalised runs anywhere in the article. A body is the subject
/// of the speech verb: an acronym when the subject has one ("The NATO military alliance says" is NATO), else the
/// subject's leading words in the text's own casing ("Western governments", "Analysts").
/// </remarks>
internal sealed class SpeakerResolver(IReadOnlyList<List<Token>> documentSentences)
{
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal)
    {
        "it", "they", "we", "i", "you", "this", "there", "these", "those", "he", "she", "what", "one",
    };

    private readonly Dictionary<string, string?> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _peopleBySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _introduced = new(StringComparer.Ordinal);
    private Dictionary<string, List<(int Sentence, int Token)>>? _capitalisedWords;

    /// <summary>The person named last, for "he said".</summary>
    public string? LastPerson { get; private set; }

    /// <summary>The role known for a person, if any.</summary>
    public string? RoleOf(string person) => _roles.GetValueOrDefault(person);

    /// <summary>The body named last as a speaker, for "they said".</summary>
    public Attribution? LastBody { get; private set; }

    /// <summary>The attribution of the first speech verb in <paramref name="tokens"/>, if any.</summary>
    public Attribution? FindSpeech(List<Token> tokens)
    {
        var found = FindSpeechCore(tokens);
        if (found is { IsPerson: false })
        {
            LastBody = found;
        }

        return found;
    }

    private Attribution? FindSpeechCore(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Lower == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")
            {
                var source = ForwardPhrase(tokens, i + 2);
                if (source.Count > 0)
                {
                    return FromPhrase(source);
                }
            }

            if (!IsSpeechVerb(tokens, i))
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0 && tokens[j].IsWord && (Lexicon.Adverbials.Contains(tokens[j].Lower) || IsLyAdverb(tokens[j])))
            {
                j--;
            }

            if (j >= 0 && tokens[j].IsWord && (Lexicon.Passive.Contains(tokens[j].Lower) || tokens[j].Lower == "to"))
            {
                continue; // "are expected to", "to maintain": nobody's words
            }

            if (j >= 0 && tokens[j].IsWord && Lexicon.Pronouns.Contains(tokens[j].Lower))
            {
                return Pronoun();
            }

            if (j >= 0 && tokens[j].Lower == "they")
            {
                return LastBody; // "the union said ... They added": the body named last; nobody before it: narration
            }

            var appositive = Appositive(tokens, j) ?? NameThenRole(tokens, j);
            if (appositive is not null)
            {
                return appositive;
            }

            if ((j < 0 || !tokens[j].IsWord) && Lexicon.InvertibleVerbs.Contains(tokens[i].Lower))
            {
                var after = SpeakerAfter(tokens, i + 1);
                if (after.Count > 0)
                {
                    if (after.Count == 1 && Lexicon.Pronouns.Contains(after[0].Lower))
                    {
                        return Pronoun();
                    }

                    var named = FromPhrase(after);
                    return named is { IsPerson: true, Role: null }
                        ? Person(named.Speaker, RoleAfterComma(tokens, i + 1 + after.Count))
                        : named;
                }
            }

            var k = RunStart(tokens, j);
            if (k < j)
            {
                return FromPhrase(WithTitleWords(tokens, k, j));
            }

            // A trailing tag after a comma: "..., police officials said."
            var p = j;
            while (p >= 0 && tokens[p].IsWord && !Lexicon.IsBoundary(tokens[p]) && j - p < 4)
            {
                p--;
            }

            if (p > 0 && p < j && Lexicon.Determiners.Contains(tokens[p].Lower) && tokens[p - 1].Text == ",")
            {
                p--; // "..., the city's transport office said"
            }

            if (p >= 0 && p < j && tokens[p].Text == "," && (i + 1 >= tokens.Count || !tokens[i + 1].IsWord || IsTimeWord(tokens[i + 1]))
                && IsPlausibleSpeaker(tokens, tokens.GetRange(p + 1, j - p)))
            {
                return FromPhrase(tokens.GetRange(p + 1, j - p));
            }

            var subject = ClauseSubject(tokens, i);
            if (subject is not null)
            {
                return subject;
            }
        }

        return null;
    }

    // Index before the capitalised run ending at j; particles and "of"/"for" may sit inside ("Secretary of State").
    private static int RunStart(List<Token> tokens, int j)
    {
        var k = j;
        while (k >= 0 && tokens[k].IsWord
            && (tokens[k].IsCapitalized
                || (k < j && Lexicon.Particles.Contains(tokens[k].Text))
                || (k < j && k > 0 && (tokens[k].Lower is "of" or "for" or "and") && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized)))
        {
            k--;
        }

        return k;
    }

    // "Serbia's prime minister, Vojislav Kostunica, said": the name between commas, the role before them.
    private Attribution? Appositive(List<Token> tokens, int j)
    {
        if (j < 1 || tokens[j].Text != "," || !tokens[j - 1].IsCapitalized)
        {
            return null;
        }

        var k = RunStart(tokens, j - 1);
        if (k < 1 || tokens[k].Text != "," || j - 1 - k < 2)
        {
            return null;
        }

        var r = RoleStart(tokens, k);
        var phrase = tokens.GetRange(r, k - r);
        phrase.AddRange(tokens.GetRange(k + 1, j - 1 - k));
        var found = FromPhrase(phrase);
        return found is { IsPerson: true } ? found : null;
    }

    // "Tomas Belcourt, chief executive of Corvane Port Holdings, said": the name, then its role between commas.
    private Attribution? NameThenRole(List<Token> tokens, int j)
    {
        if (j < 3 || tokens[j].Text != ",")
        {
            return null;
        }

        var c = j - 1;
        while (c >= 0 && tokens[c].IsWord && j - c < 11)
        {
            c--;
        }

        if (c < 1 || c == j - 1 || tokens[c].Text != "," || !tokens[c - 1].IsTitleCase)
        {
            return null;
        }

        var role = RoleAfterComma(tokens, c);
        var k = RunStart(tokens, c - 1);
        if (role is null || k >= c - 1)
        {
            return null;
        }

        var named = FromPhrase(WithTitleWords(tokens, k, c - 1));
        return named is { IsPerson: true } ? Person(named.Speaker, named.Role ?? role) : null;
    }

    // The speaker after an inverted verb: a capitalised name ("said Mirela Ostrand"), or a determiner and a noun
    // that names a speaker ("said the minister"); never a clause ("said the company could not pay").
    private static List<Token> SpeakerAfter(List<Token> tokens, int from)
    {
        var phrase = ForwardPhrase(tokens, from);
        var first = phrase.FindIndex(static t => !Lexicon.Determiners.Contains(t.Lower));
        if (first < 0 || phrase[first].IsCapitalized || Lexicon.Pronouns.Contains(phrase[first].Lower)
            || phrase.Exists(static t => t.IsCapitalized))
        {
            return phrase; // "said Mirela Ostrand", "said van der Berg", "said envoy Tomas Berger"
        }

        var head = phrase.FindLastIndex(Math.Min(phrase.Count - 1, first + 3), static t => Lexicon.SpeakerNouns.Contains(t.Bare.ToLowerInvariant()));
        return head < first ? [] : phrase.GetRange(0, head + 1);
    }

    // A lower-case subject ("the bridge", "the city") names a speaker only when its head is a word for people or a
    // body ("city", "officials", "union"); a capitalised name or an acronym always may.
    private static bool IsPlausibleSpeaker(List<Token> sentence, List<Token> phrase)
    {
        var words = phrase.Where(t => t.IsWord && !Lexicon.Determiners.Contains(t.Lower)).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        var opening = sentence.Count > 0 ? sentence[0].Index : -1;
        return words.Exists(t => (t.IsCapitalized && t.Index != opening) || t.IsAcronym)
            || Lexicon.SpeakerNouns.Contains(words[^1].Bare.ToLowerInvariant());
    }

    private static bool IsSpeechVerb(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!t.IsWord || t.IsCapitalized)
        {
            return false;
        }

        return Lexicon.SpeechVerbs.Contains(t.Lower)
            || (Lexicon.SpeechVerbPhrases.TryGetValue(t.Lower, out var next) && i + 1 < tokens.Count && tokens[i + 1].Lower == next);
    }

    // A tag may end with when the words were said: "..., officials said on Friday."
    private static bool IsTimeWord(Token token) =>
        token.Lower is "on" or "in" or "late" or "earlier" or "later" or "yesterday" or "today" or "last" or "this" or "overnight";

    private static bool IsLyAdverb(Token token) =>
        !token.IsCapitalized && token.Text.Length > 4 && token.Text.EndsWith("ly", StringComparison.Ordinal);

    // The capitalised run tokens[k+1..j] plus up to four title words before it ("NATO spokesman James Appathurai").
    private static List<Token> WithTitleWords(List<Token> tokens, int k, int j)
    {
        var start = k + 1;
        var extra = 0;
        while (start - 1 >= 0 && !Lexicon.IsBoundary(tokens[start - 1]) && extra < 4)
        {
            start--;
            extra++;
        }

        return tokens.GetRange(start, j - start + 1);
    }

    private static List<Token> ForwardPhrase(List<Token> tokens, int from)
    {
        var phrase = new List<Token>();
        for (var i = from; i < tokens.Count && phrase.Count < 8; i++)
        {
            var inName = tokens[i].Lower is "of" or "and" or "for" && phrase.Count > 0 && phrase[^1].IsCapitalized
                && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized;
            if (!tokens[i].IsWord || (phrase.Count > 0 && !inName && Lexicon.Boundaries.Contains(tokens[i].Lower)))
            {
                break;
            }

            phrase.Add(tokens[i]);
        }

        return phrase;
    }

    private Attribution? Pronoun() =>
        LastPerson is null ? null : new Attribution(LastPerson, _roles.GetValueOrDefault(LastPerson), IsPerson: true);

    private Attribution? ClauseSubject(List<Token> tokens, int verb)
    {
        var s = 0;
        if (tokens.Count > 1 && tokens[0].IsWord && tokens[1].Text == ",")
        {
            s = 2; // a discourse marker: "However, ..."
        }

        // The clause that holds the verb: "..., forcing commuters onto a ferry that the city says ..." is the city's.
        for (var b = verb - 2; b >= Math.Max(s, verb - 40); b--)
        {
            if (tokens[b].Text is ";" or ":" || tokens[b].Lower is "that" or "which" or "whom")
            {
                s = b + 1;
                break;
            }
        }

        while (s < verb && tokens[s].IsWord && Lexicon.Determiners.Contains(tokens[s].Lower))
        {
            s++;
        }

        if (s >= verb || !tokens[s].IsWord || SubjectPronouns.Contains(tokens[s].Lower) || Lexicon.IsBoundary(tokens[s]))
        {
            return null;
        }

        var phrase = new List<Token>();
        while (s < verb && tokens[s].IsWord && tokens[s].IsCapitalized)
        {
            phrase.Add(tokens[s++]);
        }

        // "Western governments", "officials": the head noun after the capitalised words, when no acronym names the body.
        if (s < verb && tokens[s].IsWord && !Lexicon.IsBoundary(tokens[s]) && !phrase.Exists(t => t.IsAcronym))
        {
            phrase.Add(tokens[s]);
        }

        return phrase.Count == 0 || !IsPlausibleSpeaker(tokens, phrase) ? null : FromPhrase(phrase);
    }

    private Attribution? FromPhrase(List<Token> phrase)
    {
        var start = 0;
        while (start < phrase.Count && (Lexicon.Determiners.Contains(phrase[start].Lower) || Lexicon.Boundaries.Contains(phrase[start].Lower)))
        {
            start++;
        }

        phrase = phrase.GetRange(start, phrase.Count - start);
        if (phrase.Count == 0 || (phrase.Count == 1 && SubjectPronouns.Contains(phrase[0].Lower)))
        {
            return null;
        }

        var m = phrase.Count - 1;
        while (m >= 0 && (phrase[m].IsTitleCase || Lexicon.Particles.Contains(phrase[m].Text)))
        {
            m--;
        }

        var nameRun = phrase.GetRange(m + 1, phrase.Count - m - 1);
        while (nameRun.Count > 0 && Lexicon.Particles.Contains(nameRun[0].Text))
        {
            nameRun.RemoveAt(0);
            m++;
        }

        if (nameRun.Count >= 2
            && !Lexicon.OrganisationHeads.Contains(nameRun[^1].Bare.ToLowerInvariant())
            && !nameRun.Exists(t => Lexicon.CalendarWords.Contains(t.Bare.ToLowerInvariant())))
        {
            var particle = nameRun.FindIndex(1, t => Lexicon.Particles.Contains(t.Text));
            var nameStart = particle > 0 ? particle - 1 : nameRun.Count - 2;
            var name = Join(nameRun.GetRange(nameStart, nameRun.Count - nameStart));
            var roleTokens = phrase.GetRange(0, m + 1 + nameStart);
            return Person(name, roleTokens.Count > 0 ? Join(roleTokens) : null);
        }

        if (nameRun.Count == 1)
        {
            var known = Lookup(nameRun[0].Bare);
            if (known is not null)
            {
                var roleTokens = phrase.GetRange(0, m + 1);
                return Person(known, roleTokens.Count > 0 ? Join(roleTokens) : null);
            }
        }

        var acronym = phrase.Find(t => t.IsAcronym);
        return acronym.Text is not null && phrase.Count > 1
            ? new Attribution(acronym.Bare, null, IsPerson: false)
            : new Attribution(Join(phrase), null, IsPerson: false);
    }

    private Attribution Person(string name, string? role)
    {
        Remember(name, role);
        LastPerson = name;
        return new Attribution(name, _roles[name], IsPerson: true);
    }

    private void Remember(string name, string? role)
    {
        if (!_roles.TryGetValue(name, out var known))
        {
            _roles[name] = role;
        }
        else if (known is null && role is not null)
        {
            _roles[name] = role;
        }

        _peopleBySurname[name[(name.LastIndexOf(' ') + 1)..]] = name;
    }

    // "The mayor of Struga, Goran Petrovski": the role words before the comma that opens an appositive name.
    private static string? RoleBeforeComma(List<Token> tokens, int comma)
    {
        if (comma < 1 || comma >= tokens.Count || tokens[comma].Text != ",")
        {
            return null;
        }

        var r = RoleStart(tokens, comma);
        return r < comma && tokens.GetRange(r, comma - r).Exists(static t => !t.IsCapitalized)
            ? Join(tokens.GetRange(r, comma - r))
            : null;
    }

    // "Tomas Belcourt, chief executive of Corvane Port Holdings," / "said Mirela Ostrand, the union's general secretary."
    private static string? RoleAfterComma(List<Token> tokens, int comma)
    {
        if (comma < 0 || comma >= tokens.Count - 1 || tokens[comma].Text != ",")
        {
            return null;
        }

        var words = new List<Token>();
        var i = comma + 1;
        for (; i < tokens.Count && tokens[i].IsWord && words.Count < 9; i++)
        {
            var lower = tokens[i].Lower;
            if (Lexicon.SpeechVerbs.Contains(lower) || Lexicon.Adverbials.Contains(lower) || Lexicon.Passive.Contains(lower)
                || lower is "who" or "which" or "that" or "and" or "but" or "when" or "while" or "as" or "after"
                || (lower.EndsWith("ing", StringComparison.Ordinal) && !IsNounAfter(tokens, i + 1)))
            {
                return null;
            }

            words.Add(tokens[i]);
        }

        if (words.Count == 0 || (i < tokens.Count && tokens[i].Text is not ("," or "." or ";" or "\"" or "”"))
            || !words.Exists(static t => !t.IsCapitalized && !Lexicon.Determiners.Contains(t.Lower)))
        {
            return null;
        }

        while (words.Count > 0 && Lexicon.Determiners.Contains(words[0].Lower))
        {
            words.RemoveAt(0);
        }

        return words.Count == 0 ? null : Join(words);
    }

    // "managing director": an -ing word is part of a role when a plain noun follows it, not "that", "the" or a pronoun.
    private static bool IsNounAfter(List<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].IsWord && !Lexicon.Determiners.Contains(tokens[i].Lower)
        && !Lexicon.Boundaries.Contains(tokens[i].Lower) && !SubjectPronouns.Contains(tokens[i].Lower);

    // Start of the role words ending before index end: words that do not bound a phrase, plus "of" between a title
    // and a capitalised word ("mayor of Struga"), at most six.
    private static int RoleStart(List<Token> tokens, int end)
    {
        var r = end;
        while (r - 1 >= 0 && end - r < 6)
        {
            var t = tokens[r - 1];
            var ofPlace = t.Lower is "of" or "for" && r < end && tokens[r].IsCapitalized && r - 2 >= 0 && tokens[r - 2].IsWord && !tokens[r - 2].IsCapitalized;
            if (!ofPlace && Lexicon.IsBoundary(t))
            {
                break;
            }

            r--;
        }

        return r;
    }

    private string? Lookup(string surname)
    {
        if (_peopleBySurname.TryGetValue(surname, out var person))
        {
            return person;
        }

        if (_introduced.TryGetValue(surname, out var earlier))
        {
            return earlier;
        }

        // Introduced without a speech verb ("chaired by envoy Ana Kovac ... said Kovac"): find the full run. Every
        // sentence is cut into words once and every capitalised word indexed once, so a lookup costs the places
        // that word appears, never a pass over the article.
        if (_capitalisedWords is null)
        {
            _capitalisedWords = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
            for (var s = 0; s < documentSentences.Count; s++)
            {
                var tokens = documentSentences[s];
                for (var j = 1; j < tokens.Count; j++)
                {
                    if (tokens[j].IsCapitalized && tokens[j - 1].IsTitleCase)
                    {
                        var key = tokens[j].Bare;
                        if (!_capitalisedWords.TryGetValue(key, out var places))
                        {
                            _capitalisedWords[key] = places = [];
                        }

                        places.Add((s, j));
                    }
                }
            }
        }

        string? found = null;
        if (_capitalisedWords.TryGetValue(surname, out var at))
        {
            foreach (var (sentence, j) in at)
            {
                var tokens = documentSentences[sentence];
                found = FromPhraseWithoutLookup(WithTitleWords(tokens, RunStart(tokens, j), j), tokens, RunStart(tokens, j));
                if (found is not null)
                {
                    break;
                }
            }
        }

        _introduced[surname] = found;
        return found;
    }

    private string? FromPhraseWithoutLookup(List<Token> phrase, List<Token> tokens, int runStart)
    {
        var m = phrase.Count - 1;
        while (m >= 0 && (phrase[m].IsTitleCase || Lexicon.Particles.Contains(phrase[m].Text)))
        {
            m--;
        }

        var nameRun = phrase.GetRange(m + 1, phrase.Count - m - 1);
        if (nameRun.Count < 2 || Lexicon.OrganisationHeads.Contains(nameRun[^1].Bare.ToLowerInvariant()))
        {
            return null;
        }

        var particle = nameRun.FindIndex(1, t => Lexicon.Particles.Contains(t.Text));
        var nameStart = particle > 0 ? particle - 1 : nameRun.Count - 2;
        var name = Join(nameRun.GetRange(nameStart, nameRun.Count - nameStart));
        var roleTokens = phrase.GetRange(0, m + 1 + nameStart);
        while (roleTokens.Count > 0 && Lexicon.IsBoundary(roleTokens[0]))
        {
            roleTokens.RemoveAt(0);
        }

        var role = roleTokens.Count > 0 ? Join(roleTokens) : RoleBeforeComma(tokens, runStart) ?? RoleAfterComma(tokens, runStart + phrase.Count + 1);
        Remember(name, role);
        return name;
    }

    private static string Join(List<Token> tokens) =>
        string.Join(' ', tokens.Select((t, i) => i == tokens.Count - 1 ? t.Bare : t.Text));
}
