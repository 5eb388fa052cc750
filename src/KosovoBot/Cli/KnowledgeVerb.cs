using System.CommandLine;
using System.Globalization;
using KosovoBot.ConsoleChat;
using KosovoBot.Retrieval.Import;
using KosovoBot.Retrieval.Knowledge;
using Microsoft.Extensions.Options;

namespace KosovoBot.Cli;

/// <summary><c>knowledge check</c> and <c>knowledge import FILE...</c>: the curator's tools.</summary>
internal static class KnowledgeVerb
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

            var directory = KnowledgeDirectory(session);
            if (!Directory.Exists(directory))
            {
                await streams.Error.WriteLineAsync($"{directory}: no such knowledge folder (setting Knowledge:Path)");
                return ExitCodes.Failure;
            }

            var report = KnowledgeCheckReport.Run(directory);
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
        var id = new Option<string?>("--id") { Description = "Article id; default {outlet}-{title slug}." };
        var title = new Option<string?>("--title") { Description = "Headline; default: detected." };
        var outlet = new Option<string?>("--outlet") { Description = "Short outlet name, e.g. AP; default: detected." };
        var outletName = new Option<string?>("--outlet-name") { Description = "Full outlet name, e.g. Associated Press." };
        var author = new Option<string?>("--author") { Description = "Reporter; default: detected." };
        var dateline = new Option<string?>("--dateline") { Description = "Place filed from; default: detected." };
        var url = new Option<Uri?>("--url") { Description = "Address of the original." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing knowledge file." };
        var command = new Command("import", "Turn raw article text into a knowledge file (front matter and body).")
        {
            files, published, id, title, outlet, outletName, author, dateline, url, force,
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

            var importer = new KnowledgeFileWriter(KnowledgeDirectory(session), parse.GetValue(force), streams);
            var ok = true;
            foreach (var file in parse.GetValue(files) ?? [])
            {
                ok &= await importer.ImportAsync(file, overrides, cancellationToken);
            }

            return ok ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static string KnowledgeDirectory(CliSession session) =>
        KnowledgePath.Resolve(session.Get<IOptions<KnowledgeOptions>>().Value.Path, Environment.CurrentDirectory);
}
