using Microsoft.Extensions.Options;

namespace KosovoBot.Web;

/// <summary>Source-generated validation of <see cref="WebOptions"/>, run at start-up.</summary>
[OptionsValidator]
public sealed partial class WebOptionsValidator : IValidateOptions<WebOptions>;
