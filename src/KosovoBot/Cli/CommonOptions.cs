using System.CommandLine;

namespace KosovoBot.Cli;

/// <summary>Options shared by several verbs.</summary>
internal static class CommonOptions
{
    /// <summary><c>--json</c>: machine-readable output as the product's JSON contract gives it.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Write JSON (the documented contract) instead of text." };
}
