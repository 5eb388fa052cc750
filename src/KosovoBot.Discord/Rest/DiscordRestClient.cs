using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KosovoBot.Core.Telemetry;
using KosovoBot.Discord.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Rest;

/// <summary>
/// Sends REST requests to Discord: bot authorization, the <c>User-Agent</c> Discord asks for, JSON bodies,
/// rate limits honoured before sending and waited out on 429, and bounded retries of server and network errors.
/// </summary>
internal sealed class DiscordRestClient(
    IHttpClientFactory httpClients,
    DiscordRateLimiter limiter,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    Random random,
    BotTelemetry telemetry,
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "KosovoBot.Discord";

    // A reply is never dropped for a rate limit, but a server that answers 429 forever must not hold it for ever.
    private const int MaxRateLimitRetries = 25;

    /// <summary>How long an interaction callback may take, retries included: within Discord's 3-second window.</summary>
    internal static readonly TimeSpan InteractionCallbackDeadline = TimeSpan.FromSeconds(2.5);

    public async Task<GatewayBotResponse> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, "gateway/bot", null, DiscordJsonContext.Default.GatewayBotResponse, cancellationToken)
        ?? throw new DiscordRestException("GET /gateway/bot returned no body.");

    public async Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(string path, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, path, null, DiscordJsonContext.Default.ListApplicationCommand, cancellationToken) ?? [];

    public Task PutCommandsAsync(string path, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, path, Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand), cancellationToken);

    public Task CreateMessageAsync(string channelId, CreateMessageRequest message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", Serialize(message, DiscordJsonContext.Default.CreateMessageRequest), cancellationToken);

    public Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"interactions/{interactionId}/{token}/callback", Serialize(response, DiscordJsonContext.Default.InteractionResponse), cancellationToken);

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
        return bytes.Length == 0 ? default : JsonSerializer.Deserialize(bytes, typeInfo);
    }

    private async Task<byte[]> SendAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        var route = DiscordRoute.From(method, path);
        if (!route.IsInteractionCallback)
        {
            return await SendAsync(route, method, path, body, cancellationToken);
        }

        // Discord drops an interaction whose first response comes after 3 seconds: past that, waiting out a limit or
        // retrying only holds the event, so the callback, its waits and its retries share one short deadline.
        using var deadline = new CancellationTokenSource(InteractionCallbackDeadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await SendAsync(route, method, path, body, linked.Token);
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new DiscordRestException($"{route} missed the interaction's 3-second window.", 0, ex);
        }
    }

    private async Task<byte[]> SendAsync(DiscordRoute route, HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var uri = new Uri(settings.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/" + path);
        var http = httpClients.CreateClient(HttpClientName);
        var failures = 0;
        var rateLimits = 0;
        while (true)
        {
            await limiter.WaitAsync(route, cancellationToken);
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", settings.Token);
            request.Headers.TryAddWithoutValidation("User-Agent", DiscordClientInfo.UserAgent);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (++failures > settings.MaxRetries)
                {
                    throw new DiscordRestException($"{route} failed after {failures} attempts: network error.", 0, ex);
                }

                await RetryDelayAsync(route, "network error", failures, cancellationToken);
                continue;
            }

            using (response)
            {
                limiter.Update(route, response.Headers);
                var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                var status = (int)response.StatusCode;
                if (response.StatusCode == HttpStatusCode.TooManyRequests && ++rateLimits <= MaxRateLimitRetries)
                {
                    OnRateLimited(route, response, content);
                    continue;
                }

                if (status >= 500 && ++failures <= settings.MaxRetries)
                {
                    await RetryDelayAsync(route, $"HTTP {status}", failures, cancellationToken);
                    continue;
                }

                if (response.IsSuccessStatusCode)
                {
                    return content;
                }

                var error = TryParseError(content);
                logger.RestFailed(route.Key, status, error?.Code ?? 0, error?.Message);
                throw new DiscordRestException($"{route} failed with HTTP {status}.", status);
            }
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

    private async Task RetryDelayAsync(DiscordRoute route, string failure, int attempt, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt - 1) * (0.75 + (random.NextDouble() * 0.5)));
        logger.RestRetry(route.Key, failure, attempt, delay);
        telemetry.Retry(DiscordClientInfo.Platform, failure);
        await time.DelayAtLeastAsync(delay, cancellationToken);
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
