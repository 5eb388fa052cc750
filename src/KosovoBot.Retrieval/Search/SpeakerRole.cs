namespace KosovoBot.Retrieval.Search;

/// <summary>A speaker with the role the article gives them, and the index terms of both.</summary>
/// <param name="Speaker">The speaker as the statement names them.</param>
/// <param name="Role">The role, when given.</param>
/// <param name="RoleTerms">Index terms of the role.</param>
/// <param name="PersonTerms">Index terms of the name and role together.</param>
internal sealed record SpeakerRole(string Speaker, string? Role, IReadOnlySet<string> RoleTerms, IReadOnlySet<string> PersonTerms);
