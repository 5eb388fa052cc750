using System.ComponentModel.DataAnnotations;

namespace KosovoBot.SemanticKernel.Answering;

/// <summary>
/// Settings of the optional LLM answerer (section <c>Llm</c>). The answerer is wired only when
/// <c>Llm:Endpoint</c> is set; without it the bot stays extractive and calls no model.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Llm";

    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Base address of an OpenAI-compatible API, including its version path:
    /// <c>http://localhost:11434/v1</c> (Ollama), <c>https://api.openai.com/v1</c>.
    /// </summary>
    [Required(ErrorMessage = "Llm:Endpoint is required: the base address of an OpenAI-compatible API, e.g. http://localhost:11434/v1.")]
    public Uri? Endpoint { get; set; }

    /// <summary>The model name the endpoint serves, e.g. <c>llama3.1</c> or <c>gpt-4o-mini</c>.</summary>
    [Required(ErrorMessage = "Llm:Model is required when Llm:Endpoint is set, e.g. llama3.1.")]
    public string? Model { get; set; }

    /// <summary>The API key; a secret, read from the environment and never logged. Local servers need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// How long to wait for the model before showing the extractive answer instead. The default stays well
    /// inside the 3-second acknowledgement windows of the chat platforms.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many retrieved statements the model is given, numbered.</summary>
    public int MaxStatements { get; set; } = 6;

    /// <summary>The most tokens the model may write; answers are one or two sentences.</summary>
    public int MaxTokens { get; set; } = 300;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The generated validator drops [Range]'s ErrorMessage, so ranges are checked here, naming the setting.
        if (Timeout < MinTimeout || Timeout > MaxTimeout)
        {
            yield return new ValidationResult(
                $"Llm:Timeout must be between {MinTimeout:c} and {MaxTimeout:c}, e.g. 00:00:02.", [nameof(Timeout)]);
        }

        if (MaxStatements is < 1 or > 20)
        {
            yield return new ValidationResult("Llm:MaxStatements must be between 1 and 20.", [nameof(MaxStatements)]);
        }

        if (MaxTokens is < 16 or > 4096)
        {
            yield return new ValidationResult("Llm:MaxTokens must be between 16 and 4096.", [nameof(MaxTokens)]);
        }
    }
}
