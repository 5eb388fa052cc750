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

    [Fact]
    public async Task ForgetBeforeAsync_DeletesOlderQuestionsWithTheirFeedback_KeepsNewerOnesAndSettings()
    {
        var database = _file.Open();
        var records = new SqliteQuestionRecords(database);
        var settings = new SqliteSettingsStore(database);
        await records.RecordAsync(SampleRecords.Declined("old", Noon.AddDays(-91)), CancellationToken.None);
        await records.RecordAsync(SampleRecords.Answered("old-disliked", Noon.AddDays(-90).AddMinutes(-1)), CancellationToken.None);
        await records.RecordAsync(SampleRecords.Answered("recent", Noon.AddDays(-89)), CancellationToken.None);
        await records.RecordFeedbackAsync(new AnswerFeedback("old-disliked", "U1", false, FeedbackProblem.Wrong, "wrong year", Noon.AddDays(-89)), CancellationToken.None);
        await records.RecordFeedbackAsync(new AnswerFeedback("recent", "U1", false, null, null, Noon.AddDays(-89)), CancellationToken.None);
        await settings.SetAsync(new SettingScope("discord", "G1"), SettingNames.Feedback, "off", "admin-1", Noon.AddDays(-200), CancellationToken.None);

        var forgotten = await records.ForgetBeforeAsync(Noon.AddDays(-90), CancellationToken.None);

        Assert.Equal(2, forgotten);
        Assert.Null(await records.FindAsync("old", CancellationToken.None));
        Assert.Null(await records.FindAsync("old-disliked", CancellationToken.None));
        Assert.Empty(await records.FeedbackForAsync("old-disliked", CancellationToken.None));
        Assert.NotNull(await records.FindAsync("recent", CancellationToken.None));
        Assert.Single(await records.FeedbackForAsync("recent", CancellationToken.None));
        Assert.Equal(Noon.AddDays(-89), Assert.Single(await records.ListGapsAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).At);
        Assert.Equal("off", await settings.GetAsync(new SettingScope("discord", "G1"), SettingNames.Feedback, CancellationToken.None));
        Assert.Single(await settings.ListChangesAsync(null, since: null, limit: 10, CancellationToken.None));
    }

    public void Dispose() => _file.Dispose();
}
