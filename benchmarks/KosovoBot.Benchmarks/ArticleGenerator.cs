using System.Globalization;
using System.Text;

namespace KosovoBot.Benchmarks;

/// <summary>Writes invented knowledge files (front matter and body) for benchmarking a large corpus. Deterministic for a seed.</summary>
internal static class ArticleGenerator
{
    private static readonly string[] People = ["Mara Ilic", "Tomas Berg", "Lea Novak", "Omar Haddad", "Ines Costa", "Piet de Vries", "Anna Kowal", "Jon Eriksen"];
    private static readonly string[] Roles = ["government spokesman", "union leader", "port director", "police chief", "foreign minister", "mayor"];
    private static readonly string[] Places = ["Skopje", "Tirana", "Sarajevo", "Podgorica", "Zagreb", "Ljubljana", "Sofia", "Bucharest"];
    private static readonly string[] Subjects = ["bridge", "harbour", "railway", "power plant", "border crossing", "school", "hospital", "airport"];
    private static readonly string[] Verbs = ["reopened", "closed", "was repaired", "was expanded", "was inspected", "was sold"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] Months = ["January", "February", "March", "April", "June", "July", "September", "October"];

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="directory"/>.</summary>
    public static void Write(string directory, int count, int seed = 42)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"gen-{i:D4}.md"), Article(i, random));
        }
    }

    private static string Article(int n, Random random)
    {
        string Pick(string[] items) => items[random.Next(items.Length)];
        var person = Pick(People);
        var role = Pick(Roles);
        var place = Pick(Places);
        var subject = Pick(Subjects);
        var published = new DateOnly(2008, 1, 1).AddDays(random.Next(700));
        var text = new StringBuilder()
            .AppendLine("---")
            .AppendLine(CultureInfo.InvariantCulture, $"id: gen-{n:D4}")
            .AppendLine(CultureInfo.InvariantCulture, $"title: The {place} {subject} {Pick(Verbs)}")
            .AppendLine("outlet: GEN")
            .AppendLine(CultureInfo.InvariantCulture, $"author: {Pick(People)}")
            .AppendLine(CultureInfo.InvariantCulture, $"dateline: {place}")
            .AppendLine(CultureInfo.InvariantCulture, $"published: {published:yyyy-MM-dd}")
            .AppendLine("---")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The {subject} in {place} {Pick(Verbs)} on {Pick(Days)} after {random.Next(2, 9)} years of work.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{role[..1].ToUpperInvariant()}{role[1..]} {person} told reporters that the work cost {random.Next(2, 90)} million euros.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"\"We expect about {random.Next(100, 9000):N0} visitors in the first month,\" said {person.Split(' ')[^1]}. \"Nobody will have to wait until {Pick(Months)}.\"")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Critics say the {subject} should have been finished in {2000 + random.Next(8)}.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"A review of the project is expected by late {Pick(Months)}.");
        return text.ToString();
    }
}
