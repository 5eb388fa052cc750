using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using KosovoBot.Testing.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using KosovoBot.Testing;

namespace KosovoBot.Slack.Tests.Fakes;

/// <summary>
/// An in-process Slack on 127.0.0.1 (Kestrel, port 0) that plays the fixtures: <c>auth.test</c>,
/// <c>apps.connections.open</c>, <c>chat.postMessage</c> (optionally rate limited), a <c>response_url</c> and the
/// Socket Mode WebSocket. It records what the bot sent, in order.
/// </summary>
internal sealed class FakeSlackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<FakeSlackSocket> _connections = Channel.CreateUnbounded<FakeSlackSocket>();
    private readonly Channel<JsonObject> _posts = Channel.CreateUnbounded<JsonObject>();
    private readonly Channel<JsonObject> _responseUrlPosts = Channel.CreateUnbounded<JsonObject>();
    private readonly Channel<JsonObject> _ephemerals = Channel.CreateUnbounded<JsonObject>();
    private readonly Channel<JsonObject> _viewsOpened = Channel.CreateUnbounded<JsonObject>();
    private int _usersInfoCalls;
    private readonly Channel<int> _scriptedServed = Channel.CreateUnbounded<int>();
    private readonly ConcurrentQueue<string> _timeline = new();
    private readonly ConcurrentBag<FakeSlackSocket> _sockets = [];
    private readonly ConcurrentQueue<(int Status, string Body, string? RetryAfter)> _scriptedPosts = new();
    private int _connectionsOpened;

    private FakeSlackServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseAddress, "api/");

    public Uri ResponseUrl => new(BaseAddress, "hooks/commands/T111/111/xxx");

    /// <summary>The <c>auth.test</c> body; the fixture by default.</summary>
    public string AuthTestBody { get; set; } = Fixtures.Text("slack-auth-test-response.json");

    /// <summary>Bodies the next <c>auth.test</c> calls get, in order, before <see cref="AuthTestBody"/>.</summary>
    public ConcurrentQueue<string> AuthTestFailures { get; } = new();

    /// <summary>Overrides the <c>apps.connections.open</c> body (e.g. an error); null plays the fixture.</summary>
    public string? ConnectionsOpenBody { get; set; }

    public ConcurrentDictionary<string, string> AuthorizationByMethod { get; } = new();

    /// <summary>The bot token's scopes <c>auth.test</c> reports in <c>X-OAuth-Scopes</c> (the manifest's by default).</summary>
    public string BotScopes { get; set; } = "app_mentions:read,channels:history,chat:write,commands,im:history,im:read,users:read";

    /// <summary>Users <c>users.info</c> reports as workspace admins (<c>is_admin: true</c>); everyone else is a member.</summary>
    public ConcurrentDictionary<string, bool> WorkspaceAdmins { get; } = new(StringComparer.Ordinal);

    /// <summary>Overrides the <c>users.info</c> body (e.g. <c>missing_scope</c>); null answers from <see cref="WorkspaceAdmins"/>.</summary>
    public string? UsersInfoBody { get; set; }

    public int UsersInfoCalls => Volatile.Read(ref _usersInfoCalls);

    /// <summary>Every <c>chat.postEphemeral</c> body, in order.</summary>
    public ChannelReader<JsonObject> Ephemerals => _ephemerals.Reader;

    /// <summary>Every <c>views.open</c> body, in order.</summary>
    public ChannelReader<JsonObject> ViewsOpened => _viewsOpened.Reader;

    public int ConnectionsOpened => Volatile.Read(ref _connectionsOpened);

    /// <summary>What the bot did, in order: <c>ack:&lt;envelope_id&gt;</c>, <c>post:&lt;channel&gt;</c>.</summary>
    public IReadOnlyList<string> Timeline => [.. _timeline];

    public ChannelReader<FakeSlackSocket> Connections => _connections.Reader;

    public ChannelReader<JsonObject> Posts => _posts.Reader;

    public ChannelReader<JsonObject> ResponseUrlPosts => _responseUrlPosts.Reader;

    /// <summary>Signals the status of each scripted (failing) chat.postMessage response served.</summary>
    public ChannelReader<int> ScriptedPostsServed => _scriptedServed.Reader;

    public static async Task<FakeSlackServer> StartAsync()
    {
        var app = LoopbackWebApp.Create();
        var server = new FakeSlackServer(app);
        app.UseWebSockets();
        app.MapPost("/api/auth.test", server.AuthTest);
        app.MapPost("/api/apps.connections.open", server.ConnectionsOpen);
        app.MapPost("/api/chat.postMessage", server.PostMessage);
        app.MapPost("/api/chat.postEphemeral", server.PostEphemeral);
        app.MapPost("/api/views.open", server.ViewsOpen);
        app.MapPost("/api/users.info", server.UsersInfo);
        app.MapPost("/hooks/commands/{**rest}", server.ResponseUrlPost);
        app.Map("/link", server.Link);
        server.BaseAddress = await LoopbackWebApp.StartAsync(app, CancellationToken.None);
        return server;
    }

    /// <summary>The next chat.postMessage call gets a 429 with <c>Retry-After: 1</c> and the fixture body.</summary>
    public void RateLimitNextPost() => _scriptedPosts.Enqueue((429, Fixtures.Text("slack-rate-limited-response.json"), "1"));

    /// <summary>The next chat.postMessage call gets this status and body instead of the success fixture.</summary>
    public void ScriptNextPost(int status, string body) => _scriptedPosts.Enqueue((status, body, null));

    public void Record(string what) => _timeline.Enqueue(what);

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in _sockets)
        {
            socket.Abort();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        foreach (var socket in _sockets)
        {
            socket.Dispose();
        }
    }

    private async Task AuthTest(HttpContext context)
    {
        AuthorizationByMethod["auth.test"] = context.Request.Headers.Authorization.ToString();
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers["X-OAuth-Scopes"] = BotScopes;
        await context.Response.WriteAsync(AuthTestFailures.TryDequeue(out var failure) ? failure : AuthTestBody);
    }

    private async Task ConnectionsOpen(HttpContext context)
    {
        AuthorizationByMethod["apps.connections.open"] = context.Request.Headers.Authorization.ToString();
        context.Response.ContentType = "application/json; charset=utf-8";
        if (ConnectionsOpenBody is { } overridden)
        {
            await context.Response.WriteAsync(overridden);
            return;
        }

        var ticket = Interlocked.Increment(ref _connectionsOpened);
        var body = Fixtures.Json("slack-apps-connections-open-response.json");
        var ws = new UriBuilder(BaseAddress) { Scheme = "ws", Path = "/link/", Query = $"ticket={ticket}&app_id=5678" };
        body["url"] = ws.Uri.ToString();
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private async Task PostMessage(HttpContext context)
    {
        AuthorizationByMethod["chat.postMessage"] = context.Request.Headers.Authorization.ToString();
        var request = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        context.Response.ContentType = "application/json; charset=utf-8";
        if (_scriptedPosts.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            await context.Response.WriteAsync(scripted.Body);
            _scriptedServed.Writer.TryWrite(scripted.Status);
            return;
        }

        Record("post:" + request["channel"]);
        var response = Fixtures.Json("slack-chat-postMessage-response.json");
        response["channel"] = request["channel"]!.GetValue<string>();
        await context.Response.WriteAsync(response.ToJsonString());
        _posts.Writer.TryWrite(request);
    }

    private async Task PostEphemeral(HttpContext context)
    {
        AuthorizationByMethod["chat.postEphemeral"] = context.Request.Headers.Authorization.ToString();
        var request = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        Record("ephemeral:" + request["channel"] + ":" + request["user"]);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync("""{"ok":true,"message_ts":"1502210682.580145"}""");
        _ephemerals.Writer.TryWrite(request);
    }

    private async Task ViewsOpen(HttpContext context)
    {
        AuthorizationByMethod["views.open"] = context.Request.Headers.Authorization.ToString();
        var request = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        Record("views.open");
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync("""{"ok":true,"view":{"id":"VMHU10V25","type":"modal"}}""");
        _viewsOpened.Writer.TryWrite(request);
    }

    // users.info documents form-encoded arguments: user=U…
    private async Task UsersInfo(HttpContext context)
    {
        AuthorizationByMethod["users.info"] = context.Request.Headers.Authorization.ToString();
        Interlocked.Increment(ref _usersInfoCalls);
        var form = await context.Request.ReadFormAsync();
        var user = form["user"].ToString();
        context.Response.ContentType = "application/json; charset=utf-8";
        var admin = WorkspaceAdmins.ContainsKey(user) ? "true" : "false";
        await context.Response.WriteAsync(UsersInfoBody
            ?? $$$"""{"ok":true,"user":{"id":"{{{user}}}","team_id":"T111","name":"someone","deleted":false,"is_admin":{{{admin}}},"is_owner":false,"is_primary_owner":false,"is_bot":false}}""");
    }

    private async Task ResponseUrlPost(HttpContext context)
    {
        var request = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        Record("response_url");
        await context.Response.WriteAsync("ok");
        _responseUrlPosts.Writer.TryWrite(request);
    }

    private async Task Link(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var webSocket = await context.WebSockets.AcceptWebSocketAsync();
        var socket = new FakeSlackSocket(webSocket, this);
        _sockets.Add(socket);
        var run = socket.RunAsync(context.RequestAborted);
        _connections.Writer.TryWrite(socket);
        await run;
    }
}
