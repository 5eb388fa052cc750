using System.Globalization;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoBot.Core.Commands;

/// <summary>
/// The admins' <c>/kosovobot</c> command: <c>channel on|off|mention-only|questions</c>, <c>limits user-per-minute N</c>,
/// <c>limits server-per-hour N</c>, <c>feedback on|off</c>, <c>show</c>, <c>gaps [7d]</c> (this server's questions
/// only), <c>audit</c>. Everyone else gets a polite private refusal. At the console (always admin) <c>gaps</c> and
/// <c>audit</c> cover every server; the other subcommands are set inside a server. Every change goes through
/// <see cref="ISettingsStore.SetAsync"/>, which records it in the audit trail.
/// </summary>
public sealed class ManageCommand(
    ISettingsStore settings,
    ChannelSettings channels,
    QuestionGovernance governance,
    GapReport gaps,
    TimeProvider time,
    IEnumerable<IChannelMessageAccess> access,
    ILogger<ManageCommand>? logger = null) : IChatCommand
{
    /// <summary>How far back <c>gaps</c> looks unless told.</summary>
    public static readonly TimeSpan DefaultGapWindow = TimeSpan.FromDays(7);

    /// <summary>The most groups <c>gaps</c> and entries <c>audit</c> list in chat.</summary>
    public const int MaxLines = 10;

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <inheritdoc />
    public ChatCommandName Name => ChatCommandName.Manage;

    /// <inheritdoc />
    public Task<ChatReply> ExecuteAsync(string argument, CancellationToken cancellationToken) =>
        Task.FromResult(ChatReply.Notice(BotMessages.ManageNeedsServer));

    /// <inheritdoc />
    public async Task<ChatReply> ExecuteAsync(ChatRequest request, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.IsAdmin)
        {
            return ChatReply.Notice(BotMessages.AdminOnly);
        }

        var words = (argument ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verb = words.Length == 0 ? string.Empty : words[0].ToLowerInvariant();
        if (verb is not ("channel" or "limits" or "feedback" or "show" or "audit" or "gaps"))
        {
            return Usage();
        }

        if (request.Origin.ServerId is not { } serverId)
        {
            // The person at the console runs the bot: its gaps and audit cover every server; the rest is set in one.
            return request.Origin.Platform != ChatOrigin.Console.Platform ? ChatReply.Notice(BotMessages.ManageNeedsServer)
                : verb switch
                {
                    "gaps" => await GapsAsync(null, words, cancellationToken),
                    "audit" => await AuditEverywhereAsync(cancellationToken),
                    _ => ChatReply.Notice(BotText.Format(BotMessages.ManageConsoleServerOnly, verb)),
                };
        }

        var server = new SettingScope(request.Origin.Platform, serverId);
        return verb switch
        {
            "channel" => await ChannelAsync(request, server, words, cancellationToken),
            "limits" => await LimitsAsync(request, server, words, cancellationToken),
            "feedback" => await FeedbackAsync(request, server, words, cancellationToken),
            "show" => await ShowAsync(request, cancellationToken),
            "gaps" => await GapsAsync(new GapFilter(server.Platform, server.ServerId), words, cancellationToken),
            _ => await AuditAsync(server, cancellationToken),
        };
    }

    private async Task<ChatReply> ChannelAsync(ChatRequest request, SettingScope server, string[] words, CancellationToken cancellationToken)
    {
        if (words.Length != 2 || !ChannelModes.TryParse(words[1], out var mode) || request.Origin.IsDirectMessage)
        {
            return Usage();
        }

        var scope = server with { ChannelId = request.Origin.ChannelId };
        await ChangeAsync(request, scope, SettingNames.Channel, ChannelModes.ToText(mode), cancellationToken);
        var text = mode switch
        {
            ChannelMode.Off => BotMessages.ChannelNowOff,
            ChannelMode.Questions => BotMessages.ChannelNowQuestions,
            _ => BotMessages.ChannelNowMentionOnly,
        };
        if (mode != ChannelMode.Questions)
        {
            return ChatReply.Notice(text);
        }

        var hints = new List<string>();
        foreach (var check in access.Where(a => string.Equals(a.Platform, request.Origin.Platform, StringComparison.Ordinal)))
        {
            if (await check.MissingAsync(request.Origin, cancellationToken) is { Length: > 0 } missing)
            {
                hints.Add(missing);
            }
        }

        return ChatReply.Notice(text, [.. hints]);
    }

    private async Task<ChatReply> LimitsAsync(ChatRequest request, SettingScope server, string[] words, CancellationToken cancellationToken)
    {
        if (words.Length == 1)
        {
            return await ShowAsync(request, cancellationToken);
        }

        var name = words[1].ToLowerInvariant() switch
        {
            "user-per-minute" => SettingNames.UserPerMinute,
            "server-per-hour" => SettingNames.ServerPerHour,
            _ => null,
        };
        if (name is null || words.Length != 3
            || !int.TryParse(words[2], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > LimitsOptions.Max)
        {
            return ChatReply.Error(BotMessages.LimitsUsage);
        }

        await ChangeAsync(request, server, name, value.ToString(CultureInfo.InvariantCulture), cancellationToken);
        var format = name == SettingNames.UserPerMinute ? BotMessages.LimitUserSet : BotMessages.LimitServerSet;
        return ChatReply.Notice(value == 0 ? BotText.Format(BotMessages.LimitOff, words[1].ToLowerInvariant())
            : BotText.Format(format, value));
    }

    private async Task<ChatReply> FeedbackAsync(ChatRequest request, SettingScope server, string[] words, CancellationToken cancellationToken)
    {
        var value = words.Length == 2 ? words[1].ToLowerInvariant() : null;
        if (value is not ("on" or "off"))
        {
            return Usage();
        }

        await ChangeAsync(request, server, SettingNames.Feedback, value, cancellationToken);
        return ChatReply.Notice(value == "on" ? BotMessages.FeedbackNowOn : BotMessages.FeedbackNowOff);
    }

    private async Task<ChatReply> ShowAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var origin = request.Origin;
        var mode = await channels.ModeAsync(origin, cancellationToken);
        var feedback = await channels.FeedbackButtonsAsync(origin, cancellationToken) ? "on" : "off";
        var (perUser, perServer) = await governance.LimitsAsync(origin, cancellationToken);
        return ChatReply.Notice(
            BotMessages.ShowHeading,
            BotText.Format(BotMessages.ShowChannel, ChannelModes.ToText(mode)),
            BotText.Format(BotMessages.ShowFeedback, feedback),
            BotText.Format(BotMessages.ShowUserLimit, Limit(perUser)),
            BotText.Format(BotMessages.ShowServerLimit, Limit(perServer)));
    }

    private async Task<ChatReply> AuditAsync(SettingScope server, CancellationToken cancellationToken)
    {
        var changes = await settings.ListChangesAsync(server, null, MaxLines, cancellationToken);
        if (changes.Count == 0)
        {
            return ChatReply.Notice(BotMessages.AuditEmpty);
        }

        var lines = changes.Select(static c => BotText.Format(c.Scope.ChannelId is null ? BotMessages.AuditLine : BotMessages.AuditChannelLine,
            c.At.ToUniversalTime(), c.ActorUserId, c.Name, c.OldValue ?? BotMessages.DefaultValue, c.NewValue, c.Scope.ChannelId));
        return ChatReply.Notice(BotMessages.AuditHeading, [.. lines]);
    }

    // Every server's changes, for the console: each line says where.
    private async Task<ChatReply> AuditEverywhereAsync(CancellationToken cancellationToken)
    {
        var changes = await settings.ListChangesAsync(null, null, MaxLines, cancellationToken);
        if (changes.Count == 0)
        {
            return ChatReply.Notice(BotMessages.ReportAuditNone);
        }

        var lines = changes.Select(static c => c.ToAuditLine());
        return ChatReply.Notice(BotMessages.AuditHeadingEverywhere, [.. lines]);
    }

    // A server's admins see the questions asked in that server only (filter); questions asked in a DM belong to no
    // server and show in the command line's report and at the console (no filter) alone.
    private async Task<ChatReply> GapsAsync(GapFilter? filter, string[] words, CancellationToken cancellationToken)
    {
        var window = DefaultGapWindow;
        if (words.Length > 2 || (words.Length == 2 && !TryParseWindow(words[1], out window)))
        {
            return ChatReply.Error(BotMessages.GapsUsage);
        }

        var groups = await gaps.BuildAsync(time.GetUtcNow() - window, filter, cancellationToken);
        if (groups.Count == 0)
        {
            return ChatReply.Notice(BotText.Format(BotMessages.GapsNone, words.Length == 2 ? words[1] : $"{DefaultGapWindow.Days}d"));
        }

        var lines = groups.Take(MaxLines).Select(static g =>
        {
            var examples = string.Join(" | ", g.Examples.Select(static e => $"\"{e}\""));
            return g.Nearest is { } near
                ? BotText.Format(BotMessages.GapLine, g.Count, examples, near.Title, near.Paragraph)
                : BotText.Format(BotMessages.GapLineNoNearest, g.Count, examples);
        });
        return ChatReply.Notice(groups.Count == 1 ? BotMessages.GapsHeadingOne : BotText.Format(BotMessages.GapsHeading, groups.Count), [.. lines]);
    }

    private async Task ChangeAsync(ChatRequest request, SettingScope scope, string name, string value, CancellationToken cancellationToken)
    {
        await settings.SetAsync(scope, name, value, request.Origin.UserId, time.GetUtcNow(), cancellationToken);
        Log.SettingChanged(_logger, name, scope.Platform, scope.ServerId, request.Origin.UserId);
    }

    /// <summary>Reads <c>7d</c>, <c>12h</c> or <c>30m</c> (1 minute to 365 days).</summary>
    internal static bool TryParseWindow(string text, out TimeSpan window)
    {
        window = default;
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount < 1)
        {
            return false;
        }

        window = char.ToLowerInvariant(text[^1]) switch
        {
            'd' when amount <= 365 => TimeSpan.FromDays(amount),
            'h' when amount <= 365 * 24 => TimeSpan.FromHours(amount),
            'm' when amount <= 365 * 24 * 60 => TimeSpan.FromMinutes(amount),
            _ => default,
        };
        return window > TimeSpan.Zero;
    }

    private static string Limit(int value) =>
        value == 0 ? BotMessages.NoLimit : value.ToString(CultureInfo.InvariantCulture);

    private static ChatReply Usage() => ChatReply.Error(BotMessages.ManageUsageHeading, HelpText.ManageUsages.ToArray());
}
