namespace Bot.Repository;

/// <summary>
/// The <see cref="FileSystemWatcher"/>s of one repository, kept in line with <see cref="WatchPlan"/>: a folder that
/// does not exist yet is waited for by watching its nearest existing parent; once it appears, it is watched like the others.
/// </summary>
public sealed class RepositoryFolderWatcher(Action<string> changed, Action<Exception> failed) : IDisposable
{
    private const int BufferSize = 64 * 1024;
    private const int MaxRewirePasses = 8;

    private readonly Lock gate = new();
    private readonly Dictionary<(string Path, bool Recursive), FileSystemWatcher> watchers = [];
    private string rootPath = "";
    private IReadOnlyList<string> postFolders = [];
    private bool disposed;

    /// <summary>What is watched now, for diagnostics and tests.</summary>
    public IReadOnlyList<(string Path, bool Recursive)> Watched
    {
        get
        {
            lock (gate)
            {
                return [.. watchers.Keys];
            }
        }
    }

    /// <summary>Watches <paramref name="root"/> and <paramref name="folders"/>, replacing what was watched before.</summary>
    public void Watch(string root, IReadOnlyList<string> folders)
    {
        lock (gate)
        {
            rootPath = Path.GetFullPath(root);
            postFolders = [.. folders.Select(Path.GetFullPath)];
        }

        Rewire();
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var watcher in watchers.Values)
            {
                watcher.Dispose();
            }

            watchers.Clear();
        }
    }

    /// <summary>Brings the watchers in line with what exists on disk; repeats while folders appear under its hands.</summary>
    private void Rewire()
    {
        lock (gate)
        {
            for (var pass = 0; pass < MaxRewirePasses && !disposed; pass++)
            {
                var wanted = WatchPlan.For(rootPath, postFolders);
                foreach (var stale in watchers.Keys.Where(key => !wanted.Contains(key)).ToList())
                {
                    watchers.Remove(stale, out var watcher);
                    watcher!.Dispose();
                }

                foreach (var missing in wanted.Where(key => !watchers.ContainsKey(key)).ToList())
                {
                    try
                    {
                        watchers[missing] = Start(missing.Path, missing.Recursive);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
                    {
                        // Out of inotify instances, or the folder vanished again: the periodic rescan still covers it.
                        failed(ex);
                        return;
                    }
                }

                // A folder created between the check and the start of its parent's watcher has no event: look again.
                if (WatchPlan.For(rootPath, postFolders).SetEquals(wanted))
                {
                    return;
                }
            }
        }
    }

    private FileSystemWatcher Start(string path, bool recursive)
    {
        var watcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = recursive,
            InternalBufferSize = BufferSize,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler onEvent = recursive ? (_, e) => OnPostFolderEvent(e.FullPath) : (_, e) => OnParentEvent(e.FullPath);
        watcher.Created += onEvent;
        watcher.Changed += onEvent;
        watcher.Deleted += onEvent;
        watcher.Renamed += (_, e) => onEvent(watcher, e);
        watcher.Error += (_, e) => OnError(e.GetException());
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void OnPostFolderEvent(string path)
    {
        if (!WatchPlan.IsInsideGitFolder(path))
        {
            changed(path);
        }
    }

    /// <summary>Something changed beside the config files or on the way to a missing folder: rewire off the event thread, then report.</summary>
    private void OnParentEvent(string path)
    {
        if (WatchPlan.IsInsideGitFolder(path))
        {
            return;
        }

        _ = Task.Run(() =>
        {
            try
            {
                Rewire();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                failed(ex);
            }

            changed(path);
        });
    }

    /// <summary>An overflowing event buffer means changes were lost: rescan, and make sure every watch still stands.</summary>
    private void OnError(Exception exception)
    {
        failed(exception);
        OnParentEvent(rootPath);
    }
}
