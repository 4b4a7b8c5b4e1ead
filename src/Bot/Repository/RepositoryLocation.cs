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

    public RepositoryLocation(string configuredPath, string? remote, string storagePath, string applicationRoot)
    {
        ClonePath = Path.Combine(Path.GetDirectoryName(Resolve(storagePath, applicationRoot))!, "repo");
        Remote = string.IsNullOrWhiteSpace(remote) ? null : remote.Trim();
        RootPath = Remote is null ? Resolve(configuredPath, applicationRoot) : ClonePath;
    }

    /// <summary>The absolute folder the scanner reads.</summary>
    public string RootPath { get; }

    /// <summary>The absolute folder a remote is cloned into.</summary>
    public string ClonePath { get; }

    /// <summary>The git URL to keep pulled (may carry credentials: pass it through <see cref="UrlRedactor"/> before showing it).</summary>
    public string? Remote { get; }

    public bool UsesRemote => Remote is not null;

    public static RepositoryLocation FromSettings(IOptions<RepositoryOptions> options, IConfiguration configuration) =>
        FromSettings(options.Value, configuration, BotConfiguration.ApplicationRoot);

    public static RepositoryLocation FromSettings(RepositoryOptions options, IConfiguration configuration, string applicationRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var storagePath = configuration["Storage:Path"] is { Length: > 0 } configured ? configured : DefaultStoragePath;
        return new RepositoryLocation(options.Path, options.Remote, storagePath, applicationRoot);
    }

    /// <summary>Settings files already made their paths absolute; defaults and environment variables resolve here.</summary>
    private static string Resolve(string path, string applicationRoot) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(applicationRoot, path));
}
