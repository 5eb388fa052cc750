using KosovoBot.Core.Chat;
using KosovoBot.Core.Commands;
using KosovoBot.Core.Text;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KosovoBot.Core.Tests.Text;

/// <summary>Tests that change the culture every <see cref="BotMessages"/> sentence is read in run alone.</summary>
[CollectionDefinition(nameof(OneMessageCultureAtATime), DisableParallelization = true)]
public sealed class OneMessageCultureAtATime;

/// <summary>
/// <c>Messages:Culture</c> chooses a built-in translation. The test translation (tests/KosovoBot.Core.TestTranslation,
/// pseudo-locale <c>qps-ploc</c>, one sentence) is a satellite built and placed exactly as a shipped one would be.
/// </summary>
[Collection(nameof(OneMessageCultureAtATime))]
public sealed class MessageCultureTests
{
    [Fact]
    public async Task Use_CultureWithATranslation_TheUserSeesTheTranslatedSentence()
    {
        var router = new ChatRouter([new HelpCommand(), new AskCommand(new FakeAnswerService(TestStatements.AnsweredWithDirectQuote))]);
        try
        {
            MessageCultures.Use(Bind(new() { ["Messages:Culture"] = "qps-ploc" }).GetRequiredService<IOptions<MessagesOptions>>().Value);
            var translated = await router.RouteAsync(new ChatRequest { Text = "/weather", Origin = ChatOrigin.Console }, CancellationToken.None);

            MessageCultures.Use(new MessagesOptions());
            var english = await router.RouteAsync(new ChatRequest { Text = "/weather", Origin = ChatOrigin.Console }, CancellationToken.None);

            Assert.Equal("[Ï ðöñ'ţ ķñöŵ ţĥé çöɱɱåñð /weather.]", translated.Text);
            Assert.Equal("I don't know the command /weather.", english.Text);
        }
        finally
        {
            BotMessages.Culture = null;
        }
    }

    [Fact]
    public void Use_TranslationWithoutASentence_FallsBackToEnglishForIt()
    {
        try
        {
            MessageCultures.Use(new MessagesOptions { Culture = "qps-ploc" });

            Assert.Equal("Sorry, only this server's admins can change my settings.", BotMessages.AdminOnly);
        }
        finally
        {
            BotMessages.Culture = null;
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("")]
    [InlineData("qps-ploc")]
    public void Validate_BuiltInCultureOrItsParent_IsAccepted(string culture)
    {
        var options = Bind(new() { ["Messages:Culture"] = culture }).GetRequiredService<IOptions<MessagesOptions>>().Value;

        Assert.Equal(culture, options.Culture);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("sq-AL")]
    [InlineData("not a culture")]
    public void Validate_CultureWithoutATranslation_FailsNamingTheSettingAndWhatIsAvailable(string culture)
    {
        var provider = Bind(new() { ["Messages:Culture"] = culture });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MessagesOptions>>().Value);

        Assert.Equal(
            $"Messages:Culture: '{culture}' has no built-in translation (available: en, qps-ploc).",
            Assert.Single(error.Failures));
    }

    [Fact]
    public void Defaults_AreEnglish()
    {
        Assert.Equal("en", Bind([]).GetRequiredService<IOptions<MessagesOptions>>().Value.Culture);
    }

    private static ServiceProvider Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddMessages(configuration).BuildServiceProvider();
    }
}
