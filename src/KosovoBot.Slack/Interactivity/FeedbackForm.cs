using KosovoBot.Core.Control;
using KosovoBot.Core.Text;
using KosovoBot.Slack.Protocol;

namespace KosovoBot.Slack.Interactivity;

/// <summary>
/// The 👎 form ("what went wrong?"): a required choice of the four problems and optional free text; and reading a
/// submitted one back from <c>view.state.values</c>.
/// </summary>
internal static class FeedbackForm
{
    /// <summary>The longest comment kept.</summary>
    public const int MaxComment = 1000;

    private static readonly (FeedbackProblem Problem, string Value)[] Choices =
    [
        (FeedbackProblem.Wrong, "wrong"),
        (FeedbackProblem.NotInArticle, "not-in-article"),
        (FeedbackProblem.BadlyQuoted, "badly-quoted"),
        (FeedbackProblem.Other, "other"),
    ];

    /// <summary>The modal for the answer kept as <paramref name="recordId"/>.</summary>
    public static ModalView Build(string recordId) => new()
    {
        CallbackId = ActionIds.FeedbackForm,
        PrivateMetadata = recordId,
        Title = TextObject.Plain(BotMessages.SlackFormTitle),
        Submit = TextObject.Plain(BotMessages.SlackFormSubmit),
        Close = TextObject.Plain(BotMessages.SlackFormClose),
        Blocks =
        [
            Block.Input(
                ActionIds.ProblemBlock,
                BotMessages.SlackFormProblemLabel,
                new StaticSelectElement
                {
                    ActionId = ActionIds.ProblemBlock,
                    Placeholder = TextObject.Plain(BotMessages.SlackFormProblemPlaceholder),
                    Options = [.. Choices.Select(choice => new SelectOption { Text = TextObject.Plain(Label(choice.Problem)), Value = choice.Value })],
                }),
            Block.Input(
                ActionIds.CommentBlock,
                BotMessages.SlackFormCommentLabel,
                new PlainTextInputElement { ActionId = ActionIds.CommentBlock, Multiline = true, MaxLength = MaxComment },
                optional: true),
        ],
    };

    /// <summary>The chosen problem of a submitted form, or null when none (or an unknown one) was chosen.</summary>
    public static FeedbackProblem? Problem(ViewState? state)
    {
        var chosen = Value(state, ActionIds.ProblemBlock)?.SelectedOption?.Value;
        foreach (var (problem, value) in Choices)
        {
            if (value == chosen)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>The submitted free text, trimmed and at most <see cref="MaxComment"/> characters, or null when empty.</summary>
    public static string? Comment(ViewState? state)
    {
        var text = Value(state, ActionIds.CommentBlock)?.Value?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length <= MaxComment ? text : text[..MaxComment];
    }

    private static ViewStateValue? Value(ViewState? state, string block) =>
        state?.Values is { } values && values.TryGetValue(block, out var actions) && actions.TryGetValue(block, out var value) ? value : null;

    private static string Label(FeedbackProblem problem) => problem switch
    {
        FeedbackProblem.Wrong => BotMessages.SlackProblemWrong,
        FeedbackProblem.NotInArticle => BotMessages.SlackProblemNotInArticle,
        FeedbackProblem.BadlyQuoted => BotMessages.SlackProblemBadlyQuoted,
        _ => BotMessages.SlackProblemOther,
    };
}
