using System.ComponentModel.DataAnnotations;

namespace Bot.Storage;

/// <summary>The <c>Storage</c> settings section: where the bot keeps its state.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// The SQLite database file, created on first run with its folder. A relative value from a settings file was made
    /// absolute against that file; any other relative value resolves against the application root.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = System.IO.Path.Combine("data", "bot.db");

    /// <summary>How long a statement waits for another writer (the service and a CLI verb) before failing.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
