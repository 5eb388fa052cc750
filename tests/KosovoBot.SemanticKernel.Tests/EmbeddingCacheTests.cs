using KosovoBot.SemanticKernel.Embeddings;
using KosovoBot.SemanticKernel.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace KosovoBot.SemanticKernel.Tests;

public sealed class EmbeddingCacheTests
{
    [Fact]
    public void Load_AfterSave_ReturnsTheSameVectorsExactly()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "nested", "embeddings.json");
        var cache = new EmbeddingCache(path, new FakeLogger());
        var vectors = new Dictionary<string, float[]> { ["a"] = [0.1f, -2.5f, float.Epsilon], ["b"] = [] };

        cache.Save(vectors);
        var loaded = new EmbeddingCache(path, new FakeLogger()).Load();

        Assert.Equal(vectors.Keys.Order(), loaded.Keys.Order());
        Assert.Equal(vectors["a"], loaded["a"]);
        Assert.Empty(loaded["b"]);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Load_CorruptFile_IsEmptyAndLogsWarning()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "embeddings.json");
        File.WriteAllText(path, "{ not json");
        var logger = new FakeLogger();

        var loaded = new EmbeddingCache(path, logger).Load();

        Assert.Empty(loaded);
        Assert.Equal(LogLevel.Warning, logger.LatestRecord.Level);
    }

    [Fact]
    public void Load_MissingFile_IsEmpty()
    {
        using var temp = new TempDirectory();

        Assert.Empty(new EmbeddingCache(Path.Combine(temp.Path, "none.json"), new FakeLogger()).Load());
    }

    [Fact]
    public void KeyOf_OtherModelOrText_Differs()
    {
        var key = EmbeddingCache.KeyOf("model-a", "NATO will stay.");

        Assert.Equal(key, EmbeddingCache.KeyOf("model-a", "NATO will stay."));
        Assert.NotEqual(key, EmbeddingCache.KeyOf("model-b", "NATO will stay."));
        Assert.NotEqual(key, EmbeddingCache.KeyOf("model-a", "NATO will stay"));
    }
}
