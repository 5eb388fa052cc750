namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>A response the fake Discord sends once instead of its default for a route.</summary>
internal sealed record ScriptedResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Parses one of the docs' <c>&lt; HEADER: value</c> examples followed by its JSON body.</summary>
    public static ScriptedResponse FromHttpExample(string text)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = text.Split('\n');
        var status = 200;
        var bodyStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (!line.StartsWith("< ", StringComparison.Ordinal))
            {
                bodyStart = i;
                break;
            }

            line = line[2..];
            if (line.StartsWith("HTTP/", StringComparison.Ordinal))
            {
                status = int.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return new ScriptedResponse(status, headers, string.Join('\n', lines[bodyStart..]));
    }
}
