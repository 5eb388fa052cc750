using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Commands;

/// <summary>
/// Registers the slash commands with one bulk overwrite, to the configured guild (instant) or globally, and
/// skips the call when Discord already holds the same set.
/// </summary>
internal sealed class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        var guildId = options.Value.GuildId;
        var path = string.IsNullOrEmpty(guildId)
            ? $"applications/{applicationId}/commands"
            : $"applications/{applicationId}/guilds/{guildId}/commands";
        var scope = string.IsNullOrEmpty(guildId) ? "global" : $"guild {guildId}";
        var wanted = SlashCommands.Definitions;

        var existing = await rest.GetCommandsAsync(path, cancellationToken);
        if (SameSet(existing, wanted))
        {
            logger.CommandsUpToDate(wanted.Count, scope);
            return;
        }

        await rest.PutCommandsAsync(path, wanted, cancellationToken);
        logger.CommandsRegistered(wanted.Count, scope);
    }

    /// <summary>Compares what the bot defines; fields Discord adds (ids, versions, defaults) are ignored.</summary>
    internal static bool SameSet(IReadOnlyList<ApplicationCommand> existing, IReadOnlyList<ApplicationCommand> wanted)
    {
        if (existing.Count != wanted.Count)
        {
            return false;
        }

        var byName = existing.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var command in wanted)
        {
            if (!byName.TryGetValue(command.Name, out var current)
                || current.Type != command.Type
                || current.Description != command.Description
                || current.DefaultMemberPermissions != command.DefaultMemberPermissions
                || !SameOptions(current.Options ?? [], command.Options ?? []))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameOptions(IReadOnlyList<ApplicationCommandOption> existing, IReadOnlyList<ApplicationCommandOption> wanted) =>
        existing.Count == wanted.Count
        && existing.Zip(wanted).All(pair =>
            pair.First.Name == pair.Second.Name
            && pair.First.Description == pair.Second.Description
            && pair.First.Type == pair.Second.Type
            && (pair.First.Required ?? false) == (pair.Second.Required ?? false)
            && (pair.First.Autocomplete ?? false) == (pair.Second.Autocomplete ?? false)
            && pair.First.MinValue == pair.Second.MinValue
            && pair.First.MaxValue == pair.Second.MaxValue
            && (pair.First.Choices ?? []).SequenceEqual(pair.Second.Choices ?? [])
            && SameOptions(pair.First.Options ?? [], pair.Second.Options ?? []));
}
