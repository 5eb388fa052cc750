using KosovoBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace KosovoBot.Tests.Hosting;

/// <summary>A service that fails to start over a bad setting is the one printed line; any other failure is still logged.</summary>
public sealed class StartupFailureLogFilterTests
{
    [Fact]
    public async Task Start_ServiceRefusesABadSetting_HostLogsNoError()
    {
        var refusal = new OptionsValidationException("Widget", typeof(object), ["Widget:Port: no widget answered at port 9"]);

        var (thrown, collector) = await StartFailingHostAsync(refusal);

        Assert.Same(refusal, thrown);
        Assert.DoesNotContain(collector.GetSnapshot(), r => r.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Start_ServiceCrashes_HostStillLogsTheCrashWithItsException()
    {
        var crash = new InvalidOperationException("widget exploded");

        var (thrown, collector) = await StartFailingHostAsync(crash);

        Assert.Same(crash, thrown);
        var error = Assert.Single(collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Same(crash, error.Exception);
    }

    private static async Task<(Exception Thrown, FakeLogCollector Collector)> StartFailingHostAsync(Exception failure)
    {
        var collector = new FakeLogCollector();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new FakeLoggerProvider(collector));
        builder.Services.AddHostedService(_ => new FailingService(failure));
        StartupFailureLogFilter.Apply(builder.Services);
        using var host = builder.Build();

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(CancellationToken.None));
        return (thrown, collector);
    }

    private sealed class FailingService(Exception failure) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.FromException(failure);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
