using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Discord.Commands;
using KosovoBot.Discord.Gateway;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rendering;
using KosovoBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// Answers slash commands with one callback: a message at once (type 4), or a deferral (type 5) followed by
/// an edit of the original response when <see cref="DiscordOptions.DeferReplies"/> is set or every answering
/// place is taken. The first callback never waits for a place, and the 3-second window is counted from the
/// interaction's creation (its snowflake): one already past it is dropped, as Discord would refuse the callback.
/// Errors and usage problems are ephemeral: found before the callback they are an ephemeral message at once; found
/// after a deferral they replace the public "thinking" response with an ephemeral follow-up. <c>/quote</c>
/// autocompletes speaker names (type 8) without taking a place.
/// </summary>
internal sealed class InteractionHandler(
    IChatRouter router,
    IQuoteService quotes,
    DiscordRestClient rest,
    GatewaySessionState state,
    RecentIds recent,
    AnswerPlaces places,
    IOptions<DiscordOptions> options,
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
                await RespondAsync(interaction, new InteractionResponse { Type = InteractionCallbackType.Pong }, deadline, cancellationToken);
                break;
            case InteractionType.ApplicationCommandAutocomplete:
                await AutocompleteAsync(interaction, deadline, cancellationToken);
                break;
            case InteractionType.ApplicationCommand:
                await CommandAsync(interaction, deadline, cancellationToken);
                break;
        }
    }

    private async Task CommandAsync(InteractionData interaction, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var name = interaction.Data?.Name ?? string.Empty;
        if (SlashCommands.Parse(name) is not { } command)
        {
            logger.UnknownCommand(name);
            var unknown = DiscordRenderer.Render(ChatReply.Error("I don't know that command. Try /help."));
            await RespondAsync(interaction, Message(unknown, ephemeral: true), deadline, cancellationToken);
            return;
        }

        var user = interaction.Member?.User ?? interaction.User;
        var request = new ChatRequest
        {
            Text = interaction.Data?.Options is { Count: > 0 } values ? values[0].ValueText : string.Empty,
            Command = command,
            Origin = new ChatOrigin(DiscordClientInfo.Platform, interaction.ChannelId ?? string.Empty, user?.Id ?? string.Empty, interaction.GuildId is null),
        };

        // Help and usage problems are quick and stay ephemeral from the first response: no place, no deferral.
        if (AnswersAtOnce(command, request.Text))
        {
            var quick = await SafeRouter.RouteAsync(router, request, logger, cancellationToken);
            await RespondAsync(interaction, Message(DiscordRenderer.Render(quick), quick.IsPrivate), deadline, cancellationToken);
            return;
        }

        if (!options.Value.DeferReplies && places.TryTake() is { } free)
        {
            ChatReply reply;
            using (free)
            {
                reply = await SafeRouter.RouteAsync(router, request, logger, cancellationToken);
            }

            await RespondAsync(interaction, Message(DiscordRenderer.Render(reply), reply.IsPrivate), deadline, cancellationToken);
            return;
        }

        // The answer may be slow, or every place is taken: acknowledge inside the window first, then wait for a place.
        await RespondAsync(interaction, new InteractionResponse { Type = InteractionCallbackType.DeferredChannelMessageWithSource }, deadline, cancellationToken);
        ChatReply deferred;
        using (await places.TakeAsync(cancellationToken))
        {
            deferred = await SafeRouter.RouteAsync(router, request, logger, cancellationToken);
        }

        var applicationId = interaction.ApplicationId ?? await state.ApplicationId.WaitAsync(cancellationToken);
        var rendered = DiscordRenderer.Render(deferred);
        if (deferred.IsPrivate)
        {
            // The deferral made the response public and a response cannot turn ephemeral later: replace it with an
            // ephemeral follow-up. Removing the "thinking" response first keeps the follow-up from finishing it.
            await rest.DeleteOriginalResponseAsync(applicationId, interaction.Token, cancellationToken);
            await rest.CreateFollowupMessageAsync(applicationId, interaction.Token, rendered.ToInteractionData(ephemeral: true), cancellationToken);
            return;
        }

        await rest.EditOriginalResponseAsync(applicationId, interaction.Token, rendered.ToInteractionData(ephemeral: false), cancellationToken);
    }

    /// <summary>
    /// True when the answer is known to be quick, so it is sent at once even with deferral on and a usage problem
    /// stays ephemeral from the first response: <c>/help</c>, and a command whose required text is empty.
    /// </summary>
    private static bool AnswersAtOnce(ChatCommandName command, string text) =>
        command == ChatCommandName.Help
        || (command is ChatCommandName.Ask or ChatCommandName.Quote && ChatMarkup.Strip(text).Length == 0);

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
        await RespondAsync(interaction, response, deadline, cancellationToken);
    }

    private static InteractionResponse Message(RenderedMessage message, bool ephemeral) => new()
    {
        Type = InteractionCallbackType.ChannelMessageWithSource,
        Data = message.ToInteractionData(ephemeral),
    };

    private Task RespondAsync(InteractionData interaction, InteractionResponse response, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, deadline, cancellationToken);
}
