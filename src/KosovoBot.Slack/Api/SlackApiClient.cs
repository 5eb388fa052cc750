using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Resilience;
using KosovoBot.Core.Telemetry;
using KosovoBot.Slack.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace KosovoBot.Slack.Api;

/// <summary>
/// The few Web API methods the bot calls, retried by <see cref="SlackRequestPipeline"/>: a 429 is waited out for
/// <c>Retry-After</c> and sent again, network errors and 5xx retry with backoff a bounded number of times;
/// <c>{ok:false}</c> is logged with Slack's error code.
/// </summary>
internal sealed class SlackApiClient(
    IHttpClientFactory httpClients,
    IOptions<SlackOptions> options,
    TimeProvider time,
    [FromKeyedServices(Backoff.RandomServiceKey)] Random random,
    BotTelemetry telemetry,
    ILogger<SlackApiClient> logger)
{
    /// <summary>The named <see cref="HttpClient"/> the adapter registers.</summary>
    public const string HttpClientName = "KosovoBot.Slack";

    private static readonly HashSet<string> FatalAuthErrors =
        ["not_authed", "invalid_auth", "account_inactive", "token_revoked", "token_expired", "no_permission",
         "user_removed_from_team", "team_disabled", "missing_scope", "not_allowed_token_type"];

    private readonly SlackOptions _options = options.Value;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = SlackRequestPipeline.Create(options.Value, time, random, telemetry, logger);

    /// <summary>
    /// Calls <c>auth.test</c> with the bot token; a refused token is fatal and names <c>Slack:BotToken</c>, any other
    /// error is a <see cref="SlackApiException"/> to retry.
    /// </summary>
    public async Task<SlackBotIdentity> AuthTestAsync(CancellationToken cancellationToken)
    {
        var uri = new Uri(_options.ApiBaseUrl, "auth.test");
        using var http = await SendWithRetriesAsync(
            "auth.test", uri, _options.BotToken, EmptyRequest.Instance, SlackJsonContext.Default.EmptyRequest, cancellationToken);
        var response = await ReadAsync("auth.test", http, SlackJsonContext.Default.AuthTestResponse, cancellationToken);
        if (response.Ok && !string.IsNullOrEmpty(response.UserId))
        {
            return new SlackBotIdentity(response.UserId, response.BotId, response.TeamId) { Scopes = ScopesOf(http) };
        }

        // Only a refused token is final; internal_error, service_unavailable, request_timeout and the like pass.
        if (response.Error is { } error && FatalAuthErrors.Contains(error))
        {
            throw new ChatAdapterFatalException(
                $"Slack refused Slack:BotToken in auth.test ({error}). "
                + "Set Slack:BotToken to the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, and reinstall the app if it was revoked.");
        }

        throw new SlackApiException("auth.test", response.Error ?? "no user_id");
    }

    // Slack lists a token's scopes in this header on every Web API response.
    private static HashSet<string>? ScopesOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-OAuth-Scopes", out var values)
            ? new HashSet<string>(values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal)
            : null;

    /// <summary>Calls <c>apps.connections.open</c> with the app-level token and returns the one-time WSS URL.</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var response = await CallAsync(
            "apps.connections.open", _options.AppToken ?? string.Empty, EmptyRequest.Instance,
            SlackJsonContext.Default.EmptyRequest, SlackJsonContext.Default.ConnectionsOpenResponse, cancellationToken);
        if (response.Ok && response.Url is { } url)
        {
            return url;
        }

        if (response.Error is { } error && FatalAuthErrors.Contains(error))
        {
            throw new ChatAdapterFatalException(
                $"Slack refused Slack:AppToken in apps.connections.open ({error}). Set Slack:AppToken to an app-level token "
                + "(xapp-…) with the connections:write scope (Basic Information > App-Level Tokens) and turn Socket Mode on.");
        }

        throw new SlackApiException("apps.connections.open", response.Error ?? "no url");
    }

    /// <summary>Posts a message; returns its ts, or null when Slack refused it (logged with the error code).</summary>
    public async Task<string?> PostMessageAsync(PostMessageRequest message, CancellationToken cancellationToken)
    {
        var response = await CallAsync(
            "chat.postMessage", _options.BotToken, message,
            SlackJsonContext.Default.PostMessageRequest, SlackJsonContext.Default.PostMessageResponse, cancellationToken);
        if (!response.Ok)
        {
            return null;
        }

        Log.Replied(logger, message.Channel, response.Ts);
        return response.Ts;
    }

    /// <summary>Posts a message only <see cref="PostEphemeralRequest.User"/> sees; false when Slack refused it (logged).</summary>
    public async Task<bool> PostEphemeralAsync(PostEphemeralRequest message, CancellationToken cancellationToken)
    {
        var response = await CallAsync(
            "chat.postEphemeral", _options.BotToken, message,
            SlackJsonContext.Default.PostEphemeralRequest, SlackJsonContext.Default.PostMessageResponse, cancellationToken);
        return response.Ok;
    }

    /// <summary>Opens a modal for the user whose click carried <see cref="ViewsOpenRequest.TriggerId"/>; false when refused (logged).</summary>
    public async Task<bool> OpenViewAsync(ViewsOpenRequest request, CancellationToken cancellationToken)
    {
        var response = await CallAsync(
            "views.open", _options.BotToken, request,
            SlackJsonContext.Default.ViewsOpenRequest, SlackJsonContext.Default.BasicResponse, cancellationToken);
        return response.Ok;
    }

    /// <summary>
    /// Calls <c>users.info</c> (scope <c>users:read</c>, sent as a form as the method documents) and returns the user, or
    /// null when Slack refused (logged with the error code, e.g. <c>missing_scope</c>).
    /// </summary>
    public async Task<SlackUser?> UserInfoAsync(string userId, CancellationToken cancellationToken)
    {
        var uri = new Uri(_options.ApiBaseUrl, "users.info");
        using var response = await SendWithRetriesAsync(
            "users.info", uri, _options.BotToken, () => new FormUrlEncodedContent([new("user", userId)]), cancellationToken);
        var result = await ReadAsync("users.info", response, SlackJsonContext.Default.UsersInfoResponse, cancellationToken);
        return result.Ok ? result.User : null;
    }

    /// <summary>Removes the message an interaction came from, through the interaction's <c>response_url</c>.</summary>
    public async Task DeleteOriginalAsync(Uri responseUrl, CancellationToken cancellationToken)
    {
        using var response = await SendWithRetriesAsync(
            "response_url", responseUrl, token: null, new ResponseUrlDelete(), SlackJsonContext.Default.ResponseUrlDelete, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Log.ApiStatus(logger, "response_url", (int)response.StatusCode);
        }
    }

    /// <summary>Sends a delayed slash command reply to its <c>response_url</c>.</summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, SlashCommandResponse reply, CancellationToken cancellationToken)
    {
        using var response = await SendWithRetriesAsync(
            "response_url", responseUrl, token: null, reply, SlackJsonContext.Default.SlashCommandResponse, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Log.ApiStatus(logger, "response_url", (int)response.StatusCode);
        }
    }

    private async Task<TResponse> CallAsync<TRequest, TResponse>(
        string method,
        string token,
        TRequest body,
        JsonTypeInfo<TRequest> requestInfo,
        JsonTypeInfo<TResponse> responseInfo,
        CancellationToken cancellationToken)
        where TResponse : ISlackResponse
    {
        var uri = new Uri(_options.ApiBaseUrl, method);
        using var response = await SendWithRetriesAsync(method, uri, token, body, requestInfo, cancellationToken);
        return await ReadAsync(method, response, responseInfo, cancellationToken);
    }

    private async Task<TResponse> ReadAsync<TResponse>(
        string method,
        HttpResponseMessage response,
        JsonTypeInfo<TResponse> responseInfo,
        CancellationToken cancellationToken)
        where TResponse : ISlackResponse
    {
        if (!response.IsSuccessStatusCode)
        {
            Log.ApiStatus(logger, method, (int)response.StatusCode);
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
        }

        TResponse? result;
        try
        {
            result = await response.Content.ReadFromJsonAsync(responseInfo, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new SlackApiException(method, "invalid_json", ex);
        }

        if (result is null)
        {
            throw new SlackApiException(method, "empty_response");
        }

        if (!result.Ok)
        {
            Log.ApiError(logger, method, result.Error);
        }

        return result;
    }

    private Task<HttpResponseMessage> SendWithRetriesAsync<TRequest>(
        string method,
        Uri uri,
        string? token,
        TRequest body,
        JsonTypeInfo<TRequest> requestInfo,
        CancellationToken cancellationToken) =>
        SendWithRetriesAsync(
            method, uri, token, () => JsonContent.Create(body, requestInfo, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }), cancellationToken);

    private async Task<HttpResponseMessage> SendWithRetriesAsync(
        string method,
        Uri uri,
        string? token,
        Func<HttpContent> content,
        CancellationToken cancellationToken)
    {
        var client = httpClients.CreateClient(HttpClientName);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(SlackRequestPipeline.Method, method);
        try
        {
            return await _pipeline.ExecuteAsync(
                async attempt =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content() };
                    if (token is not null)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    }

                    return await client.SendAsync(request, attempt.CancellationToken);
                },
                context);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SlackApiException(method, "unreachable", ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
