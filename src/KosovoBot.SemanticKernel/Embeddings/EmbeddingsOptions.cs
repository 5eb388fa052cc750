using System.ComponentModel.DataAnnotations;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Settings of the optional semantic search (section <c>Embeddings</c>). Wired only when
/// <c>Embeddings:Endpoint</c> is set; without it nothing is called, computed or downloaded.
/// </summary>
public sealed class EmbeddingsOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Embeddings";

    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(1);

    /// <summary>Base address of an OpenAI-compatible embeddings API, e.g. <c>http://localhost:11434/v1</c>.</summary>
    [Required(ErrorMessage = "Embeddings:Endpoint is required: the base address of an OpenAI-compatible API, e.g. http://localhost:11434/v1.")]
    public Uri? Endpoint { get; set; }

    /// <summary>The embedding model, e.g. <c>nomic-embed-text</c> or <c>text-embedding-3-small</c>.</summary>
    [Required(ErrorMessage = "Embeddings:Model is required when Embeddings:Endpoint is set, e.g. nomic-embed-text.")]
    public string? Model { get; set; }

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
    public double DenseWeight { get; set; } = 0.5;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
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

        if (DenseWeight is < 0 or > 1 || double.IsNaN(DenseWeight))
        {
            yield return new ValidationResult("Embeddings:DenseWeight must be between 0 and 1.", [nameof(DenseWeight)]);
        }
    }
}
