using KosovoBot.Core.Answers;
using KosovoBot.Core.Control;

namespace KosovoBot.Testing.Control;

/// <summary>Question records of invented questions, for the tests of every store.</summary>
public static class SampleRecords
{
    /// <summary>An answered question with one quote.</summary>
    public static QuestionRecord Answered(string id, DateTimeOffset at, string question = "When does the ferry service resume?") => new()
    {
        Id = id,
        At = at,
        Platform = "slack",
        ServerId = "T1",
        ChannelId = "C1",
        UserId = "U1",
        Question = question,
        UnderstoodAs = "When does the island ferry service resume?",
        Answered = true,
        AnswerText = "On Friday.",
        Confidence = 0.72,
        Citations = [new CitedQuote("port-news", 3, "Mara Lind", "The ferries sail again on Friday."), new CitedQuote("port-news", 0, null, "Ferries to resume")],
        Snapshot = "k-1a2b",
    };

    /// <summary>A declined question.</summary>
    public static QuestionRecord Declined(string id, DateTimeOffset at, string question = "How tall is the lighthouse?") => new()
    {
        Id = id,
        At = at,
        Platform = "discord",
        ServerId = null,
        ChannelId = "D9",
        UserId = "U2",
        Question = question,
        Answered = false,
        Declined = DeclineReason.NoNumber,
        AnswerText = "No article gives the lighthouse's height.",
        Snapshot = "k-1a2b",
    };
}
