using KosovoBot.Core.Health;
using KosovoBot.Slack.Dispatch;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Http;

/// <summary>
/// Runs the HTTP-mode endpoints on the adapter's own Kestrel server at <c>Slack:HttpListenUrl</c>, so the
/// generic host stays a plain worker.
/// </summary>
internal sealed class SlackHttpServer(
    SlackHttpEndpoints endpoints,
    IOptions<SlackOptions> options,
    AdapterConnections states,
    ILoggerFactory loggerFactory)
{
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ILogger _logger = loggerFactory.CreateLogger<SlackHttpServer>();

    /// <summary>The first address the server listens on, once started (the real port when configured with 0).</summary>
    public Task<Uri> Listening => _listening.Task;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.UseUrls(options.Value.HttpListenUrl);
        await using var app = builder.Build();
        app.MapPost(options.Value.EventsPath, context => endpoints.HandleEventAsync(context, cancellationToken));
        app.MapPost(options.Value.CommandsPath, context => endpoints.HandleCommandAsync(context, cancellationToken));
        app.MapPost(options.Value.InteractivityPath, context => endpoints.HandleInteractionAsync(context, cancellationToken));
        try
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? options.Value.HttpListenUrl;
            Log.Listening(_logger, address);
            _listening.TrySetResult(new Uri(address));
            states.Connected(SlackChatAdapter.PlatformName);
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            _listening.TrySetCanceled(CancellationToken.None);
            states.Disconnected(SlackChatAdapter.PlatformName);
            await app.StopAsync(CancellationToken.None);
        }
    }
}
