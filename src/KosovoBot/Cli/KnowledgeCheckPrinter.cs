using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Cli;

/// <summary>Prints the <c>knowledge check</c> table: one block per article, one row per statement.</summary>
internal static class KnowledgeCheckPrinter
{
    /// <summary>Writes every article and statement of <paramref name="report"/>.</summary>
    public static async Task PrintAsync(KnowledgeCheckReport report, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var source in report.Documents)
        {
            var rows = report.Rows.Where(r => r.DocumentId == source.Id).ToList();
            await output.WriteLineAsync(
                $"{source.Id}: \"{source.Title}\", {source.Outlet}, {source.Author}, {source.Published:yyyy-MM-dd}, {rows.Count} statements");
            await output.WriteLineAsync($"  {"para",4}  {"kind",-9}  {"speaker (role)",-45}  dates");
            foreach (var row in rows)
            {
                var speaker = row.Speaker is null ? "-" : row.Role is null ? row.Speaker : $"{row.Speaker} ({row.Role})";
                var dates = row.Dates.Count == 0 ? "-" : row.DatesText;
                await output.WriteLineAsync($"  {row.Paragraph,4}  {row.Kind.ToString().ToLowerInvariant(),-9}  {speaker,-45}  {dates}");
                await output.WriteLineAsync($"        {row.Text}");
                foreach (var line in row.DateLines)
                {
                    await output.WriteLineAsync($"        date: {line}");
                }

                foreach (var quotation in row.Quotations)
                {
                    var who = quotation.Speaker is null ? "no speaker found" : quotation.Role is null ? quotation.Speaker : $"{quotation.Speaker} ({quotation.Role})";
                    await output.WriteLineAsync($"        quote: \u201C{quotation.Text}\u201D \u2014 {who}");
                }
            }

            await output.WriteLineAsync();
        }

        await output.FlushAsync(cancellationToken);
    }
}
