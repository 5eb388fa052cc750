using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using KosovoBot.Testing.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Testing.Llm;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 (Kestrel, a free port) for tests: <c>POST /v1/chat/completions</c>
/// answers with the scripted <see cref="FakeReply"/>, <c>POST /v1/embeddings</c> with vectors from
/// <see cref="EmbeddingFor"/> (float arrays or base64, as the request asks). It records every request.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _neverCompleted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _chatRequestArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _embeddingsRequestArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _chatBodies = new();
    private readonly ConcurrentQueue<string> _embeddingInputs = new();
    private readonly ConcurrentQueue<string?> _authorizations = new();
    private int _chatRequests;
    private int _embeddingRequests;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>The API base address, e.g. <c>http://127.0.0.1:41234/v1</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The reply to every chat-completions request until changed.</summary>
    public FakeReply ChatReply { get; set; } = FakeReply.Error(HttpStatusCode.NotImplemented);

    /// <summary>When set, every embeddings request gets this reply (an error, or none) instead of vectors.</summary>
    public FakeReply? EmbeddingsReply { get; set; }

    /// <summary>The vector for one input text of an embeddings request.</summary>
    public Func<string, float[]> EmbeddingFor { get; set; } = BagOfLetters;

    /// <summary>Chat-completions requests received so far.</summary>
    public int ChatRequestCount => Volatile.Read(ref _chatRequests);

    /// <summary>Embeddings requests received so far.</summary>
    public int EmbeddingsRequestCount => Volatile.Read(ref _embeddingRequests);

    /// <summary>The bodies of the chat-completions requests, in order.</summary>
    public IReadOnlyList<string> ChatRequestBodies => [.. _chatBodies];

    /// <summary>Every text embedded so far, in order.</summary>
    public IReadOnlyList<string> EmbeddedInputs => [.. _embeddingInputs];

    /// <summary>The <c>Authorization</c> header of every request, in order.</summary>
    public IReadOnlyList<string?> AuthorizationHeaders => [.. _authorizations];

    /// <summary>Completes when the first chat-completions request has arrived.</summary>
    public Task ChatRequestArrived => _chatRequestArrived.Task;

    /// <summary>Completes when the first embeddings request has arrived.</summary>
    public Task EmbeddingsRequestArrived => _embeddingsRequestArrived.Task;

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakeOpenAiServer> StartAsync(CancellationToken cancellationToken)
    {
        var app = LoopbackWebApp.Create();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.ChatAsync);
        app.MapPost("/v1/embeddings", server.EmbeddingsAsync);
        var baseAddress = await LoopbackWebApp.StartAsync(app, cancellationToken);
        server.Endpoint = new Uri(baseAddress, "v1");
        return server;
    }

    /// <summary>A deterministic stand-in for a model: letter counts of the lower-cased text, 26 dimensions.</summary>
    public static float[] BagOfLetters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var vector = new float[26];
        foreach (var c in text.ToUpperInvariant())
        {
            if (c is >= 'A' and <= 'Z')
            {
                vector[c - 'A']++;
            }
        }

        return vector;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _neverCompleted.TrySetCanceled();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private async Task ChatAsync(HttpContext context)
    {
        Interlocked.Increment(ref _chatRequests);
        _authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            _chatBodies.Enqueue(await reader.ReadToEndAsync(context.RequestAborted));
        }

        _chatRequestArrived.TrySetResult();
        await ReplyAsync(context, ChatReply);
    }

    private async Task ReplyAsync(HttpContext context, FakeReply reply)
    {
        if (reply.Hang)
        {
            try
            {
                await _neverCompleted.Task.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up (its timeout) or the server is stopping; either way nothing is sent.
            }

            return;
        }

        context.Response.StatusCode = (int)reply.StatusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }

    private async Task EmbeddingsAsync(HttpContext context)
    {
        Interlocked.Increment(ref _embeddingRequests);
        _authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
        _embeddingsRequestArrived.TrySetResult();
        if (EmbeddingsReply is { } scripted)
        {
            await ReplyAsync(context, scripted);
            return;
        }

        using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = request.RootElement;
        var inputs = root.GetProperty("input") is { ValueKind: JsonValueKind.Array } array
            ? [.. array.EnumerateArray().Select(e => e.GetString() ?? string.Empty)]
            : new[] { root.GetProperty("input").GetString() ?? string.Empty };
        var base64 = root.TryGetProperty("encoding_format", out var format) && format.GetString() == "base64";
        var model = root.TryGetProperty("model", out var m) ? m.GetString() : "fake";

        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("object", "list");
        json.WriteStartArray("data");
        for (var i = 0; i < inputs.Length; i++)
        {
            _embeddingInputs.Enqueue(inputs[i]);
            var vector = EmbeddingFor(inputs[i]);
            json.WriteStartObject();
            json.WriteString("object", "embedding");
            json.WriteNumber("index", i);
            if (base64)
            {
                var bytes = new byte[vector.Length * sizeof(float)];
                Buffer.BlockCopy(vector, 0, bytes, 0, bytes.Length);
                json.WriteString("embedding", Convert.ToBase64String(bytes));
            }
            else
            {
                json.WriteStartArray("embedding");
                foreach (var value in vector)
                {
                    json.WriteNumberValue(value);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("model", model);
        json.WriteStartObject("usage");
        json.WriteNumber("prompt_tokens", inputs.Length);
        json.WriteNumber("total_tokens", inputs.Length);
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
