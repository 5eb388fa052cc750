namespace KosovoBot.Discord.Rest;

/// <summary>
/// A REST route for rate limiting: <see cref="Key"/> is the method and path with minor ids and tokens
/// replaced, and <see cref="MajorParameter"/> the top-level resource (channel, guild, webhook or interaction)
/// that Discord keys buckets by.
/// </summary>
internal sealed record DiscordRoute(string Key, string MajorParameter)
{
    public static DiscordRoute From(HttpMethod method, string path)
    {
        var segments = path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var template = new string[segments.Length];
        var major = string.Empty;
        for (var i = 0; i < segments.Length; i++)
        {
            var previous = i > 0 ? segments[i - 1] : null;
            if (major.Length == 0 && previous is "channels" or "guilds")
            {
                major = $"{previous}/{segments[i]}";
                template[i] = segments[i];
            }
            else if (major.Length == 0 && previous is "webhooks" or "interactions")
            {
                // The token after the id is part of the resource but is a secret: keep it out of the key.
                major = i + 1 < segments.Length ? $"{previous}/{segments[i]}/{segments[i + 1]}" : $"{previous}/{segments[i]}";
                template[i] = segments[i];
                if (i + 1 < segments.Length)
                {
                    template[++i] = ":token";
                }
            }
            else
            {
                template[i] = segments[i].Length > 0 && segments[i].All(char.IsAsciiDigit) ? ":id" : segments[i];
            }
        }

        return new DiscordRoute($"{method.Method} /{string.Join('/', template)}", major);
    }

    /// <summary>True for <c>POST /interactions/{id}/{token}/callback</c>, which the global rate limit does not cover.</summary>
    public bool IsInteractionCallback => MajorParameter.StartsWith("interactions/", StringComparison.Ordinal);

    /// <summary>The route for logs: no tokens.</summary>
    public override string ToString() => Key;
}
