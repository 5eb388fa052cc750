namespace KosovoBot.Core.Chat;

/// <summary>The commands the bot understands on every platform.</summary>
public enum ChatCommandName
{
    /// <summary>Answer a question with quotes.</summary>
    Ask,

    /// <summary>The dated events in date order.</summary>
    Deadlines,

    /// <summary>Direct quotations by a speaker or containing a word.</summary>
    Quote,

    /// <summary>The articles the bot answers from.</summary>
    Sources,

    /// <summary>A short usage text.</summary>
    Help,

    /// <summary>The admins' <c>/kosovobot</c> command: where the bot speaks, limits, feedback buttons, gaps, audit.</summary>
    Manage,
}
