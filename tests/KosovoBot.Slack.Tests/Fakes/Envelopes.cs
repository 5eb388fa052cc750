using System.Text.Json.Nodes;
using KosovoBot.Testing;

namespace KosovoBot.Slack.Tests.Fakes;

/// <summary>Builds Socket Mode envelopes from the fixtures, changing only what a test needs.</summary>
internal static class Envelopes
{
    public const string BotUserId = "W12345678"; // user_id in slack-auth-test-response.json

    /// <summary>The app_mention envelope fixture with a question after the bot's mention.</summary>
    public static JsonObject AppMention(string envelopeId, string eventId, string question, string ts = "1610241741.000200")
    {
        var envelope = Fixtures.Json("slack-socket-events-api-app-mention.json");
        envelope["envelope_id"] = envelopeId;
        var payload = envelope["payload"]!.AsObject();
        payload["event_id"] = eventId;
        var e = payload["event"]!.AsObject();
        e["text"] = $"<@{BotUserId}> {question}";
        e["ts"] = ts;
        e["event_ts"] = ts;
        return envelope;
    }

    /// <summary>An events_api envelope (shape of the message fixture) around the message.im event fixture.</summary>
    public static JsonObject DirectMessage(string envelopeId, string eventId, Action<JsonObject>? change = null)
    {
        var envelope = Fixtures.Json("slack-socket-events-api-message.json");
        envelope["envelope_id"] = envelopeId;
        var payload = Fixtures.Json("slack-event-callback-message-im.json");
        payload["event_id"] = eventId;
        change?.Invoke(payload["event"]!.AsObject());
        envelope["payload"] = payload;
        return envelope;
    }

    /// <summary>The slash command envelope fixture as <paramref name="command"/> with <paramref name="text"/>.</summary>
    public static JsonObject SlashCommand(string command, string text, Uri? responseUrl = null)
    {
        var envelope = Fixtures.Json("slack-socket-slash-command.json");
        var payload = envelope["payload"]!.AsObject();
        payload["command"] = command;
        payload["text"] = text;
        if (responseUrl is not null)
        {
            payload["response_url"] = responseUrl.ToString();
        }

        return envelope;
    }
}
