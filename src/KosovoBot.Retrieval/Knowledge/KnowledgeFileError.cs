namespace KosovoBot.Retrieval.Knowledge;

/// <summary>Why a knowledge file was refused: the file, the 1-based line and the reason.</summary>
/// <param name="File">The file as the curator knows it, e.g. <c>knowledge/x.md</c>.</param>
/// <param name="Line">1-based line the problem is on; 0 when it concerns the whole file (e.g. its size).</param>
/// <param name="Reason">What is wrong, in a sentence.</param>
public sealed record KnowledgeFileError(string File, int Line, string Reason)
{
    /// <summary>The error as <c>file:line: reason</c> (<c>file: reason</c> for the whole file), the form the check command and the logs print.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
