using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Statement vectors on disk, keyed by a hash of the model name and the statement text, so a changed
/// sentence or another model never reuses a stale vector. One JSON file: <c>{"vectors": {"key": "base64 float32"}}</c>.
/// A missing or unreadable file is an empty cache; a failed write only costs recomputation next start.
/// </summary>
internal sealed class EmbeddingCache(string path, ILogger logger)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    /// <summary>The cache key of <paramref name="text"/> embedded with <paramref name="model"/>.</summary>
    public static string KeyOf(string model, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{model}\n{text}")));

    /// <summary>The stored vectors; empty when there is no readable file.</summary>
    public Dictionary<string, float[]> Load()
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            var file = JsonSerializer.Deserialize<CacheFile>(File.ReadAllBytes(path), JsonOptions);
            return file?.Vectors?.ToDictionary(
                kv => kv.Key,
                kv => MemoryMarshal.Cast<byte, float>(Convert.FromBase64String(kv.Value)).ToArray()) ?? [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException)
        {
            Log.CacheUnreadable(logger, path, ex);
            return [];
        }
    }

    /// <summary>Writes <paramref name="vectors"/>, replacing the file atomically.</summary>
    public void Save(IReadOnlyDictionary<string, float[]> vectors)
    {
        var file = new CacheFile(vectors.ToDictionary(
            kv => kv.Key, kv => Convert.ToBase64String(MemoryMarshal.AsBytes(kv.Value.AsSpan()))));
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(file, JsonOptions));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.CacheUnwritable(logger, path, ex);
        }
    }

    private sealed record CacheFile(Dictionary<string, string>? Vectors);
}
