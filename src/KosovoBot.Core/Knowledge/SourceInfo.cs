namespace KosovoBot.Core.Knowledge;

/// <summary>Where a statement comes from: one article of the knowledge, as its front matter describes it.</summary>
public sealed record SourceInfo
{
    /// <summary>Stable id of the article, e.g. <c>voa-nato-to-stay-in-kosovo</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The article's headline.</summary>
    public required string Title { get; init; }

    /// <summary>Short outlet name as readers know it, e.g. <c>VOA</c>.</summary>
    public required string Outlet { get; init; }

    /// <summary>Full outlet name, e.g. <c>Voice of America</c>; null when the file does not give one.</summary>
    public string? OutletName { get; init; }

    /// <summary>The reporter.</summary>
    public required string Author { get; init; }

    /// <summary>The place the report was filed from, when given.</summary>
    public string? Dateline { get; init; }

    /// <summary>Publication date; relative dates in the text resolve against it.</summary>
    public required DateOnly Published { get; init; }

    /// <summary>Address of the original, when known.</summary>
    public Uri? Url { get; init; }
}
