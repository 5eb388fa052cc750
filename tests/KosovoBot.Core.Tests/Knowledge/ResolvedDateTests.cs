using KosovoBot.Core.Knowledge;

namespace KosovoBot.Core.Tests.Knowledge;

public sealed class ResolvedDateTests
{
    [Fact]
    public void ToIsoString_EachPrecision_ShowsOnlyWhatTheTextGave()
    {
        Assert.Equal("2007-12-10", ResolvedDate.OfDay(new DateOnly(2007, 12, 10)).ToIsoString());
        Assert.Equal("2008-01", ResolvedDate.OfPartOfMonth(2008, 1, MonthPart.Late).ToIsoString());
        Assert.Equal("2008-01", ResolvedDate.OfMonth(2008, 1).ToIsoString());
        Assert.Equal("1999", ResolvedDate.OfYear(1999).ToIsoString());
    }

    [Fact]
    public void Describe_EachPrecision_ReadsNaturally()
    {
        Assert.Equal("Monday, December 10, 2007", ResolvedDate.OfDay(new DateOnly(2007, 12, 10)).Describe());
        Assert.Equal("late January 2008", ResolvedDate.OfPartOfMonth(2008, 1, MonthPart.Late).Describe());
        Assert.Equal("1999", ResolvedDate.OfYear(1999).Describe());
    }

    [Fact]
    public void CompareTo_MixedPrecisions_OrdersByFirstPossibleDay()
    {
        var dates = new[]
        {
            ResolvedDate.OfPartOfMonth(2008, 1, MonthPart.Late),
            ResolvedDate.OfDay(new DateOnly(2007, 12, 10)),
            ResolvedDate.OfYear(1999),
            ResolvedDate.OfDay(new DateOnly(2007, 12, 7)),
        };

        Assert.Equal(["1999", "2007-12-07", "2007-12-10", "2008-01"], dates.Order().Select(d => d.ToIsoString()));
    }

    [Fact]
    public void End_LateJanuary_IsLastDayOfMonth() =>
        Assert.Equal(new DateOnly(2008, 1, 31), ResolvedDate.OfPartOfMonth(2008, 1, MonthPart.Late).End);

    [Fact]
    public void OfMonth_OutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ResolvedDate.OfMonth(2008, 13));
}
