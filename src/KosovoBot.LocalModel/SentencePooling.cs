namespace KosovoBot.LocalModel;

/// <summary>How a sentence vector is made from the model's token vectors.</summary>
public enum SentencePooling
{
    /// <summary>The vector of the first token (<c>[CLS]</c>), as snowflake-arctic-embed prescribes.</summary>
    Cls,

    /// <summary>The mean of the token vectors the attention mask keeps, as all-MiniLM-L6-v2 prescribes.</summary>
    Mean,
}
