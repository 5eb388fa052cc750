using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KosovoBot.Slack.Dispatch;
using KosovoBot.Slack.Interactivity;
using KosovoBot.Slack.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Slack.Http;

/// <summary>
/// The Events API and slash command request URLs. Every request's signature is checked over the raw bytes;
/// events are acknowledged at once (the answer is queued) and retries of a handled event are dropped;
/// slash commands answer in the response when ready within the budget, else through <c>response_url</c>; interactions
/// (button clicks, form submissions) are acknowledged at once and handled in the background.
/// </summary>
internal sealed class SlackHttpEndpoints(
    SlackSignatureVerifier verifier,
    EventIntake events,
    SlashCommandHandler slashCommands,
    InteractionHandler interactions,
    OwnedTasks background,
    ILogger<SlackHttpEndpoints> logger)
{
    private const int MaxBodyBytes = 1024 * 1024;

    public async Task HandleEventAsync(HttpContext context, CancellationToken stopping)
    {
        var body = await ReadVerifiedBodyAsync(context);
        if (body is null)
        {
            return;
        }

        var callback = ParseJson(body, SlackJsonContext.Default.EventCallback);
        if (callback is null)
        {
            Log.RequestRefused(logger, context.Request.Path, "malformed JSON");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (callback.Type == "url_verification")
        {
            Log.UrlVerification(logger);
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(callback.Challenge ?? string.Empty, stopping);
            return;
        }

        var retry = context.Request.Headers["X-Slack-Retry-Num"].ToString();
        if (retry.Length > 0)
        {
            Log.HttpRetry(logger, retry, context.Request.Headers["X-Slack-Retry-Reason"].ToString());
        }

        events.Accept(callback, int.TryParse(retry, out var attempt) ? attempt : 0);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    public async Task HandleCommandAsync(HttpContext context, CancellationToken stopping)
    {
        var body = await ReadVerifiedBodyAsync(context);
        if (body is null)
        {
            return;
        }

        // Slack posts slash commands as a form; anything else (JSON, a form without a command) is not one.
        if (!context.Request.HasFormContentType)
        {
            Log.RequestRefused(logger, context.Request.Path, "not a form");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        if (form.TryGetValue("ssl_check", out var ssl) && ssl == "1")
        {
            // Slack's certificate probe: nothing to do but answer 200.
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (string.IsNullOrEmpty(form.GetValueOrDefault("command").ToString()))
        {
            Log.RequestRefused(logger, context.Request.Path, "no command");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var command = new SlashCommand
        {
            Command = form.GetValueOrDefault("command").ToString(),
            Text = form.GetValueOrDefault("text").ToString(),
            ChannelId = form.GetValueOrDefault("channel_id").ToString(),
            ChannelName = form.GetValueOrDefault("channel_name").ToString(),
            UserId = form.GetValueOrDefault("user_id").ToString(),
            TeamId = form.GetValueOrDefault("team_id").ToString(),
            ResponseUrl = form.GetValueOrDefault("response_url").ToString(),
            TriggerId = form.GetValueOrDefault("trigger_id").ToString(),
        };
        SlashCommandResponse? immediate = null;
        await slashCommands.HandleAsync(
            command,
            replyInAck: true,
            (reply, _) =>
            {
                immediate = reply;
                return Task.CompletedTask;
            },
            stopping);
        if (immediate is null)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(immediate, SlackJsonContext.Default.SlashCommandResponse), stopping);
    }

    /// <summary>
    /// The interactivity request URL: a signed form whose <c>payload</c> field holds the interaction as JSON. Answered 200
    /// with an empty body at once (which also closes a submitted form); the work follows in the background.
    /// </summary>
    public async Task HandleInteractionAsync(HttpContext context, CancellationToken stopping)
    {
        var body = await ReadVerifiedBodyAsync(context);
        if (body is null)
        {
            return;
        }

        var payload = context.Request.HasFormContentType
            && QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).TryGetValue("payload", out var json)
            && json.ToString() is { Length: > 0 } text
                ? ParseJson(Encoding.UTF8.GetBytes(text), SlackJsonContext.Default.InteractionPayload)
                : null;
        if (payload is null)
        {
            Log.RequestRefused(logger, context.Request.Path, "not an interaction payload");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        background.Start(() => interactions.HandleAsync(payload, stopping));
    }

    /// <summary>The request's JSON as <typeparamref name="T"/>, or null when it is not valid JSON of that shape.</summary>
    private static T? ParseJson<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<byte[]?> ReadVerifiedBodyAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes; // the server itself stops a longer (e.g. chunked) body
        }

        byte[]? body;
        try
        {
            body = request.ContentLength > MaxBodyBytes ? null : await ReadLimitedAsync(request.Body, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        if (body is null)
        {
            Log.RequestRefused(logger, request.Path, "body too large");
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        var check = verifier.Verify(
            request.Headers["X-Slack-Request-Timestamp"].ToString(),
            request.Headers["X-Slack-Signature"].ToString(),
            body);
        if (check != SignatureCheck.Valid)
        {
            Log.RequestRefused(logger, request.Path, check.ToString());
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return null;
        }

        return body;
    }

    // The body is not authenticated yet: never hold more than the limit of it, whatever the sender announced.
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
