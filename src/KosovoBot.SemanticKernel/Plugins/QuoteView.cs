namespace KosovoBot.SemanticKernel.Plugins;

/// <summary>A direct quotation as a model sees it through the plugin.</summary>
/// <param name="StatementId">The id of the statement the quotation is cut from.</param>
/// <param name="Quote">The words, verbatim.</param>
/// <param name="Speaker">Who said them.</param>
/// <param name="Role">The speaker's role where the article gives one.</param>
/// <param name="Source">Outlet and headline of the article.</param>
public sealed record QuoteView(string StatementId, string Quote, string? Speaker, string? Role, string Source);
