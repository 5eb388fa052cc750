using Microsoft.Extensions.AI;

namespace KosovoBot.Core.Control;

/// <summary>
/// The embedding model the gap report groups questions with, registered by the project that registers the model.
/// </summary>
/// <param name="Generator">The model.</param>
/// <param name="QueryPrefix">
/// What the model wants before a query (empty when nothing): questions embedded as queries spread further apart by
/// what they ask than plain sentences do, so different questions about one thing stay apart.
/// </param>
public sealed record GapEmbeddings(IEmbeddingGenerator<string, Embedding<float>> Generator, string QueryPrefix);
