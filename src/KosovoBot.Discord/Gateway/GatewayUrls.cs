namespace KosovoBot.Discord.Gateway;

/// <summary>Builds gateway socket addresses.</summary>
internal static class GatewayUrls
{
    /// <summary>Appends <c>?v=10&amp;encoding=json</c>; READY's <c>resume_gateway_url</c> comes without a query.</summary>
    public static Uri WithQuery(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }
}
