using Microsoft.Extensions.Options;

namespace KosovoBot.Core.Control;

/// <summary>Checks <see cref="LimitsOptions"/>, naming each setting as the user writes it.</summary>
internal sealed class LimitsOptionsValidator : IValidateOptions<LimitsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, LimitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.UserPerMinute is < 0 or > LimitsOptions.Max)
        {
            failures.Add("Limits:UserPerMinute must be between 0 (no limit) and 100000.");
        }

        if (options.ServerPerHour is < 0 or > LimitsOptions.Max)
        {
            failures.Add("Limits:ServerPerHour must be between 0 (no limit) and 100000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
