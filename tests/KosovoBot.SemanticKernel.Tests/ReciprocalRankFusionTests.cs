using KosovoBot.SemanticKernel.Embeddings;
using KosovoBot.SemanticKernel.Tests.Fakes;

namespace KosovoBot.SemanticKernel.Tests;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void Fuse_StatementInBothRankings_OutranksTopsOfEither()
    {
        var lexical = new[] { TestStatements.Troops, TestStatements.Russia };
        var semantic = new[] { TestStatements.Remain, TestStatements.Russia };

        var fused = ReciprocalRankFusion.Fuse(60, lexical, semantic);

        // Remain and Troops tie (each first in one ranking); the first ranking's wins.
        Assert.Equal([TestStatements.Russia, TestStatements.Troops, TestStatements.Remain], fused.Select(f => f.Statement));
        Assert.Equal(2.0 / 62, fused[0].Score, 12);
    }

    [Fact]
    public void Fuse_OneRanking_KeepsItsOrder()
    {
        var ranking = new[] { TestStatements.Mediators, TestStatements.Remain, TestStatements.Platform };

        Assert.Equal(ranking, ReciprocalRankFusion.Fuse(60, ranking).Select(f => f.Statement));
    }

    [Fact]
    public void Fuse_NoRankings_IsEmpty()
    {
        Assert.Empty(ReciprocalRankFusion.Fuse(60, [], []));
    }
}
