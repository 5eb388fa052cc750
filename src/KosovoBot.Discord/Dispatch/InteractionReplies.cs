using KosovoBot.Core.Chat;
using KosovoBot.Discord.Gateway;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rendering;
using KosovoBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// Answers an interaction with a routed reply in one callback: a message at once (type 4), or a deferral (type 5)
/// followed by an edit of the original response when <see cref="DiscordOptions.DeferReplies"/> is set or every
/// answering place is taken. The first callback never waits for a place. A private reply is ephemeral: a private
/// answer asked for (<c>/ask private</c>) is deferred ephemerally, and any other private reply found after a public
/// deferral (an error, a notice) replaces the "thinking" response with an ephemeral follow-up.
/// </summary>
internal sealed class InteractionReplies(
    IChatRouter router,
    DiscordRestClient rest,
    GatewaySessionState state,
    AnswerPlaces places,
    IOptions<DiscordOptions> options,
    ILogger<InteractionReplies> logger)
{
    /// <summary>
    /// Routes <paramref name="request"/> and sends what <paramref name="render"/> makes of the reply; a
    /// <paramref name="quick"/> one (help, a usage problem) goes at once without a place or a deferral.
    /// </summary>
    public async Task AnswerAsync(
        InteractionData interaction,
        ChatRequest request,
        bool quick,
        Func<ChatReply, RenderedMessage> render,
        DateTimeOffset deadline,
        CancellationToken cancellationToken)
    {
        var free = quick || options.Value.DeferReplies ? null : places.TryTake();
        if (quick || free is not null)
        {
            ChatReply reply;
            using (free)
            {
                reply = await SafeRouter.RouteAsync(router, request, logger, cancellationToken);
            }

            await MessageAsync(interaction, render(reply), reply.IsPrivate, deadline, cancellationToken);
            return;
        }

        // The answer may be slow, or every place is taken: acknowledge inside the window first, then wait for a place.
        // A private answer asked for is deferred privately, so that even its "thinking" shows to the asker only.
        var deferral = new InteractionResponse
        {
            Type = InteractionCallbackType.DeferredChannelMessageWithSource,
            Data = request.Private ? new InteractionCallbackData { Flags = MessageFlags.Ephemeral } : null,
        };
        await RespondAsync(interaction, deferral, deadline, cancellationToken);
        ChatReply deferred;
        using (await places.TakeAsync(cancellationToken))
        {
            deferred = await SafeRouter.RouteAsync(router, request, logger, cancellationToken);
        }

        var applicationId = await ApplicationIdAsync(interaction, cancellationToken);
        var rendered = render(deferred);
        if (deferred.IsPrivate && !request.Private)
        {
            // The deferral made the response public and a response cannot turn ephemeral later: replace it with an
            // ephemeral follow-up. Removing the "thinking" response first keeps the follow-up from finishing it.
            await rest.DeleteOriginalResponseAsync(applicationId, interaction.Token, cancellationToken);
            await rest.CreateFollowupMessageAsync(applicationId, interaction.Token, rendered.ToInteractionData(ephemeral: true), cancellationToken);
            return;
        }

        // The deferral fixed whether the response is ephemeral; the edit only fills it in.
        await rest.EditOriginalResponseAsync(applicationId, interaction.Token, rendered.ToInteractionData(ephemeral: false), cancellationToken);
    }

    /// <summary>
    /// Answers a button press by changing the message the button is on (type 7, which works on an ephemeral message,
    /// whose own token this interaction does not have), then routes <paramref name="request"/> and posts what
    /// <paramref name="render"/> makes of the reply as a follow-up: public, unless the reply is private (an error, a notice).
    /// </summary>
    public async Task UpdateThenFollowUpAsync(
        InteractionData interaction,
        InteractionCallbackData update,
        ChatRequest request,
        Func<ChatReply, RenderedMessage> render,
        DateTimeOffset deadline,
        CancellationToken cancellationToken)
    {
        await RespondAsync(interaction, new InteractionResponse { Type = InteractionCallbackType.UpdateMessage, Data = update }, deadline, cancellationToken);
        ChatReply reply;
        using (await places.TakeAsync(cancellationToken))
        {
            reply = await SafeRouter.RouteAsync(router, request, logger, cancellationToken);
        }

        var applicationId = await ApplicationIdAsync(interaction, cancellationToken);
        await rest.CreateFollowupMessageAsync(applicationId, interaction.Token, render(reply).ToInteractionData(reply.IsPrivate), cancellationToken);
    }

    /// <summary>Answers at once with <paramref name="message"/> (type 4).</summary>
    public Task MessageAsync(InteractionData interaction, RenderedMessage message, bool ephemeral, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        RespondAsync(
            interaction,
            new InteractionResponse { Type = InteractionCallbackType.ChannelMessageWithSource, Data = message.ToInteractionData(ephemeral) },
            deadline,
            cancellationToken);

    /// <summary>Answers at once with a short private notice.</summary>
    public Task NoticeAsync(InteractionData interaction, string text, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        MessageAsync(interaction, DiscordRenderer.Render(ChatReply.Notice(text)), ephemeral: true, deadline, cancellationToken);

    /// <summary>Sends the interaction's first (and only) callback.</summary>
    public Task RespondAsync(InteractionData interaction, InteractionResponse response, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, deadline, cancellationToken);

    private async ValueTask<string> ApplicationIdAsync(InteractionData interaction, CancellationToken cancellationToken) =>
        interaction.ApplicationId ?? await state.ApplicationId.WaitAsync(cancellationToken);
}
