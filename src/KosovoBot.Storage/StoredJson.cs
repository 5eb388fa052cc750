using System.Text.Json.Serialization;
using KosovoBot.Core.Control;

namespace KosovoBot.Storage;

/// <summary>Source-generated JSON for the parts of a record kept as one column (its quotes).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<CitedQuote>))]
internal sealed partial class StoredJson : JsonSerializerContext;
