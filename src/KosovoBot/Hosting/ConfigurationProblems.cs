using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Hosting;

/// <summary>
/// Finds every bad setting before the host starts, as one line each naming the key as the user writes it
/// (<c>Slack:RequestTimeout: 'banana' is not a time span (hh:mm:ss)</c>). Values that cannot be bound are found
/// first (the binder would stop at the first with an exception); the options without one are then validated.
/// </summary>
internal static partial class ConfigurationProblems
{
    private const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;

    /// <summary>The options classes (with a <c>SectionName</c>) whose validators <paramref name="services"/> registers.</summary>
    public static IReadOnlyList<Type> OptionsTypes(IServiceCollection services) =>
        [.. services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => SectionOf(t) is not null)
            .Distinct()];

    /// <summary>
    /// The problems that must be found before the host is even built: the log levels (the logging set-up throws on
    /// a bad one) and <c>Console:Enabled</c>, read while choosing the adapters.
    /// </summary>
    public static IReadOnlyList<string> FindBeforeBuild(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        foreach (var (key, value) in configuration.AsEnumerable().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!string.IsNullOrEmpty(value) && IsLogLevelKey(key) && !Enum.TryParse<LogLevel>(value, ignoreCase: true, out _))
            {
                problems.Add($"{key}: '{value}' is not a log level ({string.Join(", ", Enum.GetNames<LogLevel>())})");
            }
        }

        if (configuration["Console:Enabled"] is { Length: > 0 } enabled && !bool.TryParse(enabled, out _))
        {
            problems.Add($"Console:Enabled: '{enabled}' is not true or false");
        }

        return problems;
    }

    /// <summary>Every problem of the settings of <paramref name="optionsTypes"/>; empty when all are good.</summary>
    public static IReadOnlyList<string> Find(IServiceProvider services, IConfiguration configuration, IEnumerable<Type> optionsTypes)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        foreach (var type in optionsTypes)
        {
            var section = SectionOf(type)!;
            var binding = new List<string>();
            CheckBinding(type, configuration.GetSection(section), binding);
            problems.AddRange(binding);
            if (binding.Count == 0)
            {
                problems.AddRange(Validate(services, type, section));
            }
        }

        if (problems.Count == 0)
        {
            try
            {
                services.GetRequiredService<IStartupValidator>().Validate();
            }
            catch (Exception ex) when (ex is OptionsValidationException or AggregateException)
            {
                problems.AddRange(Describe(ex));
            }
        }

        return problems;
    }

    /// <summary>The lines of an options validation failure; empty when <paramref name="exception"/> is none.</summary>
    public static IReadOnlyList<string> Describe(Exception exception)
    {
        IEnumerable<OptionsValidationException> failures = exception switch
        {
            OptionsValidationException single => [single],
            AggregateException many => many.Flatten().InnerExceptions.OfType<OptionsValidationException>(),
            _ => [],
        };

        return [.. failures.SelectMany(f => f.Failures.Select(m => Describe(f.OptionsType, m)))];
    }

    /// <summary>
    /// Rewrites one validator message to start with the key: the generated validators write
    /// <c>RequestTimeout: The field SlackOptions.RequestTimeout must be ...</c>.
    /// </summary>
    public static string Describe(Type optionsType, string failure)
    {
        ArgumentNullException.ThrowIfNull(optionsType);
        ArgumentNullException.ThrowIfNull(failure);
        var section = SectionOf(optionsType) ?? optionsType.Name;
        if (failure.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase))
        {
            return failure; // written by hand and already naming the key
        }

        var colon = failure.IndexOf(": ", StringComparison.Ordinal);
        var member = colon > 0 && !failure[..colon].Contains(' ', StringComparison.Ordinal) ? failure[..colon] : null;
        var message = member is null ? failure : failure[(colon + 2)..];
        if (message.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase))
        {
            return message; // written by hand and already naming the key
        }

        var key = member is null ? section : section + ":" + member.Replace('.', ':');
        message = FieldPhrase().Replace(message, string.Empty);
        message = RequiredPhrase().Replace(message, "is required.");
        message = message.Replace(optionsType.Name + ".", section + ":", StringComparison.Ordinal);
        return $"{key}: {message}";
    }

    private static IReadOnlyList<string> Validate(IServiceProvider services, Type type, string section)
    {
        var options = services.GetService(typeof(IOptions<>).MakeGenericType(type));
        try
        {
            _ = options?.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options);
            return [];
        }
        catch (TargetInvocationException ex) when (ex.InnerException is OptionsValidationException failure)
        {
            return Describe(failure);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is InvalidOperationException failure)
        {
            // A value the checks above did not foresee; the binder's message names the key, never a secret's value.
            return [$"{section}: {failure.Message}"];
        }
    }

    // Logging:LogLevel:Default, Logging:Console:LogLevel:Microsoft and the like.
    private static bool IsLogLevelKey(string key)
    {
        var parts = key.Split(':');
        return parts.Length >= 3
            && parts[0].Equals("Logging", StringComparison.OrdinalIgnoreCase)
            && parts[^2].Equals("LogLevel", StringComparison.OrdinalIgnoreCase);
    }

    private static string? SectionOf(Type type) =>
        type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
            ? field.GetRawConstantValue() as string
            : null;

    private static void CheckBinding(Type type, IConfigurationSection section, List<string> problems)
    {
        foreach (var property in type.GetProperties(Public).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var child = section.GetSection(property.Name);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsNested(propertyType))
            {
                CheckBinding(propertyType, child, problems);
                continue;
            }

            if (string.IsNullOrEmpty(child.Value))
            {
                continue;
            }

            var problem = propertyType == typeof(Uri) || (propertyType == typeof(string) && property.Name.EndsWith("Url", StringComparison.Ordinal))
                ? UrlProblem(child.Value)
                : ConversionProblem(propertyType, child.Value);
            if (problem is not null)
            {
                problems.Add($"{child.Path}: {problem}");
            }
        }
    }

    private static bool IsNested(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(Uri) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
        && type.GetConstructor(Type.EmptyTypes) is not null;

    private static string? ConversionProblem(Type type, string value)
    {
        if (type == typeof(string))
        {
            return null;
        }

        try
        {
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            // Only non-secret kinds of value reach here (numbers, durations, switches); secrets are strings.
            var what = type switch
            {
                _ when type == typeof(TimeSpan) => "is not a time span (hh:mm:ss)",
                _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "is not a whole number",
                _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "is not a number",
                _ when type == typeof(bool) => "is not true or false",
                { IsEnum: true } => "is not one of " + string.Join(", ", Enum.GetNames(type)),
                _ => "is not a valid " + type.Name,
            };
            return $"'{value}' {what}";
        }
    }

    private static string? UrlProblem(string value)
    {
        // A URL may carry credentials (https://user:password@host): then the value is not repeated.
        var shown = value.Contains('@', StringComparison.Ordinal) ? "the value" : $"'{value}'";
        if (PortPart().Match(value) is { Success: true } port
            && (!int.TryParse(port.Groups["port"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535))
        {
            return $"{shown}: port {port.Groups["port"].Value} is not a port number (1-65535)";
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : $"{shown} is not an absolute http:// or https:// URL";
    }

    [GeneratedRegex(@"^The field [\w.]+ ", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPhrase();

    [GeneratedRegex(@"^The [\w.]+ field is required\.", RegexOptions.CultureInvariant)]
    private static partial Regex RequiredPhrase();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*://(?:\[[^\]]*\]|[^/:?#]*):(?<port>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex PortPart();
}
