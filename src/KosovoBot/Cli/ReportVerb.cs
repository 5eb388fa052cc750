using System.CommandLine;
using System.Text.Json;
using KosovoBot.Cli.Json;
using KosovoBot.ConsoleChat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Text;

namespace KosovoBot.Cli;

/// <summary>
/// <c>report gaps [--json] [--since 7d] [--platform discord] [--server ID]</c>: the questions the bot declined or was
/// given a 👎 for on every platform and server (DMs and the console included) unless narrowed, grouped by meaning;
/// <c>report audit [--json] [--since 30d]</c>: who changed which setting where, newest first. Both read the store the
/// chat host writes (<c>Storage:Path</c>, or Redis when <c>Redis:Connection</c> is set).
/// </summary>
internal static class ReportVerb
{
    /// <summary>Builds the verb and its two reports.</summary>
    public static Command Create(ConsoleStreams streams)
    {
        var gapsJson = CommonOptions.Json();
        var gapsSince = SinceOption.Create("7d");
        var gapsPlatform = new Option<string>("--platform") { Description = "Only questions asked on this platform: discord, slack or console." };
        var gapsServer = new Option<string>("--server") { Description = "Only questions asked in this Discord guild or Slack workspace (its id)." };
        var gaps = new Command("gaps", "Questions declined or given a thumbs-down, grouped by meaning, largest group first, with the nearest article paragraph.")
        {
            gapsJson,
            gapsSince,
            gapsPlatform,
            gapsServer,
        };
        gaps.SetAction((parse, cancellationToken) =>
        {
            var platform = parse.GetValue(gapsPlatform);
            var server = parse.GetValue(gapsServer);
            var filter = platform is null && server is null ? null : new GapFilter(platform, server);
            return GapsAsync(parse.GetValue(gapsJson), parse.GetValue(gapsSince) ?? TimeSpan.FromDays(7), filter, streams, cancellationToken);
        });

        var auditJson = CommonOptions.Json();
        var auditSince = SinceOption.Create(null);
        var audit = new Command("audit", "Every settings change (who, where, what, old and new value, when), newest first.")
        {
            auditJson,
            auditSince,
        };
        audit.SetAction((parse, cancellationToken) =>
            AuditAsync(parse.GetValue(auditJson), parse.GetValue(auditSince), streams, cancellationToken));

        return new Command("report", "Reports for the people who run the bot: gaps in the knowledge, and the audit trail of settings.")
        {
            gaps,
            audit,
        };
    }

    private static async Task<int> GapsAsync(bool json, TimeSpan window, GapFilter? filter, ConsoleStreams streams, CancellationToken cancellationToken)
    {
        await using var session = await CliSession.OpenWithKnowledgeAsync(streams.Error);
        if (session is null || !await session.OpenStorageAsync(streams.Error, cancellationToken))
        {
            return ExitCodes.Failure;
        }

        await session.WaitForLocalModelAsync(cancellationToken);
        var since = session.Get<TimeProvider>().GetUtcNow() - window;
        var groups = await session.Get<GapReport>().BuildAsync(since, filter, cancellationToken);
        if (json)
        {
            await streams.Output.WriteLineAsync(JsonSerializer.Serialize(ReportJsonMapper.ToJson(since, groups), CliJsonContext.Relaxed.GapsJson));
            return ExitCodes.Success;
        }

        if (groups.Count == 0)
        {
            await streams.Output.WriteLineAsync(BotText.Format(BotMessages.ReportGapsNone, since.ToUniversalTime()));
            return ExitCodes.Success;
        }

        await streams.Output.WriteLineAsync(BotText.Format(
            groups.Count == 1 ? BotMessages.ReportGapsHeadingOne : BotMessages.ReportGapsHeading, groups.Count, since.ToUniversalTime()));
        var number = 0;
        foreach (var group in groups)
        {
            await streams.Output.WriteLineAsync();
            await streams.Output.WriteLineAsync(BotText.Format(BotMessages.ReportGapGroup, ++number, group.Count, group.Declined, group.Count - group.Declined));
            foreach (var example in group.Examples)
            {
                await streams.Output.WriteLineAsync(BotText.Format(BotMessages.ReportGapExample, example));
            }

            await streams.Output.WriteLineAsync(group.Nearest is { } near
                ? BotText.Format(BotMessages.ReportGapNearest, near.Title, near.Id, near.Paragraph, near.Text)
                : BotMessages.ReportGapNoNearest);
        }

        return ExitCodes.Success;
    }

    private static async Task<int> AuditAsync(bool json, TimeSpan? window, ConsoleStreams streams, CancellationToken cancellationToken)
    {
        await using var session = await CliSession.OpenAsync(streams.Error);
        if (session is null || !await session.OpenStorageAsync(streams.Error, cancellationToken))
        {
            return ExitCodes.Failure;
        }

        DateTimeOffset? since = window is { } back ? session.Get<TimeProvider>().GetUtcNow() - back : null;
        var changes = await session.Get<ISettingsStore>().ListChangesAsync(null, since, int.MaxValue, cancellationToken);
        if (json)
        {
            await streams.Output.WriteLineAsync(JsonSerializer.Serialize(ReportJsonMapper.ToJson(changes), CliJsonContext.Relaxed.AuditJson));
            return ExitCodes.Success;
        }

        if (changes.Count == 0)
        {
            await streams.Output.WriteLineAsync(BotMessages.ReportAuditNone);
            return ExitCodes.Success;
        }

        foreach (var change in changes)
        {
            await streams.Output.WriteLineAsync(change.ToAuditLine());
        }

        return ExitCodes.Success;
    }
}
