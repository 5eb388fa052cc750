using KosovoBot.Composition;
using KosovoBot.Core.Control;
using KosovoBot.Redis;
using KosovoBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Tests.Composition;

/// <summary>Which store keeps settings, records and limit counters: the SQLite file, or Redis when it is configured.</summary>
public sealed class StorageCompositionTests
{
    [Fact]
    public async Task CreateBuilder_WithoutRedis_KeepsEverythingInTheStoragePathFile()
    {
        var folder = Directory.CreateTempSubdirectory("kosovobot-composition-").FullName;
        try
        {
            var path = Path.Combine(folder, "bot.db");
            var builder = HostComposition.CreateBuilder([$"--Storage:Path={path}"], LogLevel.Warning);
            await using (var services = builder.Services.BuildServiceProvider())
            {
                Assert.IsType<SqliteSettingsStore>(services.GetRequiredService<ISettingsStore>());
                Assert.IsType<SqliteQuestionRecords>(services.GetRequiredService<IQuestionRecords>());
                Assert.IsType<SqliteRateCounters>(services.GetRequiredService<IRateCounters>());
                Assert.Equal(path, services.GetRequiredService<SqliteDatabase>().FilePath);
                Assert.False(File.Exists(path)); // created on first use, not by composing
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task CreateBuilder_WithRedis_KeepsEverythingInRedisAndNoFile()
    {
        var builder = HostComposition.CreateBuilder(["--Redis:Connection=127.0.0.1:9"], LogLevel.Warning);
        await using var services = builder.Services.BuildServiceProvider();

        Assert.IsType<RedisSettingsStore>(services.GetRequiredService<ISettingsStore>());
        Assert.IsType<RedisQuestionRecords>(services.GetRequiredService<IQuestionRecords>());
        Assert.IsType<RedisRateCounters>(services.GetRequiredService<IRateCounters>());
        Assert.Null(services.GetService<SqliteDatabase>());
        Assert.Single(services.GetServices<RedisConnection>());
    }
}
