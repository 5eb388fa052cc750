using KosovoBot.Composition;
using KosovoBot.ConsoleChat;
using KosovoBot.Core.Text;
using KosovoBot.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Hosting;

/// <summary>The long-running bot: every configured chat adapter under one generic host.</summary>
internal static class WorkerHost
{
    /// <summary>Runs until Ctrl+C, end of console input or a fatal adapter error; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, ConsoleStreams streams) => RunAsync(args, streams, configure: null);

    /// <summary>As <see cref="RunAsync(string[], ConsoleStreams)"/>; <paramref name="configure"/> lets tests replace services.</summary>
    internal static async Task<int> RunAsync(string[] args, ConsoleStreams streams, Action<IServiceCollection>? configure)
    {
        var builder = HostComposition.CreateBuilder(args, LogLevel.Information, watchConfiguration: true);
        if (await ReportAsync(ConfigurationProblems.FindBeforeBuild(builder.Configuration), streams.Error))
        {
            return 1;
        }

        var adapters = ChatPlatforms.AddConfigured(builder.Services, builder.Configuration, streams);
        if (adapters is ["console"])
        {
            // In a terminal chat, routine logs would interleave with the conversation.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddOperations(builder.Configuration);
        builder.Services.AddHostedService<ChatAdapterRunner>();
        configure?.Invoke(builder.Services);
        StartupFailureLogFilter.Apply(builder.Services);
        var optionsTypes = ConfigurationProblems.OptionsTypes(builder.Services);
        using var host = builder.Build();

        // Checked before the host starts, so that a bad setting is one line each, not a logged stack trace.
        if (await ReportAsync(ConfigurationProblems.Find(host.Services, builder.Configuration, optionsTypes), streams.Error))
        {
            return 1;
        }

        MessageCultures.Use(host.Services.GetRequiredService<IOptions<MessagesOptions>>().Value);

        OperationsServer? operations = null;
        try
        {
            // Before the host starts, so that /healthz and /readyz answer while the knowledge loads.
            var web = host.Services.GetRequiredService<IOptions<WebOptions>>().Value;
            if (web.IsEnabled)
            {
                try
                {
                    operations = await OperationsServer.StartAsync(host.Services, web.ListenUrl!, CancellationToken.None);
                }
                catch (IOException ex)
                {
                    await streams.Error.WriteLineAsync($"KosovoBot cannot start: Web:ListenUrl {web.ListenUrl} cannot be listened on ({ex.Message}).");
                    return 1;
                }
            }

            try
            {
                await host.StartAsync();
            }
            catch
            {
                // Stops what did start, so that a background service cancelled by the failed start is not logged as
                // a crash of its own; the start failure is what the user is told about.
                await host.StopAsync();
                throw;
            }

            await host.WaitForShutdownAsync();
        }
        catch (Exception ex) when (ConfigurationErrors.TryDescribe(ex, out var message))
        {
            await streams.Error.WriteLineAsync(message);
            return 1;
        }
        finally
        {
            if (operations is not null)
            {
                await operations.DisposeAsync();
            }
        }

        return Environment.ExitCode;
    }

    /// <summary>Prints one line per problem; true when there was any.</summary>
    public static async Task<bool> ReportAsync(IReadOnlyList<string> problems, TextWriter error)
    {
        foreach (var problem in problems)
        {
            await error.WriteLineAsync("KosovoBot cannot start: " + problem);
        }

        return problems.Count > 0;
    }
}
