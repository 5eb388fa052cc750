using KosovoBot.Retrieval.Search;

namespace KosovoBot.Retrieval.Tests.Search;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("kosvo", "kosovo", 1, true)]
    [InlineData("reinforcments", "reinforcements", 1, true)]
    [InlineData("spokesamn", "spokesman", 1, true)]
    [InlineData("libya", "lisbon", 2, false)]
    [InlineData("mali", "malta", 1, false)]
    [InlineData("same", "same", 0, true)]
    public void Within_Pair_ComparesDistanceToMax(string a, string b, int max, bool expected)
    {
        Assert.Equal(expected, EditDistance.Within(a, b, max));
    }
}
