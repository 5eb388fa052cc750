namespace KosovoBot.Core.Answers;

/// <summary>The dated events of the knowledge.</summary>
public interface ITimelineService
{
    /// <summary>Every dated event in date order, each with its status and source sentence.</summary>
    Timeline GetTimeline();
}
