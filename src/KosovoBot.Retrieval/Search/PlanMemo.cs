namespace KosovoBot.Retrieval.Search;

/// <summary>The last question planned, swapped in as one reference so readers never see a torn pair.</summary>
/// <param name="Index">The index it was planned against.</param>
/// <param name="Question">The question as given.</param>
/// <param name="Plan">Its plan.</param>
internal sealed record PlanMemo(KnowledgeIndex Index, string Question, QueryPlan Plan);
