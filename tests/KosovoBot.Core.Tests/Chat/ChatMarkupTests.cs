using KosovoBot.Core.Chat;

namespace KosovoBot.Core.Tests.Chat;

public sealed class ChatMarkupTests
{
    [Theory]
    [InlineData("<@U0LAN0Z89> what did Russia ask for?", "what did Russia ask for?")]
    [InlineData("<@!123456789012345678> how many troops?", "how many troops?")]
    [InlineData("<@&987> <#C1|general> who spoke?", "who spoke?")]
    [InlineData("@KosovoBot who is the NATO spokesman?", "who is the NATO spokesman?")]
    [InlineData("@KosovoBot, when is the deadline?", "when is the deadline?")]
    [InlineData("<!here>   is   NATO <:kfor:123> staying?", "is NATO staying?")]
    [InlineData("see <https://example.org/a|the article> &amp; tell me", "see the article & tell me")]
    [InlineData("Who said \"we will act\"?", "Who said \"we will act\"?")]
    public void Strip_ChatMarkup_LeavesOnlyTheQuestion(string message, string expected) =>
        Assert.Equal(expected, ChatMarkup.Strip(message));

    [Fact]
    public void Strip_EmailLikeAtInsideText_IsKept() =>
        Assert.Equal("what did @NATO say", ChatMarkup.Strip("what did @NATO say"));
}
