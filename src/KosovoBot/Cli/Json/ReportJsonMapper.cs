using System.Globalization;
using KosovoBot.Core.Control;

namespace KosovoBot.Cli.Json;

/// <summary>Maps the gap report and the audit trail to the command line's JSON contract.</summary>
internal static class ReportJsonMapper
{
    /// <summary>The <c>report gaps --json</c> object.</summary>
    public static GapsJson ToJson(DateTimeOffset since, IReadOnlyList<GapGroup> groups) =>
        new(Time(since), [.. groups.Select(g => new GapJson(
            g.Count,
            g.Declined,
            g.Examples,
            g.Nearest is { } near ? new NearestJson(near.Id, near.Title, near.Paragraph, near.Text) : null))]);

    /// <summary>The <c>report audit --json</c> object.</summary>
    public static AuditJson ToJson(IReadOnlyList<SettingChange> changes) =>
        new([.. changes.Select(c => new ChangeJson(
            Time(c.At), c.Scope.Platform, c.Scope.ServerId, c.Scope.ChannelId, c.Name, c.OldValue, c.NewValue, c.ActorUserId))]);

    // ISO 8601 in UTC, to the second: "2026-11-28T12:00:00Z".
    private static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
