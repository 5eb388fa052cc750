using KosovoBot.Core.Knowledge;

namespace KosovoBot.Core.Answers;

/// <summary>The articles the knowledge currently serves.</summary>
public interface ISourceCatalog
{
    /// <summary>Every article, newest first.</summary>
    IReadOnlyList<SourceInfo> Sources { get; }
}
