using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Text;
using KosovoBot.Discord.Commands;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rendering;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// Answers slash commands with one callback (<see cref="InteractionReplies"/>), and hands button presses and form
/// submits to <see cref="ComponentHandler"/>. The 3-second window is counted from the interaction's creation (its
/// snowflake): one already past it is dropped, as Discord would refuse the callback. Errors, usage problems, notices and
/// <c>/ask private: true</c> answers are ephemeral. In a guild, the request names the server and whether the member may
/// manage it (<c>member.permissions</c>); in a channel set to <c>off</c> only <c>/kosovobot</c> is answered.
/// <c>/quote</c> autocompletes speaker names (type 8) without taking a place.
/// </summary>
internal sealed class InteractionHandler(
    IQuoteService quotes,
    InteractionReplies replies,
    ComponentHandler components,
    ChannelSettings channels,
    ThreadParents threads,
    RecentIds recent,
    TimeProvider time,
    ILogger<InteractionHandler> logger)
{
    public async Task HandleAsync(InteractionData interaction, CancellationToken cancellationToken)
    {
        if (!await recent.TryAddAsync("interaction:" + interaction.Id, cancellationToken))
        {
            return;
        }

        logger.HandlingEvent("interaction", interaction.Id, interaction.ChannelId);
        var now = time.GetUtcNow();
        var deadline = InteractionWindow.DeadlineFor(interaction.Id, now);
        if (deadline <= now)
        {
            logger.InteractionExpired(interaction.Id, now - deadline + InteractionWindow.Length);
            return;
        }

        switch (interaction.Type)
        {
            case InteractionType.Ping:
                await replies.RespondAsync(interaction, new InteractionResponse { Type = InteractionCallbackType.Pong }, deadline, cancellationToken);
                break;
            case InteractionType.ApplicationCommandAutocomplete:
                await AutocompleteAsync(interaction, deadline, cancellationToken);
                break;
            case InteractionType.ApplicationCommand:
                await CommandAsync(interaction, deadline, cancellationToken);
                break;
            case InteractionType.MessageComponent:
                await components.PressAsync(interaction, deadline, cancellationToken);
                break;
            case InteractionType.ModalSubmit:
                await components.SubmitAsync(interaction, deadline, cancellationToken);
                break;
        }
    }

    /// <summary>Where an interaction comes from: its channel, its user, and in a guild the server.</summary>
    internal static ChatOrigin OriginOf(InteractionData interaction)
    {
        var user = interaction.Member?.User ?? interaction.User;
        return new ChatOrigin(DiscordClientInfo.Platform, interaction.ChannelId ?? string.Empty, user?.Id ?? string.Empty, interaction.GuildId is null)
        {
            ServerId = interaction.GuildId,
        };
    }

    private async Task CommandAsync(InteractionData interaction, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var name = interaction.Data?.Name ?? string.Empty;
        if (SlashCommands.Parse(name) is not { } command)
        {
            logger.UnknownCommand(name);
            var unknown = DiscordRenderer.Render(ChatReply.Error(BotMessages.DiscordUnknownCommand));
            await replies.MessageAsync(interaction, unknown, ephemeral: true, deadline, cancellationToken);
            return;
        }

        // A thread the gateway named follows its channel's mode here too; an unknown one is not asked about, so that
        // the first response keeps to its 3 seconds.
        var origin = OriginOf(interaction);
        origin = origin with { ParentChannelId = threads.KnownParentOf(origin.ChannelId) };
        if (command != ChatCommandName.Manage && await channels.ModeAsync(origin, cancellationToken) == ChannelMode.Off)
        {
            await replies.NoticeAsync(interaction, BotMessages.DiscordChannelOff, deadline, cancellationToken);
            return;
        }

        var arguments = interaction.Data?.Options;
        var request = new ChatRequest
        {
            Text = SlashCommands.ArgumentText(command, arguments),
            Command = command,
            Origin = origin,
            IsAdmin = interaction.GuildId is not null && MemberPermissions.CanManageServer(interaction.Member?.Permissions),
            Private = command == ChatCommandName.Ask && SlashCommands.AsksPrivately(arguments),
            Record = command != ChatCommandName.Manage,
        };

        // Help and usage problems are quick and stay ephemeral from the first response: no place, no deferral.
        await replies.AnswerAsync(
            interaction,
            request,
            AnswersAtOnce(command, request.Text),
            DiscordRenderer.Render,
            deadline,
            cancellationToken);
    }

    /// <summary>
    /// True when the answer is known to be quick, so it is sent at once even with deferral on and a usage problem or a
    /// notice stays ephemeral from the first response: <c>/help</c>, a command whose required text is empty, and
    /// <c>/kosovobot</c> except <c>gaps</c> (which groups questions by meaning and may take a while).
    /// </summary>
    private static bool AnswersAtOnce(ChatCommandName command, string text) =>
        command == ChatCommandName.Help
        || (command is ChatCommandName.Ask or ChatCommandName.Quote && ChatMarkup.Strip(text).Length == 0)
        || (command == ChatCommandName.Manage && !text.StartsWith("gaps", StringComparison.OrdinalIgnoreCase));

    private async Task AutocompleteAsync(InteractionData interaction, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var focused = interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true);
        IReadOnlyList<string> speakers = interaction.Data?.Name == "quote" && focused is not null
            ? quotes.SuggestSpeakers(focused.ValueText, DiscordLimits.AutocompleteChoices)
            : [];
        var choices = speakers
            .Where(s => s.Length > 0)
            .Take(DiscordLimits.AutocompleteChoices)
            .Select(s => new AutocompleteChoice
            {
                Name = TextShortener.Shorten(s, DiscordLimits.ChoiceText),
                Value = s.Length <= DiscordLimits.ChoiceText ? s : s[..DiscordLimits.ChoiceText],
            })
            .ToList();
        var response = new InteractionResponse
        {
            Type = InteractionCallbackType.ApplicationCommandAutocompleteResult,
            Data = new InteractionCallbackData { Choices = choices },
        };
        await replies.RespondAsync(interaction, response, deadline, cancellationToken);
    }
}
