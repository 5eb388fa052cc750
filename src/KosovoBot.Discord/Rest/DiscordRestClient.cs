using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "KosovoBot.Discord";

    // A reply is never dropped for a rate limit, but a server that answers 429 forever must not hold it for ever.
    private const int MaxRateLimitRetries = 25;

    public async Task<GatewayBotResponse> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, "gateway/bot", null, DiscordJsonContext.Default.GatewayBotResponse, cancellationToken)
        ?? throw new DiscordRestException("GET /gateway/bot returned no body.");

    public async Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(string path, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, path, null, DiscordJsonContext.Default.ListApplicationCommand, cancellationToken) ?? [];

    public Task PutCommandsAsync(string path, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, path, Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand), cancellationToken);

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
        limiter.OnRateLimited(route, retryAfter, global);
    }

    private async Task RetryDelayAsync(DiscordRoute route, string failure, int attempt, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt - 1) * (0.75 + (random.NextDouble() * 0.5)));
        logger.RestRetry(route.Key, failure, attempt, delay);
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
