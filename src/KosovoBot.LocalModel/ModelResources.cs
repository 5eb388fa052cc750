using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.Extensions.Logging;

namespace KosovoBot.LocalModel;

/// <summary>
/// The model and vocabulary resources of a <see cref="SentenceModel"/>'s DLL, read straight from the file: the DLL is
/// never loaded as an assembly (its code is never run, and its 90 MB are not mapped into the process). The ONNX graph
/// is extracted once to a file under the model directory, named by the DLL's build id, so that ONNX Runtime reads it
/// from disk without a second in-memory copy.
/// </summary>
internal sealed class ModelResources
{
    private const int CopyBuffer = 1 << 16;

    private readonly string _path;
    private readonly SentenceModel _model;
    private readonly Guid _buildId;
    private readonly Dictionary<string, (long Offset, int Length)> _resources;

    private ModelResources(string path, SentenceModel model, Guid buildId, Dictionary<string, (long Offset, int Length)> resources)
    {
        _path = path;
        _model = model;
        _buildId = buildId;
        _resources = resources;
    }

    /// <summary>
    /// Reads the resource table of the DLL beside the application; throws <see cref="FileNotFoundException"/> when it
    /// is absent and <see cref="BadImageFormatException"/> when it is not a .NET assembly.
    /// </summary>
    public static ModelResources Open(SentenceModel model)
    {
        var path = Path.Combine(AppContext.BaseDirectory, model.ResourceFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{model.ResourceFile} is not beside the application", path);
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        var directory = pe.PEHeaders.CorHeader?.ResourcesDirectory
            ?? throw new BadImageFormatException($"{model.ResourceFile} is not a .NET assembly");
        if (!pe.PEHeaders.TryGetDirectoryOffset(directory, out var start))
        {
            throw new BadImageFormatException($"{model.ResourceFile} has no resources");
        }

        var table = new Dictionary<string, (long Offset, int Length)>(StringComparer.Ordinal);
        Span<byte> length = stackalloc byte[4];
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil)
            {
                continue;
            }

            // Each embedded resource is its length (4 bytes, little-endian) followed by its bytes.
            var offset = start + resource.Offset;
            file.Position = offset;
            file.ReadExactly(length);
            table[metadata.GetString(resource.Name)] = (offset + 4, BinaryPrimitives.ReadInt32LittleEndian(length));
        }

        return new ModelResources(path, model, metadata.GetGuid(metadata.GetModuleDefinition().Mvid), table);
    }

    /// <summary>The vocabulary resource.</summary>
    public Stream OpenVocabulary() => new MemoryStream(Read(_model.VocabularyResource), writable: false);

    /// <summary>
    /// The path of the extracted ONNX graph under <paramref name="directory"/>, extracting it first when absent; null
    /// (logged at Debug) when it cannot be written there, and the caller reads <see cref="ReadModel"/> instead.
    /// </summary>
    public async Task<string?> ExtractModelAsync(string? directory, ILogger logger, CancellationToken cancellationToken)
    {
        var (offset, length) = Find(_model.ModelResource);
        if (string.IsNullOrEmpty(directory))
        {
            return null;
        }

        var extracted = Path.Combine(directory, $"{_model.Name}-{_buildId:N}.onnx");
        if (File.Exists(extracted) && new FileInfo(extracted).Length == length)
        {
            return extracted;
        }

        var temporary = $"{extracted}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(directory);
            await using (var source = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBuffer, useAsync: true))
            await using (var target = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, CopyBuffer, useAsync: true))
            {
                source.Position = offset;
                var buffer = new byte[CopyBuffer];
                for (var left = length; left > 0;)
                {
                    var read = await source.ReadAsync(buffer.AsMemory(0, Math.Min(left, buffer.Length)), cancellationToken);
                    if (read == 0)
                    {
                        throw new EndOfStreamException($"{_model.ResourceFile} ends inside {_model.ModelResource}");
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    left -= read;
                }
            }

            File.Move(temporary, extracted, overwrite: true);
            return extracted;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not EndOfStreamException)
        {
            Log.ModelNotExtracted(logger, extracted, ex);
            TryDelete(temporary);
            return null;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>The ONNX graph's bytes, for when it cannot be extracted.</summary>
    public byte[] ReadModel() => Read(_model.ModelResource);

    private (long Offset, int Length) Find(string name) =>
        _resources.TryGetValue(name, out var found)
            ? found
            : throw new FileNotFoundException($"{_model.ResourceFile} has no resource {name}");

    private byte[] Read(string name)
    {
        var (offset, length) = Find(name);
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read);
        file.Position = offset;
        var bytes = new byte[length];
        file.ReadExactly(bytes);
        return bytes;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stray temporary file is harmless; the next start writes another.
        }
    }
}
