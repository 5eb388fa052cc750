using System.Text.Json.Serialization;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Conversations;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Redis;

/// <summary>A conversation turn as stored in a Redis list: JSON that round-trips every quote and date it cites.</summary>
internal sealed record StoredTurn(string Question, string Standalone, DateTimeOffset At, StoredAnswer Answer)
{
    public static StoredTurn From(ConversationTurn turn) => new(
        turn.Question,
        turn.Standalone,
        turn.At,
        new StoredAnswer(
            turn.Answer.Question,
            turn.Answer.Answered,
            turn.Answer.Text,
            turn.Answer.Confidence,
            [.. turn.Answer.Citations.Select(c => new StoredCitation(c.Quote, StoredStatement.From(c.Statement)))]));

    public ConversationTurn ToTurn() => new(
        Question,
        Standalone,
        new Answer
        {
            Question = Answer.Question,
            Answered = Answer.Answered,
            Text = Answer.Text,
            Confidence = Answer.Confidence,
            Citations = [.. Answer.Citations.Select(c => new Citation(c.Statement.ToStatement(), c.Quote))],
        },
        At);
}

/// <summary>The answer of a stored turn.</summary>
internal sealed record StoredAnswer(string Question, bool Answered, string Text, double Confidence, IReadOnlyList<StoredCitation> Citations);

/// <summary>A quote of a stored answer.</summary>
internal sealed record StoredCitation(string Quote, StoredStatement Statement);

/// <summary>The statement a stored quote is cut from.</summary>
internal sealed record StoredStatement(
    SourceInfo Source, int Ordinal, int Paragraph, string Text, string? Speaker, string? Role, StatementKind Kind, IReadOnlyList<StoredDate> Dates)
{
    public static StoredStatement From(Statement s) => new(
        s.Source, s.Ordinal, s.Paragraph, s.Text, s.Speaker, s.Role, s.Kind,
        [.. s.Dates.Select(d => new StoredDate(d.Text, d.Date.Precision, d.Date.Year, d.Date.Month, d.Date.Day, d.Date.Part))]);

    public Statement ToStatement() => new()
    {
        Source = Source,
        Ordinal = Ordinal,
        Paragraph = Paragraph,
        Text = Text,
        Speaker = Speaker,
        Role = Role,
        Kind = Kind,
        Dates = [.. Dates.Select(d => new DateMention(d.Text, d.ToDate()))],
    };
}

/// <summary>A date a stored statement names, at its precision.</summary>
internal sealed record StoredDate(string Text, DatePrecision Precision, int Year, int? Month, int? Day, MonthPart? Part)
{
    public ResolvedDate ToDate() => Precision switch
    {
        DatePrecision.Day => ResolvedDate.OfDay(new DateOnly(Year, Month!.Value, Day!.Value)),
        DatePrecision.PartOfMonth => ResolvedDate.OfPartOfMonth(Year, Month!.Value, Part!.Value),
        DatePrecision.Month => ResolvedDate.OfMonth(Year, Month!.Value),
        _ => ResolvedDate.OfYear(Year),
    };
}

/// <summary>Source-generated JSON for <see cref="StoredTurn"/>.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredTurn))]
internal sealed partial class StoredTurnJsonContext : JsonSerializerContext;
