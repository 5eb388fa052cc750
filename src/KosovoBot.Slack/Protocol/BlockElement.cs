using System.Text.Json.Serialization;

namespace KosovoBot.Slack.Protocol;

/// <summary>An element inside a block, written with its <c>type</c>: mrkdwn text, a button, a select menu or a text input.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MrkdwnElement), "mrkdwn")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(StaticSelectElement), "static_select")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
internal abstract record BlockElement;
