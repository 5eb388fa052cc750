namespace KosovoBot.Testing.Fakes;

/// <summary>A <see cref="Random"/> whose jitter is always <paramref name="value"/>, so that every backoff is known.</summary>
public sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
