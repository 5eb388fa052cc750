using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace KosovoBot.LocalModel;

/// <summary>
/// Runs a BERT-style sentence-embedding graph: WordPiece tokens in, one L2-normalised vector a text out. Texts of a
/// call are encoded in batches of similar length, so little padding is computed. Thread-safe.
/// </summary>
internal sealed class OnnxSentenceEncoder : IDisposable
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
        var dimensions = hidden.Length / (batch.Count * width);
        var vectors = new float[batch.Count][];
        for (var row = 0; row < batch.Count; row++)
        {
            vectors[row] = Pool(hidden.Slice(row * width * dimensions, width * dimensions), batch[row].Count, dimensions);
        }

        return vectors;
    }

    private float[] Pool(ReadOnlySpan<float> tokens, int length, int dimensions)
    {
        var vector = new float[dimensions];
        var counted = _model.Pooling == SentencePooling.Cls ? 1 : length;
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
}
