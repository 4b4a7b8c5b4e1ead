using Bot.Configuration;
using Bot.Core.Repository;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Repository;

/// <summary>
/// Where the post repository is read from: <c>Repository:Path</c>, or, when <c>Repository:Remote</c> is set, the clone
/// kept at <c>&lt;folder of Storage:Path&gt;/repo</c>. The scanner and the watcher both take their root from here.
/// </summary>
public sealed class RepositoryLocation
{
    public const string DefaultStoragePath = "data/bot.db";

    /// <param name="repositoryPath">The local repository folder (absolute).</param>
    /// <param name="remote">The git URL to keep pulled, or null.</param>
    /// <param name="storagePath">The database file (absolute); the clone lives beside it.</param>
    public RepositoryLocation(string repositoryPath, string? remote, string storagePath)
    {
        ClonePath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storagePath))!, "repo");
        Remote = string.IsNullOrWhiteSpace(remote) ? null : remote.Trim();
        RootPath = Remote is null ? Path.GetFullPath(repositoryPath) : ClonePath;
    }

    /// <summary>The absolute folder the scanner reads.</summary>
    public string RootPath { get; }

    /// <summary>The absolute folder a remote is cloned into.</summary>
    public string ClonePath { get; }

    /// <summary>The git URL to keep pulled (may carry credentials: pass it through <see cref="Secrets.SecretRedactor"/> before showing it).</summary>
    public string? Remote { get; }

    public bool UsesRemote => Remote is not null;

    public static RepositoryLocation FromSettings(IOptions<RepositoryOptions> options, IConfiguration configuration) =>
        FromSettings(options.Value, configuration, BotConfiguration.ApplicationRoot, BotConfiguration.FindConfigDirectory());

    /// <summary>
    /// Settings files already made their paths absolute. What is still relative is a code default or an environment
    /// variable: <c>Repository:Path</c> resolves against the config folder (where the sample blog ships, as the
    /// <c>posts</c> verb does), <c>Storage:Path</c> against the application root.
    /// </summary>
    public static RepositoryLocation FromSettings(
        RepositoryOptions options, IConfiguration configuration, string applicationRoot, string configDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var storagePath = configuration["Storage:Path"] is { Length: > 0 } configured ? configured : DefaultStoragePath;
        return new RepositoryLocation(Resolve(options.Path, configDirectory), options.Remote, Resolve(storagePath, applicationRoot));
    }

    private static string Resolve(string path, string folder) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(folder, path));
}
