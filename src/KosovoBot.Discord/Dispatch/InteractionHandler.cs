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
/// an edit of the original response when <see cref="DiscordOptions.DeferReplies"/> is set. Errors and usage
/// problems are ephemeral: found before the callback they are an ephemeral message at once; found after a
/// deferral they replace the public "thinking" response with an ephemeral follow-up. <c>/quote</c>
/// autocompletes speaker names (type 8).
/// </summary>
internal sealed class InteractionHandler(
    IChatRouter router,
    IQuoteService quotes,
    DiscordRestClient rest,
    GatewaySessionState state,
    RecentIds recent,
    IOptions<DiscordOptions> options,
    ILogger<InteractionHandler> logger)
{
    public async Task HandleAsync(InteractionData interaction, CancellationToken cancellationToken)
    {
        if (!recent.TryAdd("interaction:" + interaction.Id))
        {
            return;
        }

        logger.HandlingEvent("interaction", interaction.Id, interaction.ChannelId);
        switch (interaction.Type)
        {
            case InteractionType.Ping:
                await RespondAsync(interaction, new InteractionResponse { Type = InteractionCallbackType.Pong }, cancellationToken);
                break;
            case InteractionType.ApplicationCommandAutocomplete:
                await AutocompleteAsync(interaction, cancellationToken);
                break;
            case InteractionType.ApplicationCommand:
                await CommandAsync(interaction, cancellationToken);
                break;
        }
    }

    private async Task CommandAsync(InteractionData interaction, CancellationToken cancellationToken)
    {
        var name = interaction.Data?.Name ?? string.Empty;
        if (SlashCommands.Parse(name) is not { } command)
        {
            logger.UnknownCommand(name);
            var unknown = DiscordRenderer.Render(ChatReply.Error("I don't know that command. Try /help."));
            await RespondAsync(interaction, Message(unknown, ephemeral: true), cancellationToken);
            return;
        }

        var user = interaction.Member?.User ?? interaction.User;
        var request = new ChatRequest
        {
            Text = interaction.Data?.Options is { Count: > 0 } values ? values[0].ValueText : string.Empty,
            Command = command,
            Origin = new ChatOrigin(DiscordClientInfo.Platform, interaction.ChannelId ?? string.Empty, user?.Id ?? string.Empty, interaction.GuildId is null),
        };

        if (options.Value.DeferReplies && !AnswersAtOnce(command, request.Text))
        {
            await RespondAsync(interaction, new InteractionResponse { Type = InteractionCallbackType.DeferredChannelMessageWithSource }, cancellationToken);
            var deferred = await SafeRouter.RouteAsync(router, request, logger, cancellationToken);
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
            return;
        }

        var reply = await SafeRouter.RouteAsync(router, request, logger, cancellationToken);
        await RespondAsync(interaction, Message(DiscordRenderer.Render(reply), reply.IsPrivate), cancellationToken);
    }

    /// <summary>
    /// True when the answer is known to be quick, so it is sent at once even with deferral on and a usage problem
    /// stays ephemeral from the first response: <c>/help</c>, and a command whose required text is empty.
    /// </summary>
    private static bool AnswersAtOnce(ChatCommandName command, string text) =>
        command == ChatCommandName.Help
        || (command is ChatCommandName.Ask or ChatCommandName.Quote && ChatMarkup.Strip(text).Length == 0);

    private async Task AutocompleteAsync(InteractionData interaction, CancellationToken cancellationToken)
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
        await RespondAsync(interaction, response, cancellationToken);
    }

    private static InteractionResponse Message(RenderedMessage message, bool ephemeral) => new()
    {
        Type = InteractionCallbackType.ChannelMessageWithSource,
        Data = message.ToInteractionData(ephemeral),
    };

    private Task RespondAsync(InteractionData interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken);
}
