namespace KosovoBot.Retrieval.Statements;

/// <summary>A word or punctuation mark of a sentence and where it starts; its derived forms are computed once.</summary>
internal readonly record struct Token
{
    /// <summary>Creates a token.</summary>
    /// <param name="text">The token as written ("U.N", "Friday's", ",").</param>
    /// <param name="index">Its start in the text it was cut from.</param>
    public Token(string text, int index)
    {
        Text = text;
        Index = index;
        IsWord = char.IsLetterOrDigit(text[0]);
        Bare = text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal)
            ? text[..^2]
            : text.EndsWith('\'') || text.EndsWith('’') ? text.TrimEnd('\'', '’') : text;
        IsCapitalized = char.IsUpper(text[0]);
        var anyUpper = false;
        foreach (var c in text)
        {
            anyUpper |= char.IsUpper(c);
        }

        Lower = anyUpper ? text.ToLowerInvariant() : text;
        var letters = false;
        var allUpper = true;
        var lowerAfterFirst = false;
        var bare = Bare;
        for (var i = 0; i < bare.Length; i++)
        {
            var c = bare[i];
            letters |= char.IsLetter(c);
            allUpper &= !char.IsLetter(c) || char.IsUpper(c);
            lowerAfterFirst |= i > 0 && char.IsLower(c);
        }

        IsAcronym = text.Length >= 2 && allUpper && letters;
        IsTitleCase = IsCapitalized && !IsAcronym && lowerAfterFirst;
    }

    /// <summary>The token as written ("U.N", "Friday's", ",").</summary>
    public string Text { get; }

    /// <summary>Its start in the text it was cut from.</summary>
    public int Index { get; }

    /// <summary>True for a word (not punctuation).</summary>
    public bool IsWord { get; }

    /// <summary>The word without a possessive ending, for matching names.</summary>
    public string Bare { get; }

    /// <summary>Starts with a capital letter: a name, a title or a sentence start.</summary>
    public bool IsCapitalized { get; }

    /// <summary>All capitals and at least two letters: an acronym such as NATO.</summary>
    public bool IsAcronym { get; }

    /// <summary>Capital then lower case, as personal names are written.</summary>
    public bool IsTitleCase { get; }

    /// <summary>The word in lower case.</summary>
    public string Lower { get; }
}
