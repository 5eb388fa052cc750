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

    /// <summary>An events_api envelope around a plain channel message (<c>message.channels</c>) that does not mention the bot.</summary>
    public static JsonObject ChannelMessage(string envelopeId, string eventId, string text, string ts = "1610241741.000200", string user = "U222")
    {
        var envelope = Fixtures.Json("slack-socket-events-api-message.json");
        envelope["envelope_id"] = envelopeId;
        var payload = envelope["payload"]!.AsObject();
        payload["event_id"] = eventId;
        var e = payload["event"]!.AsObject();
        e["text"] = text;
        e["ts"] = ts;
        e["event_ts"] = ts;
        e["user"] = user;
        return envelope;
    }

    /// <summary>The block_actions fixture as a click on the button <paramref name="actionId"/> carrying <paramref name="value"/>.</summary>
    public static JsonObject ButtonClick(string envelopeId, string actionId, string value, string user = "U111", Uri? responseUrl = null, bool ephemeral = false)
    {
        var envelope = Fixtures.Json("slack-socket-interactive-block-actions.json");
        envelope["envelope_id"] = envelopeId;
        var payload = envelope["payload"]!.AsObject();
        payload["user"]!["id"] = user;
        payload["container"]!["is_ephemeral"] = ephemeral;
        if (responseUrl is not null)
        {
            payload["response_url"] = responseUrl.ToString();
        }

        var action = payload["actions"]![0]!.AsObject();
        action["action_id"] = actionId;
        action["value"] = value;
        return envelope;
    }

    /// <summary>The view_submission fixture as the submitted form <paramref name="callbackId"/> with a choice and a comment.</summary>
    public static JsonObject FormSubmission(string envelopeId, string callbackId, string privateMetadata, string? choice, string? comment, string user = "U111")
    {
        var envelope = Fixtures.Json("slack-socket-interactive-view-submission.json");
        envelope["envelope_id"] = envelopeId;
        var payload = envelope["payload"]!.AsObject();
        payload["user"]!["id"] = user;
        var view = payload["view"]!.AsObject();
        view["callback_id"] = callbackId;
        view["private_metadata"] = privateMetadata;
        var values = view["state"]!["values"]!;
        values["problem"]!["problem"]!["selected_option"] = choice is null ? null : new JsonObject { ["value"] = choice };
        values["comment"]!["comment"]!["value"] = comment;
        return envelope;
    }
}
