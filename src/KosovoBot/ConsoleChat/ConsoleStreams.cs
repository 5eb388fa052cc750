namespace KosovoBot.ConsoleChat;

/// <summary>The terminal's streams, injected so that tests can drive the console chat and the verbs.</summary>
/// <param name="Input">Where questions and commands are read from.</param>
/// <param name="Output">Where replies and results are written.</param>
/// <param name="Error">Where usage and error messages are written.</param>
internal sealed record ConsoleStreams(TextReader Input, TextWriter Output, TextWriter Error);
