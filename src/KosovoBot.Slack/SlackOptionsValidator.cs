using Microsoft.Extensions.Options;

namespace KosovoBot.Slack;

/// <summary>Source-generated validation of <see cref="SlackOptions"/>, run at start-up.</summary>
[OptionsValidator]
public sealed partial class SlackOptionsValidator : IValidateOptions<SlackOptions>;
