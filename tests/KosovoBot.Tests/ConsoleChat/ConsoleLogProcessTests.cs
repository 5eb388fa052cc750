using KosovoBot.Tests.Support;

namespace KosovoBot.Tests.ConsoleChat;

/// <summary>Logs written to a file (standard error redirected) carry no terminal colour codes.</summary>
public sealed class ConsoleLogProcessTests : IDisposable
{
    private readonly BotProcess _bot = new();

    [Fact]
    public async Task ConsoleChat_LogsRedirected_HaveNoColourCodes()
    {
        // Stands in for "standard output is a terminal, standard error a file" (kosovobot 2>bot.log): .NET then
        // decides on colour from standard output alone, which this variable makes it do in the test too.
        _bot.Environment["DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION"] = "1";
        await File.WriteAllTextAsync(Path.Combine(_bot.KnowledgeDirectory, "bad.md"), "---\nid: bad\n---\n");

        var run = await _bot.RunAsync("/quit\n", []);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("knowledge/bad.md:3: missing required field 'title'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Error);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
