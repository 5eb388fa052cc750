namespace KosovoBot.Slack.Http;

/// <summary>The outcome of checking a request's Slack signature.</summary>
internal enum SignatureCheck
{
    /// <summary>Signed with the signing secret, recently.</summary>
    Valid,

    /// <summary>No timestamp or signature header, or one that cannot be read.</summary>
    Missing,

    /// <summary>The timestamp is more than 5 minutes away from now: a possible replay.</summary>
    Stale,

    /// <summary>The signature does not match.</summary>
    Mismatch,
}
