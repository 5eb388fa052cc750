namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>A <see cref="Random"/> whose jitter is always <paramref name="value"/>, so delays are known.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
