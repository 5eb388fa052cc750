using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KosovoBot.Core.Resilience;
using KosovoBot.Core.Telemetry;
using KosovoBot.Discord.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace KosovoBot.Discord.Rest;

/// <summary>
/// Sends REST requests to Discord: bot authorization, the <c>User-Agent</c> Discord asks for, JSON bodies,
/// rate limits honoured before sending and waited out on 429, and bounded retries of server and network errors
/// (<see cref="DiscordRequestPipeline"/>).
/// </summary>
internal sealed class DiscordRestClient(
    IHttpClientFactory httpClients,
    DiscordRateLimiter limiter,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    [FromKeyedServices(Backoff.RandomServiceKey)] Random random,
    BotTelemetry telemetry,
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "KosovoBot.Discord";

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = DiscordRequestPipeline.Create(options.Value, time, random, telemetry, logger);

    public async Task<GatewayBotResponse> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, "gateway/bot", null, DiscordJsonContext.Default.GatewayBotResponse, cancellationToken)
        ?? throw new DiscordRestException("GET /gateway/bot returned no body.");

    public async Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(string path, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, path, null, DiscordJsonContext.Default.ListApplicationCommand, cancellationToken) ?? [];

    public Task PutCommandsAsync(string path, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, path, Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand), cancellationToken);

    /// <summary>The channel <paramref name="channelId"/>; for a thread, its parent channel.</summary>
    public async Task<DiscordChannel> GetChannelAsync(string channelId, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, $"channels/{channelId}", null, DiscordJsonContext.Default.DiscordChannel, cancellationToken)
        ?? throw new DiscordRestException("GET /channels/:id returned no body.");

    public Task CreateMessageAsync(string channelId, CreateMessageRequest message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", Serialize(message, DiscordJsonContext.Default.CreateMessageRequest), cancellationToken);

    /// <summary>
    /// Sends an interaction's first response. Discord drops it after <paramref name="deadline"/>: waiting out a limit or
    /// retrying past that only holds the event, so the callback, its waits and its retries all end there.
    /// </summary>
    public async Task CreateInteractionResponseAsync(
        string interactionId, string token, InteractionResponse response, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var path = $"interactions/{interactionId}/{token}/callback";
        var route = DiscordRoute.From(HttpMethod.Post, path);
        var left = deadline - time.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            throw new DiscordRestException($"{route} missed the interaction's 3-second window.", 0);
        }

        using var window = new CancellationTokenSource(left, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, window.Token);
        try
        {
            await SendAsync(route, HttpMethod.Post, path, Serialize(response, DiscordJsonContext.Default.InteractionResponse), linked.Token);
        }
        catch (OperationCanceledException ex) when (window.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new DiscordRestException($"{route} missed the interaction's 3-second window.", 0, ex);
        }
    }

    public Task EditOriginalResponseAsync(string applicationId, string token, InteractionCallbackData data, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{token}/messages/@original", Serialize(data, DiscordJsonContext.Default.InteractionCallbackData), cancellationToken);

    public Task DeleteOriginalResponseAsync(string applicationId, string token, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"webhooks/{applicationId}/{token}/messages/@original", null, cancellationToken);

    public Task CreateFollowupMessageAsync(string applicationId, string token, InteractionCallbackData data, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{applicationId}/{token}", Serialize(data, DiscordJsonContext.Default.InteractionCallbackData), cancellationToken);

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, byte[]? body, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var bytes = await SendAsync(method, path, body, cancellationToken);
        try
        {
            return bytes.Length == 0 ? default : JsonSerializer.Deserialize(bytes, typeInfo);
        }
        catch (JsonException ex)
        {
            // A proxy or Cloudflare error page with a 2xx status: a transient answer, not a reason to stop.
            throw new DiscordRestException($"{DiscordRoute.From(method, path)} answered with something other than JSON.", 0, ex);
        }
    }

    private Task<byte[]> SendAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.From(method, path), method, path, body, cancellationToken);

    private async Task<byte[]> SendAsync(DiscordRoute route, HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var uri = new Uri(settings.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/" + path);
        var http = httpClients.CreateClient(HttpClientName);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(DiscordRequestPipeline.Route, route);
        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async attempt =>
                {
                    // Every attempt waits for the route's bucket first: that is where a 429's wait happens.
                    await limiter.WaitAsync(route, attempt.CancellationToken);
                    using var request = new HttpRequestMessage(method, uri);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bot", settings.Token);
                    request.Headers.TryAddWithoutValidation("User-Agent", DiscordClientInfo.UserAgent);
                    if (body is not null)
                    {
                        request.Content = new ByteArrayContent(body);
                        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    }

                    var response = await http.SendAsync(request, attempt.CancellationToken);
                    limiter.Update(route, response.Headers);
                    if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        OnRateLimited(route, response, await response.Content.ReadAsByteArrayAsync(attempt.CancellationToken));
                    }

                    return response;
                },
                context);
            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return content;
            }

            var status = (int)response.StatusCode;
            var error = TryParseError(content);
            logger.RestFailed(route.Key, status, error?.Code ?? 0, error?.Message);
            throw new DiscordRestException($"{route} failed with HTTP {status}.", status);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new DiscordRestException($"{route} failed after {settings.MaxRetries + 1} attempts: network error.", 0, ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private void OnRateLimited(DiscordRoute route, HttpResponseMessage response, byte[] content)
    {
        RateLimitBody? limit = null;
        try
        {
            limit = content.Length > 0 ? JsonSerializer.Deserialize(content, DiscordJsonContext.Default.RateLimitBody) : null;
        }
        catch (JsonException)
        {
            // Cloudflare answers 429 with HTML; the Retry-After header still says how long to wait.
        }

        var seconds = limit?.RetryAfter
            ?? response.Headers.RetryAfter?.Delta?.TotalSeconds
            ?? 1;
        var global = limit?.Global == true
            || (response.Headers.TryGetValues("X-RateLimit-Global", out var values) && values.Contains("true", StringComparer.OrdinalIgnoreCase));
        var retryAfter = TimeSpan.FromSeconds(Math.Max(seconds, 0));
        logger.RateLimited(route.Key, global, retryAfter);
        telemetry.RateLimited(DiscordClientInfo.Platform);
        limiter.OnRateLimited(route, retryAfter, global);
    }

    private static DiscordErrorBody? TryParseError(byte[] content)
    {
        try
        {
            return content.Length > 0 ? JsonSerializer.Deserialize(content, DiscordJsonContext.Default.DiscordErrorBody) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
