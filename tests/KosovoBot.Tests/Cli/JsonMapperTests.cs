using System.Text.Json;
using KosovoBot.Cli.Json;
using KosovoBot.Testing.Fakes;

namespace KosovoBot.Tests.Cli;

public sealed class JsonMapperTests
{
    [Fact]
    public void ToJson_Answer_MatchesTheDocumentedContract()
    {
        var answer = TestStatements.AnsweredWithDirectQuote("When?") with { Confidence = 0.83333 };

        var json = JsonSerializer.Serialize(JsonMapper.ToJson("When?", answer), CliJsonContext.Relaxed.AskJson);

        Assert.Equal(
            """{"question":"When?","answered":true,"answer":"On Monday.","confidence":0.833,"citations":[{"quote":"\"The bridge will carry traffic again on Monday,\" said city engineer Mara Vell.","speaker":"Mara Vell","role":"city engineer","kind":"direct","source":{"id":"wire-harbour-bridge","title":"Harbour Bridge to Reopen","outlet":"Wire","author":"Ana Reporter","published":"2020-03-06","url":null,"paragraph":2}}]}""",
            json);
    }

    [Fact]
    public void ToJson_Timeline_GivesIsoDatePrecisionAndStatus()
    {
        var json = JsonSerializer.Serialize(JsonMapper.ToJson(new FakeKnowledgeServices().GetTimeline()), CliJsonContext.Relaxed.DeadlinesJson);
        var root = JsonDocument.Parse(json).RootElement;

        Assert.Equal("2020-03-06", root.GetProperty("asOf").GetString());
        var first = root.GetProperty("items")[0];
        Assert.Equal("2018", first.GetProperty("date").GetString());
        Assert.Equal("year", first.GetProperty("precision").GetString());
        Assert.Equal("past", first.GetProperty("status").GetString());
        Assert.Equal(TestStatements.Narrative.Text, first.GetProperty("quote").GetString());
    }
}
