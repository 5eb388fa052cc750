namespace KosovoBot.Retrieval.Tests.Knowledge;

/// <summary>A throw-away <c>knowledge</c> directory filled from TestData.</summary>
internal sealed class TempKnowledge : IDisposable
{
    public static readonly string ArticlePath = Path.Combine(AppContext.BaseDirectory, "TestData", "knowledge", "voa-nato-to-stay-in-kosovo.md");

    public static readonly string SecondArticlePath =
        Path.Combine(AppContext.BaseDirectory, "TestData", "second-article", "wns-eu-police-mission-extended.md");

    public TempKnowledge()
    {
        Root = Path.Combine(Path.GetTempPath(), "kosovobot-tests-" + Guid.NewGuid().ToString("N"));
        Directory = Path.Combine(Root, "knowledge");
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Root { get; }

    public string Directory { get; }

    public void CopyArticle() => File.Copy(ArticlePath, Path.Combine(Directory, Path.GetFileName(ArticlePath)));

    public void CopySecondArticle() => File.Copy(SecondArticlePath, Path.Combine(Directory, Path.GetFileName(SecondArticlePath)));

    public string Write(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Root, recursive: true);
}
