using KosovoBot.Core.Conversations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KosovoBot.Core.Tests.Conversations;

public sealed class ConversationOptionsTests
{
    [Fact]
    public void AddConversations_Defaults_AreSixTurnsAndThirtyMinutes()
    {
        var options = Build([]).GetRequiredService<IOptions<ConversationOptions>>().Value;

        Assert.Equal(6, options.MaxTurns);
        Assert.Equal(TimeSpan.FromMinutes(30), options.Ttl);
    }

    [Theory]
    [InlineData("Conversation:MaxTurns", "0", "Conversation:MaxTurns must be between 1 and 50.")]
    [InlineData("Conversation:Ttl", "00:00:00", "Conversation:Ttl must be between 1 second and 1 day (hh:mm:ss).")]
    public void AddConversations_OutOfRange_FailsNamingTheSetting(string key, string value, string message)
    {
        var provider = Build(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ConversationOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void AddConversations_KeepsConversationsInMemory()
    {
        Assert.IsType<InMemoryConversationStore>(Build([]).GetRequiredService<IConversationStore>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddConversations(configuration).BuildServiceProvider();
    }
}
