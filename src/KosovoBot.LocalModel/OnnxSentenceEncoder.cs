using System.Text.RegularExpressions;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace KosovoBot.LocalModel;

/// <summary>
/// Runs a BERT-style sentence-embedding graph: WordPiece tokens in, one L2-normalised vector a text out. Texts of a
/// call are encoded in batches of similar length, so little padding is computed. Thread-safe.
/// </summary>
internal sealed partial class OnnxSentenceEncoder : IDisposable
{
    /// <summary>The most texts encoded together in one run of the graph.</summary>
    public const int BatchSize = 16;

    /// <summary>The most tokens (texts times the longest, padding included) in one run of the graph.</summary>
    public const int TokenBudget = 2048;

    private const string InputIds = "input_ids";
    private const string AttentionMask = "attention_mask";
    private const string TokenTypeIds = "token_type_ids";

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly SentenceModel _model;
    private readonly bool _wantsTokenTypes;
    private readonly string _output;

    public OnnxSentenceEncoder(InferenceSession session, BertTokenizer tokenizer, SentenceModel model)
    {
        _session = session;
        _tokenizer = tokenizer;
        _model = model;
        _wantsTokenTypes = session.InputMetadata.ContainsKey(TokenTypeIds);
        _output = session.OutputMetadata.Keys.First();
    }

    /// <summary>The vector of each of <paramref name="texts"/>, in order.</summary>
    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        IReadOnlyList<int>[] tokens = texts
            .Select(t => _tokenizer.EncodeToIds(t, _model.MaxTokens, addSpecialTokens: true, out _, out _))
            .ToArray();
        var vectors = new float[texts.Count][];
        var byLength = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Count).ToArray();
        foreach (var batch in Batches(byLength, tokens))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var encoded = Run([.. batch.Select(i => tokens[i])]);
            for (var i = 0; i < batch.Count; i++)
            {
                vectors[batch[i]] = encoded[i];
            }
        }

        return vectors;
    }

    /// <summary>
    /// Each word of each of <paramref name="texts"/> with its vector in the text's context: the mean of its WordPiece
    /// tokens' last hidden states, L2-normalised. A text longer than the model's window keeps its first words.
    /// </summary>
    public ContextualWords[] EncodeWords(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var words = new List<string>[texts.Count];
        var spans = new List<(int Start, int End)>[texts.Count];
        IReadOnlyList<int>[] tokens = new IReadOnlyList<int>[texts.Count];
        for (var t = 0; t < texts.Count; t++)
        {
            var ids = new List<int> { _tokenizer.ClassificationTokenId };
            words[t] = [];
            spans[t] = [];
            foreach (Match word in WordPattern().Matches(texts[t]))
            {
                var pieces = _tokenizer.EncodeToIds(word.Value, addSpecialTokens: false);
                if (ids.Count + pieces.Count + 1 > _model.MaxTokens)
                {
                    break;
                }

                words[t].Add(word.Value);
                spans[t].Add((ids.Count, ids.Count + pieces.Count));
                ids.AddRange(pieces);
            }

            ids.Add(_tokenizer.SeparatorTokenId);
            tokens[t] = ids;
        }

        var encoded = new ContextualWords[texts.Count];
        var byLength = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Count).ToArray();
        foreach (var batch in Batches(byLength, tokens))
        {
            cancellationToken.ThrowIfCancellationRequested();
            RunHidden([.. batch.Select(i => tokens[i])], (hidden, width, dimensions) =>
            {
                for (var row = 0; row < batch.Count; row++)
                {
                    var t = batch[row];
                    var vectors = new float[spans[t].Count][];
                    for (var w = 0; w < vectors.Length; w++)
                    {
                        var (start, end) = spans[t][w];
                        var offset = ((row * width) + start) * dimensions;
                        vectors[w] = Normalised(hidden.Slice(offset, (end - start) * dimensions), end - start, dimensions);
                    }

                    encoded[t] = new ContextualWords([.. words[t]], vectors);
                }

                return true;
            });
        }

        return encoded;
    }

    /// <summary>
    /// Consecutive texts (shortest first) grouped up to <see cref="BatchSize"/> texts and <see cref="TokenBudget"/>
    /// padded tokens, so that a batch of long texts stays small: the attention buffers grow with the batch times the
    /// square of its longest text.
    /// </summary>
    private static IEnumerable<List<int>> Batches(int[] byLength, IReadOnlyList<int>[] tokens)
    {
        var batch = new List<int>(BatchSize);
        foreach (var index in byLength)
        {
            if (batch.Count == BatchSize || (batch.Count > 0 && (batch.Count + 1) * tokens[index].Count > TokenBudget))
            {
                yield return batch;
                batch = new List<int>(BatchSize);
            }

            batch.Add(index);
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();

    private float[][] Run(IReadOnlyList<IReadOnlyList<int>> batch)
    {
        return RunHidden(batch, (hidden, width, dimensions) =>
        {
            var vectors = new float[batch.Count][];
            for (var row = 0; row < batch.Count; row++)
            {
                var counted = _model.Pooling == SentencePooling.Cls ? 1 : batch[row].Count;
                vectors[row] = Normalised(hidden.Slice(row * width * dimensions, counted * dimensions), counted, dimensions);
            }

            return vectors;
        });
    }

    // Runs the graph over a padded batch and hands its last hidden states ([row, token, dimension], flattened) to read.
    private T RunHidden<T>(IReadOnlyList<IReadOnlyList<int>> batch, HiddenReader<T> read)
    {
        var width = batch.Max(t => t.Count);
        var ids = new long[batch.Count * width];
        var mask = new long[batch.Count * width];
        for (var row = 0; row < batch.Count; row++)
        {
            for (var column = 0; column < batch[row].Count; column++)
            {
                ids[(row * width) + column] = batch[row][column];
                mask[(row * width) + column] = 1;
            }
        }

        long[] shape = [batch.Count, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = _wantsTokenTypes ? OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape) : null;
        var inputs = new Dictionary<string, OrtValue>(StringComparer.Ordinal) { [InputIds] = idsValue, [AttentionMask] = maskValue };
        if (typesValue is not null)
        {
            inputs[TokenTypeIds] = typesValue;
        }

        using var runOptions = new RunOptions();
        using var results = _session.Run(runOptions, inputs, [_output]);
        var hidden = results[0].GetTensorDataAsSpan<float>();
        return read(hidden, width, hidden.Length / (batch.Count * width));
    }

    // The sum of the first <paramref name="counted"/> token vectors, L2-normalised.
    private static float[] Normalised(ReadOnlySpan<float> tokens, int counted, int dimensions)
    {
        var vector = new float[dimensions];
        for (var token = 0; token < counted; token++)
        {
            var values = tokens.Slice(token * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] += values[d];
            }
        }

        double squares = 0;
        foreach (var value in vector)
        {
            squares += value * value;
        }

        // The mean's division cancels in the normalisation, so only the norm divides.
        var norm = (float)Math.Sqrt(squares);
        if (norm > 0)
        {
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] /= norm;
            }
        }

        return vector;
    }

    private delegate T HiddenReader<out T>(ReadOnlySpan<float> hidden, int width, int dimensions);

    // A word (letters and digits, with a trailing 's or similar) or one other visible character.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’]\p{L}+)?|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
