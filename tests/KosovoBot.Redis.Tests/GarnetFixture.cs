using KosovoBot.Testing.Redis;

namespace KosovoBot.Redis.Tests;

/// <summary>One in-process Garnet server for the tests of a class; each test uses its own key prefix.</summary>
public sealed class GarnetFixture : IDisposable
{
    public GarnetHost Server { get; } = GarnetHost.Start();

    public void Dispose() => Server.Dispose();
}
