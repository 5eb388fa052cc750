namespace KosovoBot.Slack.Interactivity;

/// <summary>The action, block and callback ids the bot puts on its buttons and its form, and reads back from payloads.</summary>
internal static class ActionIds
{
    /// <summary>The actions block under an answer.</summary>
    public const string ReplyActionsBlock = "kosovobot_reply_actions";

    /// <summary>👍 on an answer; its value is the question record's id.</summary>
    public const string Helpful = "kosovobot_helpful";

    /// <summary>👎 on an answer; its value is the question record's id. Opens the "what went wrong?" form.</summary>
    public const string Unhelpful = "kosovobot_unhelpful";

    /// <summary>"Share in channel" on a private answer; its value is the question record's id.</summary>
    public const string Share = "kosovobot_share";

    /// <summary>The "what went wrong?" form; its private metadata is the question record's id.</summary>
    public const string FeedbackForm = "kosovobot_feedback_form";

    /// <summary>The form's choice block and its select menu.</summary>
    public const string ProblemBlock = "problem";

    /// <summary>The form's free-text block and its input.</summary>
    public const string CommentBlock = "comment";
}
