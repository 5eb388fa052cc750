using KosovoBot.Core.Control;
using KosovoBot.Core.Text;
using KosovoBot.Discord.Protocol;

namespace KosovoBot.Discord.Components;

/// <summary>
/// The "what went wrong?" modal a 👎 opens: a string select of the four <see cref="FeedbackProblem"/>s and a free text,
/// each in a label (modals take selects only inside labels), and reading them back from the submit.
/// </summary>
internal static class FeedbackForm
{
    private const int Paragraph = 2;
    private const int CommentMaxLength = 1000;

    private static readonly (FeedbackProblem Problem, string Value)[] Choices =
    [
        (FeedbackProblem.Wrong, "wrong"),
        (FeedbackProblem.NotInArticle, "not-in-article"),
        (FeedbackProblem.BadlyQuoted, "badly-quoted"),
        (FeedbackProblem.Other, "other"),
    ];

    /// <summary>The modal for the answer of <paramref name="recordId"/>, or null when its id would be too long.</summary>
    public static InteractionResponse? For(string recordId)
    {
        if (CustomIds.For(CustomIds.Form, recordId) is not { } customId)
        {
            return null;
        }

        return new InteractionResponse
        {
            Type = InteractionCallbackType.Modal,
            Data = new InteractionCallbackData
            {
                CustomId = customId,
                Title = BotMessages.DiscordFormTitle,
                Components =
                [
                    new MessageComponent
                    {
                        Type = MessageComponent.LabelType,
                        Label = BotMessages.DiscordFormProblem,
                        Component = new MessageComponent
                        {
                            Type = MessageComponent.StringSelect,
                            CustomId = CustomIds.ProblemInput,
                            Options = [.. Choices.Select(c => new SelectOption { Label = LabelOf(c.Problem), Value = c.Value })],
                        },
                    },
                    new MessageComponent
                    {
                        Type = MessageComponent.LabelType,
                        Label = BotMessages.DiscordFormComment,
                        Component = new MessageComponent
                        {
                            Type = MessageComponent.TextInput,
                            CustomId = CustomIds.CommentInput,
                            Style = Paragraph,
                            Required = false,
                            MaxLength = CommentMaxLength,
                        },
                    },
                ],
            },
        };
    }

    /// <summary>What the submit chose and wrote; an unknown or missing choice reads as <see cref="FeedbackProblem.Other"/>.</summary>
    public static (FeedbackProblem Problem, string? Comment) Read(IReadOnlyList<SubmittedComponent>? submitted)
    {
        var inputs = (submitted ?? []).SelectMany(c => c.Inputs()).ToList();
        var chosen = inputs.FirstOrDefault(i => i.CustomId == CustomIds.ProblemInput)?.Values is [var first, ..] ? first : null;
        var problem = Choices.FirstOrDefault(c => c.Value == chosen) is { Value: not null } match ? match.Problem : FeedbackProblem.Other;
        var comment = inputs.FirstOrDefault(i => i.CustomId == CustomIds.CommentInput)?.Value?.Trim();
        return (problem, string.IsNullOrEmpty(comment) ? null : comment);
    }

    private static string LabelOf(FeedbackProblem problem) => problem switch
    {
        FeedbackProblem.Wrong => BotMessages.DiscordProblemWrong,
        FeedbackProblem.NotInArticle => BotMessages.DiscordProblemNotInArticle,
        FeedbackProblem.BadlyQuoted => BotMessages.DiscordProblemBadlyQuoted,
        _ => BotMessages.DiscordProblemOther,
    };
}
