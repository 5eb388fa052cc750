using System.Diagnostics;

namespace KosovoBot.Tests.Support;

/// <summary>Runs the real KosovoBot executable in a scratch folder that holds a copy of the test knowledge.</summary>
internal sealed class BotProcess : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Creates a scratch working folder with <c>knowledge/</c> copied from TestData.</summary>
    public BotProcess()
    {
        WorkingDirectory = Directory.CreateTempSubdirectory("kosovobot-tests-").FullName;
        KnowledgeDirectory = Path.Combine(WorkingDirectory, "knowledge");
        Directory.CreateDirectory(KnowledgeDirectory);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "knowledge")))
        {
            File.Copy(file, Path.Combine(KnowledgeDirectory, Path.GetFileName(file)));
        }
    }

    /// <summary>The process's current directory.</summary>
    public string WorkingDirectory { get; }

    /// <summary>The knowledge folder the process serves.</summary>
    public string KnowledgeDirectory { get; }

    /// <summary>Extra environment variables (configuration) for the next runs.</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs the bot with <paramref name="args"/>, writes <paramref name="input"/> then closes standard input.</summary>
    public async Task<BotRun> RunAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KosovoBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A developer's own tokens or model endpoint must never make a test reach a real platform.
        foreach (var key in start.Environment.Keys.Where(IsPlatformSetting).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        using var timeout = new CancellationTokenSource(Timeout);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new BotRun(process.ExitCode, await stdout, await stderr);
    }

    private static bool IsPlatformSetting(string key) =>
        new[] { "Discord__", "Slack__", "Llm__", "Embeddings__", "Knowledge__", "Retrieval__", "Redis__", "Storage__", "Limits__" }
            .Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(WorkingDirectory, recursive: true);
}
