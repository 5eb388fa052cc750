using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KosovoBot.ConsoleChat;
using KosovoBot.Retrieval.Import;
using KosovoBot.Retrieval.Knowledge;
using Microsoft.Extensions.Options;

namespace KosovoBot.Cli;

/// <summary><c>knowledge check</c> and <c>knowledge import FILE...</c>: the curator's tools.</summary>
internal static partial class KnowledgeVerb
{
    /// <summary>Builds the verb and its two sub-verbs.</summary>
    public static Command Create(ConsoleStreams streams) =>
        new("knowledge", "Check the knowledge files, or import a raw article as one.")
        {
            CreateCheck(streams),
            CreateImport(streams),
        };

    private static Command CreateCheck(ConsoleStreams streams)
    {
        var command = new Command("check", "Show how each article was cut into statements; fail on a bad file with file:line: reason.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var session = await CliSession.OpenAsync(streams.Error);
            if (session is null)
            {
                return ExitCodes.Failure;
            }

            var directory = session.KnowledgeDirectory;
            if (!Directory.Exists(directory))
            {
                await streams.Error.WriteLineAsync(CliSession.MissingKnowledgeFolder(directory));
                return ExitCodes.Failure;
            }

            var report = KnowledgeCheckReport.Run(directory, session.Get<IOptions<KnowledgeOptions>>().Value.MaxFileBytes);
            await KnowledgeCheckPrinter.PrintAsync(report, streams.Output, cancellationToken);
            foreach (var refused in report.Refused)
            {
                await streams.Error.WriteLineAsync(refused.ToString());
            }

            return report.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static Command CreateImport(ConsoleStreams streams)
    {
        var files = new Argument<FileInfo[]>("file") { Description = "Raw article text files.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date, yyyy-MM-dd." };
        var id = new Option<string?>("--id") { Description = "Article id and file name: lower-case letters, digits and hyphens; default {outlet}-{title slug}." };
        id.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !Slug().IsMatch(value))
            {
                result.AddError($"--id: '{value}' is not an id: use lower-case letters, digits and hyphens, e.g. ap-nato-summit.");
            }
        });
        var encoding = new Option<string?>("--encoding")
        {
            Description = "The raw file's encoding when it is not UTF-8, e.g. latin1 or windows-1252.",
        };
        encoding.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && TryGetEncoding(value) is null)
            {
                result.AddError($"--encoding: '{value}' is not an encoding this program knows; use utf-8, latin1, ascii or utf-16.");
            }
        });
        var title = new Option<string?>("--title") { Description = "Headline; default: detected." };
        var outlet = new Option<string?>("--outlet") { Description = "Short outlet name, e.g. AP; default: detected." };
        var outletName = new Option<string?>("--outlet-name") { Description = "Full outlet name, e.g. Associated Press." };
        var author = new Option<string?>("--author") { Description = "Reporter; default: detected." };
        var dateline = new Option<string?>("--dateline") { Description = "Place filed from; default: detected." };
        var url = new Option<Uri?>("--url") { Description = "Address of the original." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing knowledge file." };
        var command = new Command("import", "Turn raw article text into a knowledge file (front matter and body).")
        {
            files, published, id, title, outlet, outletName, author, dateline, url, force, encoding,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var date = parse.GetValue(published);
            DateOnly? publishedDate = null;
            if (date is not null)
            {
                if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await streams.Error.WriteLineAsync($"--published: '{date}' is not a date (yyyy-MM-dd)");
                    return ExitCodes.Usage;
                }

                publishedDate = parsed;
            }

            var overrides = new ImportOverrides
            {
                Published = publishedDate,
                Id = parse.GetValue(id),
                Title = parse.GetValue(title),
                Outlet = parse.GetValue(outlet),
                OutletName = parse.GetValue(outletName),
                Author = parse.GetValue(author),
                Dateline = parse.GetValue(dateline),
                Url = parse.GetValue(url),
            };

            await using var session = await CliSession.OpenAsync(streams.Error);
            if (session is null)
            {
                return ExitCodes.Failure;
            }

            var sourceEncoding = parse.GetValue(encoding) is { } name ? TryGetEncoding(name) : null;
            var importer = new KnowledgeFileWriter(
                session.KnowledgeDirectory,
                parse.GetValue(force),
                sourceEncoding,
                session.Get<IOptions<KnowledgeOptions>>().Value.MaxFileBytes,
                streams);
            var ok = true;
            foreach (var file in parse.GetValue(files) ?? [])
            {
                ok &= await importer.ImportAsync(file, overrides, cancellationToken);
            }

            return ok ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    // .NET without code-page providers knows UTF-8, UTF-16/32, ASCII and Latin-1 (ISO-8859-1) by name.
    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Equals("latin1", StringComparison.OrdinalIgnoreCase) ? "iso-8859-1" : name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // The id names the file written into the knowledge folder, so only a slug: no separators, dots or "..".
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
