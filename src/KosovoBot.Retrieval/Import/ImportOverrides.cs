namespace KosovoBot.Retrieval.Import;

/// <summary>Front matter values given on the command line; each one wins over what the importer detects.</summary>
public sealed record ImportOverrides
{
    /// <summary>Publication date (<c>--published</c>); required because raw page text rarely carries one.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Article id (<c>--id</c>); defaults to <c>{outlet}-{slug of title}</c>.</summary>
    public string? Id { get; init; }

    /// <summary>Headline (<c>--title</c>).</summary>
    public string? Title { get; init; }

    /// <summary>Short outlet name (<c>--outlet</c>).</summary>
    public string? Outlet { get; init; }

    /// <summary>Full outlet name (<c>--outlet-name</c>).</summary>
    public string? OutletName { get; init; }

    /// <summary>Reporter (<c>--author</c>).</summary>
    public string? Author { get; init; }

    /// <summary>Dateline place (<c>--dateline</c>).</summary>
    public string? Dateline { get; init; }

    /// <summary>Address of the original (<c>--url</c>).</summary>
    public Uri? Url { get; init; }
}
