using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KosovoBot.Cli.Json;

/// <summary>Source-generated serialisation of the command line's JSON contract.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AskJson))]
[JsonSerializable(typeof(AskLineJson))]
[JsonSerializable(typeof(ErrorJson))]
[JsonSerializable(typeof(DeadlinesJson))]
[JsonSerializable(typeof(QuotesJson))]
[JsonSerializable(typeof(SourcesJson))]
[JsonSerializable(typeof(GapsJson))]
[JsonSerializable(typeof(AuditJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Camel case, one line, quotes and non-ASCII letters written as themselves: the output is read by tools and
    /// people in a terminal, never embedded in HTML.
    /// </summary>
    public static CliJsonContext Relaxed { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
