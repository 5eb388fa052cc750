using KosovoBot.Core.Chat;
using KosovoBot.Core.Commands;

namespace KosovoBot.Core.Tests.Commands;

public sealed class TextCommandTests
{
    [Theory]
    [InlineData("/quote Appathurai", ChatCommandName.Quote, "Appathurai")]
    [InlineData("/QUOTE  secretary general ", ChatCommandName.Quote, "secretary general")]
    [InlineData("/deadlines", ChatCommandName.Deadlines, "")]
    [InlineData("/ask how many troops?", ChatCommandName.Ask, "how many troops?")]
    public void TryParse_KnownCommand_ReturnsNameAndArgument(string text, ChatCommandName name, string argument)
    {
        Assert.True(TextCommand.TryParse(text, out var parsed, out var rest));
        Assert.Equal(name, parsed);
        Assert.Equal(argument, rest);
    }

    [Fact]
    public void TryParse_UnknownCommand_ReturnsNullName()
    {
        Assert.True(TextCommand.TryParse("/weather today", out var parsed, out _));
        Assert.Null(parsed);
    }

    [Theory]
    [InlineData("how many troops?")]
    [InlineData("/ 1 is a slash")]
    [InlineData("/1")]
    public void TryParse_PlainText_IsNotACommand(string text) =>
        Assert.False(TextCommand.TryParse(text, out _, out _));
}
