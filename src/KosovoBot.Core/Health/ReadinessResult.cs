namespace KosovoBot.Core.Health;

/// <summary>What one <see cref="IReadinessCheck"/> found.</summary>
/// <param name="IsReady">True when the condition holds.</param>
/// <param name="Detail">A short operator-facing reason, never a secret.</param>
public sealed record ReadinessResult(bool IsReady, string Detail)
{
    /// <summary>A passing result.</summary>
    public static ReadinessResult Ready(string detail = "ok") => new(true, detail);

    /// <summary>A failing result.</summary>
    public static ReadinessResult NotReady(string detail) => new(false, detail);
}
