using System.Buffers;
using System.Text.Unicode;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>
/// Decodes text that must be UTF-8. Invalid bytes are refused rather than replaced, so a Latin-1 article or random
/// bytes never load as words with replacement characters in them.
/// </summary>
public static class Utf8Text
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>; a leading byte order mark is dropped.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="badLine">When the bytes are not UTF-8, the 1-based line of the first invalid byte; else 0.</param>
    /// <returns>The text, or null when the bytes are not UTF-8.</returns>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out int badLine)
    {
        if (bytes.StartsWith(ByteOrderMark))
        {
            bytes = bytes[ByteOrderMark.Length..];
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status != OperationStatus.Done)
            {
                badLine = bytes[..read].Count((byte)'\n') + 1;
                return null;
            }

            badLine = 0;
            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
