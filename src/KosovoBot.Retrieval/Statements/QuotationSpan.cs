namespace KosovoBot.Retrieval.Statements;

/// <summary>A quotation of a paragraph: where its opening mark is and where its closing mark is.</summary>
/// <param name="Open">Index of the opening quotation mark.</param>
/// <param name="Close">Index of the closing quotation mark, or the paragraph's length when the quotation runs on into the next paragraph.</param>
internal readonly record struct QuotationSpan(int Open, int Close)
{
    /// <summary>Where the quoted words start.</summary>
    public int TextStart => Open + 1;

    /// <summary>The quoted words, exactly as the paragraph has them.</summary>
    public string Text(string paragraph) => paragraph[TextStart..Close];

    /// <summary>True when the span overlaps <c>[start, end)</c>, marks included.</summary>
    public bool Touches(int start, int end) => Open < end && Close >= start;

    /// <summary>The quotations of <paramref name="paragraph"/> in order: curly marks pair by shape, straight marks alternate.</summary>
    public static List<QuotationSpan> Find(string paragraph)
    {
        var spans = new List<QuotationSpan>();
        var open = -1;
        for (var i = 0; i < paragraph.Length; i++)
        {
            switch (paragraph[i])
            {
                case '“' when open < 0:
                    open = i;
                    break;
                case '”' when open >= 0:
                    spans.Add(new QuotationSpan(open, i));
                    open = -1;
                    break;
                case '"' when open < 0:
                    open = i;
                    break;
                case '"':
                    spans.Add(new QuotationSpan(open, i));
                    open = -1;
                    break;
            }
        }

        if (open >= 0)
        {
            spans.Add(new QuotationSpan(open, paragraph.Length));
        }

        return spans;
    }
}
