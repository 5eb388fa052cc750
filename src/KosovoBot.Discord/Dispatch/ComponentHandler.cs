using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Text;
using KosovoBot.Discord.Components;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rendering;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// The buttons under answers and the 👎 form. 👍 stores the feedback and thanks privately; 👎 stores it and opens
/// the "what went wrong?" form, whose submit stores the choice and the text. "Share in channel" (only the asker's, once)
/// takes the button off the private answer, asks the recorded question again without recording it and posts the
/// answer publicly, headed by who asked.
/// </summary>
internal sealed class ComponentHandler(
    IQuestionRecords records,
    ChannelSettings channels,
    InteractionReplies replies,
    RecentIds recent,
    TimeProvider time,
    ILogger<ComponentHandler> logger)
{
    /// <summary>A button press (interaction type 3).</summary>
    public async Task PressAsync(InteractionData interaction, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        if (!CustomIds.TryParse(interaction.Data?.CustomId, out var action, out var recordId))
        {
            logger.UnknownComponent(interaction.Data?.CustomId);
            return;
        }

        var origin = InteractionHandler.OriginOf(interaction);
        if (await records.FindAsync(recordId, cancellationToken) is not { } record)
        {
            await replies.NoticeAsync(interaction, BotMessages.DiscordRecordGone, deadline, cancellationToken);
            return;
        }

        switch (action)
        {
            case CustomIds.Helpful:
                await StoreAsync(record.Id, origin.UserId, helpful: true, null, null, cancellationToken);
                await replies.NoticeAsync(interaction, BotMessages.DiscordThanks, deadline, cancellationToken);
                break;
            case CustomIds.NotHelpful:
                // Kept at once, so a 👎 counts even when the form is closed without sending.
                await StoreAsync(record.Id, origin.UserId, helpful: false, null, null, cancellationToken);
                if (FeedbackForm.For(record.Id) is { } form)
                {
                    await replies.RespondAsync(interaction, form, deadline, cancellationToken);
                }
                else
                {
                    await replies.NoticeAsync(interaction, BotMessages.DiscordThanks, deadline, cancellationToken);
                }

                break;
            case CustomIds.Share:
                await ShareAsync(interaction, origin, record, deadline, cancellationToken);
                break;
            default:
                logger.UnknownComponent(interaction.Data?.CustomId);
                break;
        }
    }

    /// <summary>A form submit (interaction type 5).</summary>
    public async Task SubmitAsync(InteractionData interaction, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        if (!CustomIds.TryParse(interaction.Data?.CustomId, out var action, out var recordId) || action != CustomIds.Form)
        {
            logger.UnknownComponent(interaction.Data?.CustomId);
            return;
        }

        if (await records.FindAsync(recordId, cancellationToken) is null)
        {
            await replies.NoticeAsync(interaction, BotMessages.DiscordRecordGone, deadline, cancellationToken);
            return;
        }

        var (problem, comment) = FeedbackForm.Read(interaction.Data?.Components);
        await StoreAsync(recordId, InteractionHandler.OriginOf(interaction).UserId, helpful: false, problem, comment, cancellationToken);
        await replies.NoticeAsync(interaction, BotMessages.DiscordThanks, deadline, cancellationToken);
    }

    private async Task ShareAsync(InteractionData interaction, ChatOrigin origin, QuestionRecord record, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        if (record.UserId != origin.UserId)
        {
            await replies.NoticeAsync(interaction, BotMessages.DiscordShareNotYours, deadline, cancellationToken);
            return;
        }

        if (!await recent.TryAddAsync("share:" + record.Id, cancellationToken))
        {
            await replies.NoticeAsync(interaction, BotMessages.DiscordAlreadyShared, deadline, cancellationToken);
            return;
        }

        var feedback = await channels.FeedbackButtonsAsync(origin, cancellationToken);
        var request = new ChatRequest
        {
            Text = record.UnderstoodAs ?? record.Question,
            Command = ChatCommandName.Ask,
            Origin = origin,
            Record = false,
        };
        logger.Sharing(record.Id, origin.ChannelId);

        // The private answer loses its "Share in channel" button (its 👍/👎 stay), then the public answer follows.
        var update = new InteractionCallbackData { Components = feedback ? ReplyButtons.FeedbackOnly(record.Id) : [] };
        await replies.UpdateThenFollowUpAsync(interaction, update, request, reply => Shared(reply, record, feedback), deadline, cancellationToken);
    }

    /// <summary>The public answer: "@asker asked: question", the answer, and 👍/👎 on the asker's record.</summary>
    private static RenderedMessage Shared(ChatReply reply, QuestionRecord record, bool feedback)
    {
        if (reply.IsPrivate)
        {
            return DiscordRenderer.Render(reply);
        }

        var rendered = DiscordRenderer.Render(reply with { RecordId = null, OffersFeedback = false, Shareable = false });
        var question = TextShortener.Shorten(TextShortener.EscapeMarkdown(record.Question.ReplaceLineEndings(" ")), 300);
        var heading = BotText.Format(BotMessages.DiscordSharedBy, record.UserId, question);
        var content = rendered.Content is { Length: > 0 } text ? $"{heading}\n{text}" : heading;
        return rendered with
        {
            Content = TextShortener.Shorten(content, DiscordLimits.Content),
            Components = feedback ? ReplyButtons.FeedbackOnly(record.Id) : [],
        };
    }

    private Task StoreAsync(string recordId, string userId, bool helpful, FeedbackProblem? problem, string? comment, CancellationToken cancellationToken)
    {
        logger.FeedbackStored(recordId, helpful, problem);
        return records.RecordFeedbackAsync(new AnswerFeedback(recordId, userId, helpful, problem, comment, time.GetUtcNow()), cancellationToken);
    }
}
