using KosovoBot.Core.Text;
using KosovoBot.Discord.Protocol;

namespace KosovoBot.Discord.Rendering;

/// <summary>
/// Builds one embed inside Discord's limits: title, description and fields are shortened to their own
/// limits, and fields that would break the 25-field or 6,000-character total are left out and counted in
/// the footer instead of being cut apart.
/// </summary>
internal sealed class EmbedComposer(string? title, string? description)
{
    private const int Color = 0x2B6CB0;

    // Room kept for the footer that says how many items were left out.
    private const int FooterReserve = 64;

    private readonly string? _title = title is null ? null : TextShortener.Shorten(title, DiscordLimits.EmbedTitle);
    private readonly string? _description = description is null ? null : TextShortener.Shorten(description, DiscordLimits.EmbedDescription);
    private readonly List<EmbedField> _fields = [];
    private int _omitted;

    public int Length => (_title?.Length ?? 0) + (_description?.Length ?? 0) + _fields.Sum(f => f.Name.Length + f.Value.Length);

    public bool HasContent => _title is not null || _description is not null || _fields.Count > 0;

    /// <summary>Adds a field when it fits; the name and value must already be within their own limits.</summary>
    public bool TryAdd(string name, string value)
    {
        name = TextShortener.Shorten(name, DiscordLimits.FieldName);
        value = TextShortener.Shorten(value, DiscordLimits.FieldValue);
        if (_omitted > 0 || _fields.Count >= DiscordLimits.EmbedFields
            || Length + name.Length + value.Length > DiscordLimits.EmbedTotal - FooterReserve)
        {
            _omitted++;
            return false;
        }

        _fields.Add(new EmbedField { Name = name, Value = value });
        return true;
    }

    public Embed Build() => new()
    {
        Title = _title,
        Description = _description,
        Color = Color,
        Fields = _fields.Count == 0 ? null : _fields,
        Footer = _omitted == 0
            ? null
            : new EmbedFooter { Text = BotText.Format(BotMessages.DiscordOmitted, _omitted) },
    };
}
