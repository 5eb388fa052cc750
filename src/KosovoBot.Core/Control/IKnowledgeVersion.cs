namespace KosovoBot.Core.Control;

/// <summary>Names the knowledge snapshot answers come from, so feedback can be read against what the bot knew.</summary>
public interface IKnowledgeVersion
{
    /// <summary>A short id of the knowledge now served; it changes when any article changes.</summary>
    string Current { get; }
}
