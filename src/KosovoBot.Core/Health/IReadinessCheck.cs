namespace KosovoBot.Core.Health;

/// <summary>
/// One condition the bot needs before it can serve (knowledge loaded, adapters connected, a shared store
/// reachable). <c>/readyz</c> is ready when every registered check is; register more with
/// <c>services.AddSingleton&lt;IReadinessCheck, MyCheck&gt;()</c>.
/// </summary>
public interface IReadinessCheck
{
    /// <summary>A short name for the <c>/readyz</c> body: <c>knowledge</c>, <c>adapters</c>, <c>redis</c>.</summary>
    string Name { get; }

    /// <summary>Whether the condition holds now. Keep it quick: a probe calls it every few seconds.</summary>
    ValueTask<ReadinessResult> CheckAsync(CancellationToken cancellationToken);
}
