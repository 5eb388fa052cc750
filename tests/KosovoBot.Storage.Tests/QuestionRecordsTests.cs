using KosovoBot.Core.Control;
using KosovoBot.Testing.Control;

namespace KosovoBot.Storage.Tests;

public sealed class QuestionRecordsTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private readonly StorageFile _file = new();

    [Fact]
    public async Task RecordAsync_ThenRestart_FindsTheRecordWithItsQuotesAndFeedback()
    {
        var before = new SqliteQuestionRecords(_file.Open());
        var record = SampleRecords.Answered("r1", Noon);
        await before.RecordAsync(record, CancellationToken.None);
        await before.RecordFeedbackAsync(new AnswerFeedback("r1", "U5", false, FeedbackProblem.BadlyQuoted, "cut mid-sentence", Noon.AddMinutes(1)), CancellationToken.None);
        _file.CloseAll();

        var after = new SqliteQuestionRecords(_file.Open());
        var found = await after.FindAsync("r1", CancellationToken.None);
        var feedback = await after.FeedbackForAsync("r1", CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(record with { Citations = [] }, found with { Citations = [] });
        Assert.Equal(record.Citations, found.Citations);
        Assert.Equal(new AnswerFeedback("r1", "U5", false, FeedbackProblem.BadlyQuoted, "cut mid-sentence", Noon.AddMinutes(1)), Assert.Single(feedback));
        Assert.Null(await after.FindAsync("r2", CancellationToken.None));
    }

    [Fact]
    public async Task RecordFeedbackAsync_SameUserAgain_ReplacesTheEarlierOne()
    {
        var records = new SqliteQuestionRecords(_file.Open());
        await records.RecordAsync(SampleRecords.Answered("r1", Noon), CancellationToken.None);
        await records.RecordFeedbackAsync(new AnswerFeedback("r1", "U5", false, null, null, Noon.AddMinutes(1)), CancellationToken.None);
        await records.RecordFeedbackAsync(new AnswerFeedback("r1", "U6", true, null, null, Noon.AddMinutes(2)), CancellationToken.None);
        await records.RecordFeedbackAsync(new AnswerFeedback("r1", "U5", false, FeedbackProblem.Other, "the date is wrong", Noon.AddMinutes(3)), CancellationToken.None);

        var feedback = await records.FeedbackForAsync("r1", CancellationToken.None);

        Assert.Equal(
            [
                new AnswerFeedback("r1", "U6", true, null, null, Noon.AddMinutes(2)),
                new AnswerFeedback("r1", "U5", false, FeedbackProblem.Other, "the date is wrong", Noon.AddMinutes(3)),
            ],
            feedback);
    }

    [Fact]
    public async Task ListGapsAsync_GivesDeclinedAndThumbsDownQuestionsSinceATime_OldestFirst()
    {
        var records = new SqliteQuestionRecords(_file.Open());
        await records.RecordAsync(SampleRecords.Declined("old", Noon.AddDays(-9), "How deep is the harbour?"), CancellationToken.None);
        await records.RecordAsync(SampleRecords.Declined("d1", Noon.AddHours(2)), CancellationToken.None);
        await records.RecordAsync(SampleRecords.Answered("liked", Noon), CancellationToken.None);
        await records.RecordAsync(SampleRecords.Answered("disliked", Noon.AddHours(1), "ferry?"), CancellationToken.None);
        await records.RecordAsync(SampleRecords.Answered("changed-mind", Noon.AddHours(3)), CancellationToken.None);
        await records.RecordFeedbackAsync(new AnswerFeedback("liked", "U1", true, null, null, Noon), CancellationToken.None);
        await records.RecordFeedbackAsync(new AnswerFeedback("disliked", "U1", false, FeedbackProblem.Wrong, null, Noon), CancellationToken.None);
        await records.RecordFeedbackAsync(new AnswerFeedback("changed-mind", "U1", false, null, null, Noon), CancellationToken.None);
        await records.RecordFeedbackAsync(new AnswerFeedback("changed-mind", "U1", true, null, null, Noon), CancellationToken.None);

        var gaps = await records.ListGapsAsync(Noon.AddDays(-7), CancellationToken.None);

        Assert.Equal(
            [
                new GapQuestion("When does the island ferry service resume?", Noon.AddHours(1), Declined: false, "slack", "T1"),
                new GapQuestion("How tall is the lighthouse?", Noon.AddHours(2), Declined: true, "discord", ServerId: null),
            ],
            gaps);
    }

    public void Dispose() => _file.Dispose();
}
