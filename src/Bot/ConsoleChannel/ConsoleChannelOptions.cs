using System.ComponentModel.DataAnnotations;

namespace Bot.ConsoleChannel;

/// <summary>The <c>Console</c> settings section: the console channel that prints announcements to standard output.</summary>
public sealed class ConsoleChannelOptions
{
    public const string SectionName = "Console";

    /// <summary>
    /// Least time between two printed announcements, a real rate limit like a platform's. Zero (the default) prints at
    /// once; the crash test sets it to make a fan-out slow enough to interrupt.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MinInterval { get; set; } = TimeSpan.Zero;
}
