using System.ComponentModel.DataAnnotations;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Settings of semantic search (section <c>Embeddings</c>). When <c>Embeddings:Endpoint</c> is set, statements and
/// questions are embedded by that OpenAI-compatible API; otherwise, unless <c>Embeddings:Local</c> is false, by the
/// local model that ships with the bot (offline, nothing is downloaded).
/// </summary>
public sealed class EmbeddingsOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Embeddings";

    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Base address of an OpenAI-compatible embeddings API, e.g. <c>http://localhost:11434/v1</c>. When set it wins
    /// over the local model.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// The embedding model of <see cref="Endpoint"/>, e.g. <c>nomic-embed-text</c> or <c>text-embedding-3-small</c>;
    /// required with it. With the local model it is that model's name (set by the bot).
    /// </summary>
    public string? Model { get; set; }

    /// <summary>
    /// When <see cref="Endpoint"/> is not set: true (the default) embeds with the local model that ships with the
    /// bot; false turns semantic search off (lexical answers only, no model loaded).
    /// </summary>
    public bool Local { get; set; } = true;

    /// <summary>
    /// Prepended to each question (never to a statement) before it is embedded. Unset or empty means the model's own:
    /// the local model's retrieval instruction, nothing for an endpoint (set e.g. <c>search_query: </c> for nomic).
    /// </summary>
    public string? QueryPrefix { get; set; }

    /// <summary>How many threads the local model uses to embed one batch (ONNX Runtime intra-op threads).</summary>
    public int LocalThreads { get; set; } = 2;

    /// <summary>The API key; a secret, read from the environment and never logged. Local servers need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The file that keeps statement vectors between starts, keyed by model and statement text; relative paths
    /// resolve against the working directory.
    /// </summary>
    [Required(ErrorMessage = "Embeddings:CachePath must name a file, e.g. .cache/embeddings.json.")]
    public string CachePath { get; set; } = Path.Combine(".cache", "embeddings.json");

    /// <summary>How long one search waits for the question's vector before ranking lexically alone.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many statements of each ranking take part in the fusion.</summary>
    public int CandidatePool { get; set; } = 50;

    /// <summary>
    /// The share of the semantic signal in the fused score of a statement: <c>(1 - w) · lexical + w · dense</c>, each
    /// normalised to [0, 1] over the question's candidates. 0 ranks lexically, 1 by sentence vectors alone.
    /// </summary>
    public double DenseWeight { get; set; } = 0.05;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint is not null && string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult(
                "Embeddings:Model is required when Embeddings:Endpoint is set, e.g. nomic-embed-text.", [nameof(Model)]);
        }

        // The generated validator drops [Range]'s ErrorMessage, so ranges are checked here, naming the setting.
        if (Timeout < MinTimeout || Timeout > MaxTimeout)
        {
            yield return new ValidationResult(
                $"Embeddings:Timeout must be between {MinTimeout:c} and {MaxTimeout:c}, e.g. 00:00:01.", [nameof(Timeout)]);
        }

        if (CandidatePool is < 1 or > 1000)
        {
            yield return new ValidationResult("Embeddings:CandidatePool must be between 1 and 1000.", [nameof(CandidatePool)]);
        }

        if (LocalThreads is < 1 or > 64)
        {
            yield return new ValidationResult("Embeddings:LocalThreads must be between 1 and 64.", [nameof(LocalThreads)]);
        }

        if (DenseWeight is < 0 or > 1 || double.IsNaN(DenseWeight))
        {
            yield return new ValidationResult("Embeddings:DenseWeight must be between 0 and 1.", [nameof(DenseWeight)]);
        }
    }
}
