using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using KosovoBot.Testing.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using KosovoBot.Testing;

namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>
/// An in-process Discord on 127.0.0.1: Kestrel WebSockets for the gateway (<c>/gateway</c>, <c>/resume</c>) and
/// the few REST endpoints the adapter calls, answering with the fixtures. Every REST request is recorded.
/// </summary>
internal sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly Channel<RecordedRequest> _requests = Channel.CreateUnbounded<RecordedRequest>();
    private readonly ConcurrentQueue<RecordedRequest> _all = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedResponse>> _scripts = new();
    private readonly CancellationTokenSource _stopping = new();

    private FakeDiscordServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseUrl, "api/v10");

    public Uri GatewayUrl => new($"ws://{BaseUrl.Authority}/gateway");

    public Uri ResumeUrl => new($"ws://{BaseUrl.Authority}/resume");

    /// <summary>What GET .../commands returns; a PUT replaces it.</summary>
    public JsonArray RegisteredCommands { get; set; } = [];

    public IReadOnlyList<RecordedRequest> AllRequests => [.. _all];

    public static async Task<FakeDiscordServer> StartAsync()
    {
        var app = LoopbackWebApp.Create();
        var server = new FakeDiscordServer(app);
        app.UseWebSockets();
        app.Map("/gateway", server.AcceptGatewayAsync);
        app.Map("/resume", server.AcceptGatewayAsync);
        app.Map("/api/v10/{**path}", server.HandleRestAsync);
        server.BaseUrl = await LoopbackWebApp.StartAsync(app, CancellationToken.None);
        return server;
    }

    /// <summary>Queues <paramref name="response"/> for the next request whose "METHOD path" starts with <paramref name="route"/>.</summary>
    public void Script(string route, ScriptedResponse response) =>
        _scripts.GetOrAdd(route, _ => new ConcurrentQueue<ScriptedResponse>()).Enqueue(response);

    public Task<FakeGatewayConnection> NextConnectionAsync(CancellationToken cancellationToken) =>
        _connections.Reader.ReadAsync(cancellationToken).AsTask();

    /// <summary>The next recorded request matching <paramref name="route"/> ("METHOD path-prefix").</summary>
    public async Task<RecordedRequest> NextRequestAsync(string route, CancellationToken cancellationToken)
    {
        while (true)
        {
            var request = await _requests.Reader.ReadAsync(cancellationToken);
            if ($"{request.Method} {request.Path}".StartsWith(route, StringComparison.Ordinal))
            {
                return request;
            }
        }
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string route) =>
        _all.Where(r => $"{r.Method} {r.Path}".StartsWith(route, StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var connection = new FakeGatewayConnection(socket, context.Request.Path, context.Request.QueryString.Value ?? string.Empty);
        _connections.Writer.TryWrite(connection);
        await connection.PumpAsync(_stopping.Token);
    }

    private async Task HandleRestAsync(HttpContext context)
    {
        var path = "/" + (string?)context.Request.RouteValues["path"];
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(
            context.Request.Method,
            path,
            context.Request.Headers.Authorization,
            context.Request.Headers.UserAgent,
            context.Request.ContentType,
            body);
        _all.Enqueue(request);
        _requests.Writer.TryWrite(request);

        var key = $"{request.Method} {path}";
        foreach (var (route, queue) in _scripts)
        {
            if (key.StartsWith(route, StringComparison.Ordinal) && queue.TryDequeue(out var scripted))
            {
                context.Response.StatusCode = scripted.Status;
                foreach (var (name, value) in scripted.Headers)
                {
                    if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                    {
                        context.Response.Headers[name] = value;
                    }
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(scripted.Body);
                return;
            }
        }

        switch (request.Method, path)
        {
            case ("GET", "/gateway/bot"):
                var gateway = Fixtures.Json("get-gateway-bot-response.json");
                gateway["url"] = GatewayUrl.AbsoluteUri;
                await Json(context, 200, gateway);
                break;
            case ("GET", _) when path.EndsWith("/commands", StringComparison.Ordinal):
                await Json(context, 200, RegisteredCommands);
                break;
            case ("PUT", _) when path.EndsWith("/commands", StringComparison.Ordinal):
                RegisteredCommands = JsonNode.Parse(body)!.AsArray();
                await Json(context, 200, RegisteredCommands);
                break;
            case ("POST", _) when path.StartsWith("/channels/", StringComparison.Ordinal):
                var message = Fixtures.Json("message-object.json");
                message["id"] = (_all.Count + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Json(context, 200, message);
                break;
            case ("POST", _) when path.StartsWith("/interactions/", StringComparison.Ordinal):
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            case ("PATCH", _) when path.StartsWith("/webhooks/", StringComparison.Ordinal):
            case ("POST", _) when path.StartsWith("/webhooks/", StringComparison.Ordinal):
                await Json(context, 200, Fixtures.Json("message-object.json"));
                break;
            case ("DELETE", _) when path.StartsWith("/webhooks/", StringComparison.Ordinal):
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                await Json(context, 404, new JsonObject { ["message"] = "404: Not Found", ["code"] = 0 });
                break;
        }
    }

    private static async Task Json(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
