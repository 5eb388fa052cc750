namespace KosovoBot.Retrieval.Statements;

/// <summary>Who words are attributed to.</summary>
/// <param name="Speaker">A person's full name or a body ("NATO", "Western governments").</param>
/// <param name="Role">The person's role where the text gives one ("NATO spokesman").</param>
/// <param name="IsPerson">True for a person, false for a body.</param>
internal sealed record Attribution(string Speaker, string? Role, bool IsPerson);
