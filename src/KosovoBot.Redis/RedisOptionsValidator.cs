using Microsoft.Extensions.Options;

namespace KosovoBot.Redis;

/// <summary>Source-generated DataAnnotations validator for <see cref="RedisOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class RedisOptionsValidator : IValidateOptions<RedisOptions>;
