using KosovoBot.Core.Control;

namespace KosovoBot.LocalModel.Tests;

[Collection(ArcticModelGroup.Name)]
public sealed class GapGroupingTests(ArcticModelFixture model)
{
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task BuildAsync_WithTheLocalModel_ParaphrasesTogetherOtherQuestionsAboutTheSameThingApart()
    {
        var records = new InMemoryQuestionRecords();
        string[] asked =
        [
            "How many people live in Portville?", "Who designed the lighthouse?", "What is the population of Portville?",
            "How long is the harbour bridge?", "Portville population?", "When was the harbour bridge built?",
            "Which architect built the lighthouse?",
        ];
        for (var i = 0; i < asked.Length; i++)
        {
            await records.RecordAsync(
                new QuestionRecord
                {
                    Id = $"r{i}", At = Day.AddMinutes(i), Platform = "discord", ChannelId = "C1", UserId = "U1",
                    Question = asked[i], Answered = false, AnswerText = "-", Snapshot = "s",
                },
                CancellationToken.None);
        }

        var report = new GapReport(records, embeddings: new GapEmbeddings(model.Generator, SentenceModel.ArcticXs.QueryPrefix));
        var groups = await report.BuildAsync(Day, CancellationToken.None);

        Assert.Equal(
            [
                ["How many people live in Portville?", "What is the population of Portville?", "Portville population?"],
                ["Who designed the lighthouse?", "Which architect built the lighthouse?"],
                ["When was the harbour bridge built?"],
                ["How long is the harbour bridge?"],
            ],
            groups.Select(static g => g.Examples));
    }
}
