using KosovoBot.SemanticKernel.Answering;

namespace KosovoBot.SemanticKernel.Tests;

public sealed class ReplyVerifierTests
{
    private static readonly string[] Given =
    [
        "NATO spokesman James Appathurai told reporters that NATO ministers have agreed to keep their KFOR peacekeeping force in Kosovo at its current strength of just over 16,000 troops.",
        "\u201CNATO\u2019s continued commitment to the security and stability of the region remains crucial,\u201D he said.",
    ];

    [Fact]
    public void Verify_CitedAnswer_KeepsCitationOrderWithoutRepeats()
    {
        var verdict = ReplyVerifier.Verify("""{"answer": "Just over 16,000.", "citations": [2, 1, 2]}""", Given);

        Assert.Null(verdict.Fallback);
        Assert.Equal("Just over 16,000.", verdict.AnswerText);
        Assert.Equal([1, 0], verdict.Cited);
    }

    [Fact]
    public void Verify_InlineCitationMarkers_AreRemovedFromTheAnswer()
    {
        var verdict = ReplyVerifier.Verify("""{"answer": "Just over 16,000 troops [1]. It is crucial [1, 2].", "citations": [1, 2]}""", Given);

        Assert.Equal("Just over 16,000 troops. It is crucial.", verdict.AnswerText);
    }

    [Theory]
    [InlineData("""{"answer": "KFOR has just over 16000 troops.", "citations": [1]}""")]
    [InlineData("""{"answer": "Mediators report on Monday, December 10, 2007.", "citations": [1]}""")]
    [InlineData("""{"answer": "As of the article's date, 2007-12-07, KFOR had 16,000 troops.", "citations": [1]}""")]
    public void Verify_NumbersFromCitedStatementOrItsDates_AreVerified(string reply)
    {
        var verdict = ReplyVerifier.Verify(reply, Given, ["Monday, December 10, 2007 2007-12-10 December 7, 2007 2007-12-07", string.Empty]);

        Assert.Null(verdict.Fallback);
    }

    [Theory]
    [InlineData("""{"answer": "KFOR has 20,000 troops.", "citations": [1]}""")]
    [InlineData("""{"answer": "KFOR has 16,000 troops.", "citations": [2]}""")]
    [InlineData("""{"answer": "Mediators report on December 11.", "citations": [1]}""")]
    public void Verify_NumberNotInCitedStatements_FallsBack(string reply)
    {
        var verdict = ReplyVerifier.Verify(reply, Given, ["Monday, December 10, 2007 2007-12-10", string.Empty]);

        Assert.Equal(FallbackReason.UnsupportedNumber, verdict.Fallback);
    }

    [Theory]
    [InlineData("""{"answer": "He called NATO's commitment \"crucial\".", "citations": [2]}""")]
    [InlineData("""{"answer": "He said \u201Cthe security and stability of the region remains crucial\u201D.", "citations": [2]}""")]
    [InlineData("""{"answer": "\"NATO's continued commitment ... remains crucial,\" he said.", "citations": [2]}""")]
    [InlineData("""{"answer": "\"at its current   strength\"", "citations": ["1"]}""")]
    public void Verify_QuotationFoundInCitedStatement_IsVerified(string reply)
    {
        Assert.Null(ReplyVerifier.Verify(reply, Given).Fallback);
    }

    [Theory]
    [InlineData("""{"answer": "He called it \"vital\".", "citations": [2]}""", FallbackReason.UnverifiedQuotation)]
    [InlineData("""{"answer": "He called it \"crucial\".", "citations": [1]}""", FallbackReason.UnverifiedQuotation)]
    [InlineData("""{"answer": "He called it \"crucial.", "citations": [2]}""", FallbackReason.UnverifiedQuotation)]
    [InlineData("""{"answer": "16,000", "citations": [0]}""", FallbackReason.UnknownCitation)]
    [InlineData("""{"answer": "16,000", "citations": [3]}""", FallbackReason.UnknownCitation)]
    [InlineData("""{"answer": "16,000", "citations": []}""", FallbackReason.NoCitation)]
    [InlineData("""{"answer": "16,000"}""", FallbackReason.NoCitation)]
    [InlineData("""{"answer": "  ", "citations": [1]}""", FallbackReason.Unparseable)]
    [InlineData("""{"citations": [1]}""", FallbackReason.Unparseable)]
    [InlineData("""{"answer": 16000, "citations": [1]}""", FallbackReason.Unparseable)]
    [InlineData("""{"answer": "16,000", "citations": [1""", FallbackReason.Unparseable)]
    [InlineData("16,000 [1]", FallbackReason.Unparseable)]
    [InlineData("", FallbackReason.Unparseable)]
    [InlineData(null, FallbackReason.Unparseable)]
    public void Verify_BadReply_FallsBackWithReason(string? reply, FallbackReason reason)
    {
        Assert.Equal(reason, ReplyVerifier.Verify(reply, Given).Fallback);
    }

    [Theory]
    [InlineData("""{"answer": "Appathurai said NATO would 'never abandon Kosovo'.", "citations": [1]}""")]
    [InlineData("""{"answer": "Appathurai said NATO would \u2018never abandon Kosovo\u2019.", "citations": [1]}""")]
    [InlineData("""{"answer": "He called it 'vital' for the region's stability.", "citations": [2]}""")]
    [InlineData("""{"answer": "He called it 'crucial.", "citations": [2]}""")]
    [InlineData("""{"answer": "He said \"NATO's commitment is 'vital'\".", "citations": [2]}""")]
    public void Verify_SingleQuotedWordsNotInCitedStatement_FallsBack(string reply)
    {
        Assert.Equal(FallbackReason.UnverifiedQuotation, ReplyVerifier.Verify(reply, Given).Fallback);
    }

    [Theory]
    [InlineData("""{"answer": "He called NATO's commitment 'crucial'.", "citations": [2]}""")]
    [InlineData("""{"answer": "KFOR stays \u2018at its current strength\u2019, NATO's spokesman said.", "citations": [1]}""")]
    [InlineData("""{"answer": "NATO's ministers don't plan cuts; KFOR's strength stays at 16,000 and the ministers' decision is final.", "citations": [1]}""")]
    [InlineData("""{"answer": "He said 'NATO's continued commitment ... remains crucial'.", "citations": [2]}""")]
    public void Verify_SingleQuotationFoundOrApostrophesOnly_IsVerified(string reply)
    {
        Assert.Null(ReplyVerifier.Verify(reply, Given).Fallback);
    }

    [Theory]
    [InlineData("""{"answer": "\"remains crucial ... NATO's continued commitment\"", "citations": [2]}""")]
    [InlineData("""{"answer": "\"NATO ministers have agreed ... remains crucial\"", "citations": [1, 2]}""")]
    [InlineData("""{"answer": "\"continued commitment ... continued commitment\"", "citations": [2]}""")]
    public void Verify_EllipsisPiecesOutOfOrderOrFromSeveralStatements_FallsBack(string reply)
    {
        Assert.Equal(FallbackReason.UnverifiedQuotation, ReplyVerifier.Verify(reply, Given).Fallback);
    }

    [Fact]
    public void Verify_EllipsisDroppingANegation_FallsBack()
    {
        string[] given = ["Appathurai said NATO will not withdraw its troops from Kosovo."];

        var verdict = ReplyVerifier.Verify("""{"answer": "He said \"NATO will ... withdraw its troops\".", "citations": [1]}""", given);

        Assert.Equal(FallbackReason.UnverifiedQuotation, verdict.Fallback);
    }

    [Theory]
    [InlineData("""{"answer": "KFOR has twenty thousand troops.", "citations": [1]}""")]
    [InlineData("""{"answer": "KFOR has sixteen thousand troops.", "citations": [1]}""")]
    [InlineData("""{"answer": "Twenty-five ministers agreed.", "citations": [1]}""")]
    [InlineData("""{"answer": "KFOR has a dozen battalions and Hundreds of officers.", "citations": [1]}""")]
    public void Verify_NumberWordsNotInCitedStatements_FallsBack(string reply)
    {
        Assert.Equal(FallbackReason.UnsupportedNumber, ReplyVerifier.Verify(reply, Given).Fallback);
    }

    [Theory]
    [InlineData("""{"answer": "The two sides have until December 10.", "citations": [1]}""")]
    [InlineData("""{"answer": "Someone often said the Troika has three weeks.", "citations": [1]}""")]
    public void Verify_NumberWordsInCitedStatement_AreVerified(string reply)
    {
        string[] given = ["The two sides have three weeks, until December 10, before the Troika reports."];

        Assert.Null(ReplyVerifier.Verify(reply, given).Fallback);
    }

    [Fact]
    public void Verify_OverlongAnswer_FallsBack()
    {
        var reply = $$"""{"answer": "{{new string('x', ReplyVerifier.MaxAnswerLength + 1)}}", "citations": [1]}""";

        Assert.Equal(FallbackReason.TooLong, ReplyVerifier.Verify(reply, Given).Fallback);
    }

    [Theory]
    [InlineData("""{"answer": "not in the article", "citations": []}""")]
    [InlineData("""{"answer": "Not in the articles.", "citations": [1]}""")]
    public void Verify_NotInArticle_Declines(string reply)
    {
        var verdict = ReplyVerifier.Verify(reply, Given);

        Assert.True(verdict.Declined);
        Assert.Null(verdict.Fallback);
    }
}
