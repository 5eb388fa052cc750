using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Hosting;

/// <summary>
/// Leaves out the generic host's own "Hosting failed to start" error when its exception is a bad setting, which
/// <see cref="WorkerHost"/> prints as one line naming the setting; every other entry is logged as before.
/// </summary>
internal sealed class StartupFailureLogFilter(ILoggerFactory inner) : ILoggerFactory
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private const int HostedServiceStartupFaulted = 11;

    /// <summary>Wraps the <see cref="ILoggerFactory"/> <paramref name="services"/> registers.</summary>
    public static void Apply(IServiceCollection services)
    {
        if (services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory) && !d.IsKeyedService) is not { } descriptor)
        {
            return;
        }

        services.Remove(descriptor);
        if (descriptor.ImplementationType is { } type)
        {
            // Resolved through the container, so that it picks the factory's constructor as it would have.
            services.AddSingleton(type);
        }

        services.AddSingleton<ILoggerFactory>(sp => new StartupFailureLogFilter(
            descriptor.ImplementationInstance as ILoggerFactory
            ?? descriptor.ImplementationFactory?.Invoke(sp) as ILoggerFactory
            ?? (ILoggerFactory)sp.GetRequiredService(descriptor.ImplementationType!)));
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName)
    {
        var logger = inner.CreateLogger(categoryName);
        return string.Equals(categoryName, HostCategory, StringComparison.Ordinal) ? new HostLogger(logger) : logger;
    }

    /// <inheritdoc />
    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    /// <inheritdoc />
    public void Dispose() => inner.Dispose();

    private sealed class HostLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == HostedServiceStartupFaulted && exception is not null && ConfigurationErrors.TryDescribe(exception, out _))
            {
                return;
            }

            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
