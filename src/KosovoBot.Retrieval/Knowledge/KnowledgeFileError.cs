namespace KosovoBot.Retrieval.Knowledge;

/// <summary>Why a knowledge file was refused: the file, the 1-based line and the reason.</summary>
/// <param name="File">The file as the curator knows it, e.g. <c>knowledge/x.md</c>.</param>
/// <param name="Line">1-based line the problem is on.</param>
/// <param name="Reason">What is wrong, in a sentence.</param>
public sealed record KnowledgeFileError(string File, int Line, string Reason)
{
    /// <summary>The error as <c>file:line: reason</c>, the form the check command and the logs print.</summary>
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
