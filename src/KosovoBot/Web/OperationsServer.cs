using System.Text;
using KosovoBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace KosovoBot.Web;

/// <summary>
/// The operations endpoints on their own small Kestrel server at <c>Web:ListenUrl</c>: <c>/healthz</c> (the process
/// answers), <c>/readyz</c> (every readiness check passes) and <c>/metrics</c> (Prometheus text from OpenTelemetry).
/// It starts before the bot's host so that probes get an answer while the knowledge loads.
/// </summary>
internal sealed class OperationsServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OperationsServer(WebApplication app) => _app = app;

    /// <summary>Starts the server over the bot's <paramref name="services"/>.</summary>
    public static async Task<OperationsServer> StartAsync(IServiceProvider services, string listenUrl, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(services.GetRequiredService<ILoggerFactory>());
        builder.WebHost.UseUrls(listenUrl);
        var app = builder.Build();
        var probe = services.GetRequiredService<ReadinessProbe>();
        app.MapGet("/healthz", static () => Results.Text("ok\n"));
        app.MapGet("/readyz", async (HttpContext context) =>
        {
            var (ready, lines) = await probe.CheckAsync(context.RequestAborted);
            var body = (ready ? "ready\n" : "not ready\n") + string.Concat(lines.Select(static l => l + "\n"));
            return Results.Text(body, "text/plain", Encoding.UTF8, ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        app.MapPrometheusScrapingEndpoint("/metrics", services.GetRequiredService<MeterProvider>(), configureBranchedPipeline: null, optionsName: null);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        Log.OperationsListening(services.GetRequiredService<ILogger<OperationsServer>>(), listenUrl);
        return new OperationsServer(app);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
