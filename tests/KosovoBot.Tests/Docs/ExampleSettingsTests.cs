using System.Collections;
using System.Reflection;
using KosovoBot.Discord;
using KosovoBot.Retrieval;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.SemanticKernel.Answering;
using KosovoBot.SemanticKernel.Embeddings;
using KosovoBot.Slack;
using KosovoBot.Storage;
using Microsoft.Extensions.Configuration;

namespace KosovoBot.Tests.Docs;

/// <summary>appsettings.example.json says that it lists every setting with its default: hold it to that.</summary>
public sealed class ExampleSettingsTests
{
    private static readonly string ExamplePath = Path.Combine(AppContext.BaseDirectory, "Docs", "appsettings.example.json");

    public static TheoryData<Type> OptionsTypes() =>
        [typeof(KnowledgeOptions), typeof(RetrievalOptions), typeof(DiscordOptions), typeof(SlackOptions), typeof(LlmOptions), typeof(EmbeddingsOptions), typeof(StorageOptions)];

    [Theory]
    [MemberData(nameof(OptionsTypes))]
    public void Example_EverySetting_IsListedWithTheDefaultOfTheCode(Type optionsType)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(ExamplePath, optional: false).Build();
        var section = (string)optionsType.GetField("SectionName")!.GetRawConstantValue()!;

        var problems = new List<string>();
        Compare(optionsType, configuration.GetSection(section), problems);

        Assert.Empty(problems);
    }

    private static void Compare(Type type, IConfigurationSection section, List<string> problems)
    {
        var defaults = Activator.CreateInstance(type)!;
        var bound = Activator.CreateInstance(type)!;
        section.Bind(bound);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var child = section.GetSection(property.Name);
            if (!section.GetChildren().Any(c => string.Equals(c.Key, property.Name, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{child.Path} is not in the example");
                continue;
            }

            if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && property.PropertyType != typeof(Uri)
                && !typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                Compare(property.PropertyType, child, problems);
                continue;
            }

            var expected = Normalize(property.GetValue(defaults));
            var actual = Normalize(property.GetValue(bound));
            if (!Equals(expected, actual))
            {
                problems.Add($"{child.Path} is {actual ?? "empty"} in the example but {expected ?? "empty"} in the code");
            }
        }
    }

    // An empty secret or endpoint in the example means "not set", as null does in the code.
    private static object? Normalize(object? value) => value is "" ? null : value;
}
