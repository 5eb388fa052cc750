using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Dates;

namespace KosovoBot.Retrieval.Tests.Dates;

public sealed class DateResolverTests
{
    private static readonly DateOnly Published = new(2007, 12, 7); // a Friday

    // sentence, expression text, ISO date, precision
    public static TheoryData<string, string, string, DatePrecision> ArticleDates => new()
    {
        { "Friday's announcement at a NATO ministerial meeting in Brussels comes just days before a December 10 deadline.", "Friday", "2007-12-07", DatePrecision.Day },
        { "Friday's announcement at a NATO ministerial meeting in Brussels comes just days before a December 10 deadline.", "December 10", "2007-12-10", DatePrecision.Day },
        { "International mediators are expected to report to the United Nations on Monday that efforts have failed.", "Monday", "2007-12-10", DatePrecision.Day },
        { "Western officials have expressed hopes that Kosovo's leaders will wait till late January.", "late January", "2008-01", DatePrecision.PartOfMonth },
        { "The peacekeepers have been in Kosovo since 1999 when NATO forced Serb troops to end a crackdown.", "1999", "1999", DatePrecision.Year },
    };

    public static TheoryData<string, string, string, DatePrecision> OtherForms => new()
    {
        { "Ministers met on Wednesday.", "Wednesday", "2007-12-05", DatePrecision.Day },
        { "Ministers will meet on Wednesday.", "Wednesday", "2007-12-12", DatePrecision.Day },
        { "The vote is due on Dec. 10.", "Dec. 10", "2007-12-10", DatePrecision.Day },
        { "The vote is set for 10 December.", "10 December", "2007-12-10", DatePrecision.Day },
        { "Talks began on January 5.", "January 5", "2008-01-05", DatePrecision.Day },
        { "The plan was drafted in June.", "June", "2007-06", DatePrecision.Month },
        { "A decision is expected in February.", "February", "2008-02", DatePrecision.Month },
        { "Troops will rotate in mid-March.", "mid-March", "2008-03", DatePrecision.PartOfMonth },
        { "Envoys arrive early February.", "early February", "2008-02", DatePrecision.PartOfMonth },
        { "The force was set up in 1999.", "1999", "1999", DatePrecision.Year },
        { "The report came out on March 3, 2006.", "March 3, 2006", "2006-03-03", DatePrecision.Day },
        { "Officials met today.", "today", "2007-12-07", DatePrecision.Day },
        { "Ministers met last Friday.", "Friday", "2007-11-30", DatePrecision.Day },
        { "Ministers meet again next Friday.", "Friday", "2007-12-14", DatePrecision.Day },
        { "Ministers will decide by next Tuesday, officials said.", "Tuesday", "2007-12-11", DatePrecision.Day },
        { "Ministers met last Tuesday, although they will meet again.", "Tuesday", "2007-12-04", DatePrecision.Day },
        { "Officials meet tomorrow.", "tomorrow", "2007-12-08", DatePrecision.Day },
        { "Officials met yesterday.", "yesterday", "2007-12-06", DatePrecision.Day },
    };

    [Theory]
    [MemberData(nameof(ArticleDates))]
    public void Resolve_ArticleExpression_ResolvesAgainstPublicationDate(string sentence, string text, string iso, DatePrecision precision) =>
        AssertDate(sentence, text, iso, precision);

    [Theory]
    [MemberData(nameof(OtherForms))]
    public void Resolve_OtherForms_ResolveWithTheirPrecision(string sentence, string text, string iso, DatePrecision precision) =>
        AssertDate(sentence, text, iso, precision);

    [Fact]
    public void Resolve_LateJanuary_KeepsLatePartOfMonth()
    {
        var date = DateResolver.Resolve("They will wait till late January.", Published).Single().Date;

        Assert.Equal(MonthPart.Late, date.Part);
        Assert.Null(date.Day);
    }

    [Theory]
    [InlineData("Allies agree that U.N. Security Council resolution 1244 provides a platform.")]
    [InlineData("The force has just over 16,000 troops.")]
    [InlineData("Officials may say more.")]
    [InlineData("The peacekeepers have been in Kosovo for years.")]
    public void Resolve_NumbersAndWordsThatAreNotDates_FindsNothing(string sentence) =>
        Assert.Empty(DateResolver.Resolve(sentence, Published));

    [Fact]
    public void Find_SeveralExpressions_ReturnsThemInTextOrder()
    {
        var found = DateExpressionFinder.Find("Friday's announcement comes before a December 10 deadline.");

        Assert.Equal(["Friday", "December 10"], found.Select(f => f.Text));
    }

    private static void AssertDate(string sentence, string text, string iso, DatePrecision precision)
    {
        var mention = Assert.Single(DateResolver.Resolve(sentence, Published), m => m.Text == text);

        Assert.Contains(mention.Text, sentence, StringComparison.Ordinal);
        Assert.Equal(iso, mention.Date.ToIsoString());
        Assert.Equal(precision, mention.Date.Precision);
    }
}
