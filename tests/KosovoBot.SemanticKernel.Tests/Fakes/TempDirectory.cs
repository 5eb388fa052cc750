namespace KosovoBot.SemanticKernel.Tests.Fakes;

/// <summary>A fresh directory under the system temp folder, deleted with its contents on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kosovobot-sk-tests-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
