namespace KosovoBot.Retrieval.Statements;

/// <summary>A word or punctuation mark of a sentence and where it starts.</summary>
/// <param name="Text">The token as written ("U.N", "Friday's", ",").</param>
/// <param name="Index">Its start in the text it was cut from.</param>
internal readonly record struct Token(string Text, int Index)
{
    /// <summary>True for a word (not punctuation).</summary>
    public bool IsWord => char.IsLetterOrDigit(Text[0]);

    /// <summary>The word without a possessive ending, for matching names.</summary>
    public string Bare => Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal)
        ? Text[..^2]
        : Text.TrimEnd('\'', '’');

    /// <summary>Starts with a capital letter: a name, a title or a sentence start.</summary>
    public bool IsCapitalized => char.IsUpper(Text[0]);

    /// <summary>All capitals and at least two letters: an acronym such as NATO.</summary>
    public bool IsAcronym => Text.Length >= 2 && Bare.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Bare.Any(char.IsLetter);

    /// <summary>Capital then lower case, as personal names are written.</summary>
    public bool IsTitleCase => IsCapitalized && !IsAcronym && Bare.Skip(1).Any(char.IsLower);

    /// <summary>The word in lower case.</summary>
    public string Lower => Text.ToLowerInvariant();
}
