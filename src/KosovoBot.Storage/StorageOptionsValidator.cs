using Microsoft.Extensions.Options;

namespace KosovoBot.Storage;

/// <summary>Source-generated DataAnnotations validator for <see cref="StorageOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
