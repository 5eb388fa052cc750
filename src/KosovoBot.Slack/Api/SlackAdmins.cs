using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Api;

/// <summary>
/// Decides who may change the bot's settings with <c>/kosovobot</c>: the users listed in <c>Slack:AdminUsers</c>, and the
/// workspace's admins and owners as <c>users.info</c> reports them (<c>is_admin</c>, <c>is_owner</c>). An answer is reused
/// for <c>Slack:AdminCacheDuration</c>; a refused call (e.g. the <c>users:read</c> scope missing) is logged, counts as
/// "not an admin" and is asked again next time.
/// </summary>
internal sealed class SlackAdmins(SlackApiClient api, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackAdmins> logger)
{
    private readonly HashSet<string> _listed = new(options.Value.AdminUsers.Select(user => user.Trim()), StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (bool IsAdmin, DateTimeOffset Until)> _known = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="userId"/> is listed or a workspace admin or owner.</summary>
    public async Task<bool> IsAdminAsync(string userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return false;
        }

        if (_listed.Contains(userId))
        {
            return true;
        }

        var now = time.GetUtcNow();
        if (_known.TryGetValue(userId, out var known) && now < known.Until)
        {
            return known.IsAdmin;
        }

        var user = await api.UserInfoAsync(userId, cancellationToken);
        if (user is null)
        {
            Log.AdminCheckFailed(logger, userId);
            return false;
        }

        var isAdmin = !user.Deleted && (user.IsAdmin || user.IsOwner || user.IsPrimaryOwner);
        _known[userId] = (isAdmin, now + options.Value.AdminCacheDuration);
        return isAdmin;
    }
}
