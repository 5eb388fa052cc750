namespace KosovoBot.Core.Work;

/// <summary>What <see cref="OrderedWorkers.TryEnqueue"/> did with a piece of work.</summary>
public enum WorkAdmission
{
    /// <summary>The work was taken; it runs when a worker is free and earlier work with its key has ended.</summary>
    Accepted,

    /// <summary>The backlog is full; the work was refused and will not run.</summary>
    BacklogFull,

    /// <summary>The queue has stopped; the work was refused and will not run.</summary>
    Stopped,
}
