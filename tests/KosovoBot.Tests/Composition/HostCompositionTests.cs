using KosovoBot.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Tests.Composition;

public sealed class HostCompositionTests
{
    [Fact]
    public void CreateBuilder_ForAVerb_WatchesNoConfigurationFile()
    {
        var builder = HostComposition.CreateBuilder([], LogLevel.Warning);

        var files = ((IConfigurationBuilder)builder.Configuration).Sources.OfType<FileConfigurationSource>().ToList();
        Assert.NotEmpty(files);
        Assert.All(files, static f => Assert.False(f.ReloadOnChange, f.Path));
    }

    [Fact]
    public void CreateBuilder_ForTheLongRunningBot_ReloadsAppSettingsOnChange()
    {
        var builder = HostComposition.CreateBuilder([], LogLevel.Warning, watchConfiguration: true);

        var files = ((IConfigurationBuilder)builder.Configuration).Sources.OfType<FileConfigurationSource>().ToList();
        Assert.Contains(files, static f => f.Path == "appsettings.json" && f.ReloadOnChange);
    }
}
