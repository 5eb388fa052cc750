using KosovoBot.Retrieval.Answering;

namespace KosovoBot.Retrieval.Tests.Answering;

public sealed class QuestionClassifierTests
{
    [Theory]
    [InlineData("How many troops are there?", "Quantity")]
    [InlineData("how big is the force", "Quantity")]
    [InlineData("hey, can you tell me how much it cost", "Quantity")]
    [InlineData("When is the deadline?", "When")]
    [InlineData("since when have they been there", "When")]
    [InlineData("Until when will they wait?", "When")]
    [InlineData("what date is the report due", "When")]
    [InlineData("Where was the meeting?", "Where")]
    [InlineData("which city does the correspondent file from", "Where")]
    [InlineData("Why did NATO go in?", "Why")]
    [InlineData("how come they wait", "Why")]
    [InlineData("Who is the spokesman?", "Who")]
    [InlineData("who's the chief", "Who")]
    [InlineData("What is the name of the spokesman?", "Who")]
    [InlineData("what's the secretary general called", "Who")]
    [InlineData("which countries will recognise it", "Who")]
    [InlineData("Will NATO stay?", "YesNo")]
    [InlineData("r the peacekeepers staying put", "YesNo")]
    [InlineData("Is Belgrade in favour?", "YesNo")]
    [InlineData("What does Russia want?", "What")]
    [InlineData("tell me about the talks", "What")]
    public void Classify_Question_ReturnsType(string question, string expected)
    {
        Assert.Equal(expected, QuestionClassifier.Classify(question).ToString());
    }
}
