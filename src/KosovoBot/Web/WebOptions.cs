using System.ComponentModel.DataAnnotations;

namespace KosovoBot.Web;

/// <summary>
/// The operations endpoints, section <c>Web</c>: <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c>. Off unless
/// <see cref="ListenUrl"/> is set.
/// </summary>
public sealed class WebOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Web";

    /// <summary>Where the endpoints listen, e.g. <c>http://0.0.0.0:8080</c>; empty (the default) serves none.</summary>
    public string? ListenUrl { get; set; }

    /// <summary>True when the endpoints are on.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(ListenUrl);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsEnabled
            && (!Uri.TryCreate(ListenUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp || url.AbsolutePath != "/"))
        {
            yield return new ValidationResult(
                "Web:ListenUrl must be an http:// address with a port and no path, e.g. http://0.0.0.0:8080.",
                [nameof(ListenUrl)]);
        }
    }
}
