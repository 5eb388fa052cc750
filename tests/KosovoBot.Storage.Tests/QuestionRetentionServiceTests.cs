using KosovoBot.Core.Control;
using KosovoBot.Testing.Control;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Storage.Tests;

public sealed class QuestionRetentionServiceTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task StartAsync_ForgetsQuestionsPastTheWindow_ThenAnHourLaterForgetsTheOnesThatHaveAgedOut()
    {
        var time = new FakeTimeProvider(Noon);
        var records = new InMemoryQuestionRecords();
        await records.RecordAsync(SampleRecords.Declined("ancient", Noon.AddDays(-40)), CancellationToken.None);
        await records.RecordAsync(SampleRecords.Answered("ageing", Noon.AddDays(-30).AddMinutes(30)), CancellationToken.None);
        await records.RecordAsync(SampleRecords.Answered("fresh", Noon.AddDays(-1)), CancellationToken.None);
        await records.RecordFeedbackAsync(new AnswerFeedback("ancient", "U1", false, null, null, Noon.AddDays(-39)), CancellationToken.None);
        await using var service = new QuestionRetentionService(
            records, Options.Create(new StorageOptions { KeepQuestions = TimeSpan.FromDays(30) }), time, NullLogger<QuestionRetentionService>.Instance);

        await service.StartAsync(CancellationToken.None);

        Assert.Null(await records.FindAsync("ancient", CancellationToken.None));
        Assert.Empty(await records.FeedbackForAsync("ancient", CancellationToken.None));
        Assert.NotNull(await records.FindAsync("ageing", CancellationToken.None));

        // The in-memory store forgets synchronously, so the timer's pass is over when Advance returns.
        time.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(await records.FindAsync("ageing", CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await records.FindAsync("ageing", CancellationToken.None));
        Assert.NotNull(await records.FindAsync("fresh", CancellationToken.None));

        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void Validator_KeepQuestionsUnderADay_OneLineNamingTheSetting()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { KeepQuestions = TimeSpan.FromHours(12) });

        Assert.True(result.Failed);
        // The host turns this into "Storage:KeepQuestions: must be between 1.00:00:00 and 3650.00:00:00." (ConfigurationErrorProcessTests).
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("KeepQuestions:", failure, StringComparison.Ordinal);
        Assert.Contains("must be between 1.00:00:00 and 3650.00:00:00", failure, StringComparison.Ordinal);
        Assert.False(new StorageOptionsValidator().Validate(null, new StorageOptions { KeepQuestions = TimeSpan.FromDays(1) }).Failed);
    }
}
