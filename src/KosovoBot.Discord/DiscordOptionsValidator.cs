using Microsoft.Extensions.Options;

namespace KosovoBot.Discord;

/// <summary>Source-generated validation of <see cref="DiscordOptions"/> from its DataAnnotations.</summary>
[OptionsValidator]
public sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>;
