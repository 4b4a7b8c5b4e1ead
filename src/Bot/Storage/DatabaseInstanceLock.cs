using System.Globalization;
using System.Text;

namespace Bot.Storage;

/// <summary>
/// One service per database: <c>bot.db.lock</c> beside the database holds the owner's process id and an OS byte-range
/// lock that the system drops when the process ends, so a file left behind by a crash never blocks the next start.
/// Verbs that only read or queue (<c>status</c>, <c>resend</c>, ...) never take it.
/// </summary>
public sealed class DatabaseInstanceLock : IDisposable
{
    /// <summary>Past the process id, so another process can still read who holds the lock.</summary>
    private const long LockedByte = 1024;

    private readonly FileStream stream;

    private DatabaseInstanceLock(FileStream stream) => this.stream = stream;

    public static string LockFileFor(string databasePath) => databasePath + ".lock";

    /// <summary>Takes the lock, or throws <see cref="StorageUnavailableException"/> naming the database and the other process.</summary>
    public static DatabaseInstanceLock Acquire(string databasePath)
    {
        var path = LockFileFor(databasePath);
        FileStream stream;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw StorageErrors.Explain(databasePath, ex);
        }

        try
        {
            if (!OperatingSystem.IsMacOS())
            {
                stream.Lock(LockedByte, 1); // macOS has no byte-range locks in .NET: there the lock is not enforced
            }
        }
        catch (IOException)
        {
            var owner = ReadOwner(stream);
            stream.Dispose();
            throw new StorageUnavailableException(
                $"Storage:Path '{databasePath}' is in use by another running service (process {owner}); only one may send from a database. "
                + $"Stop it first, or give this one its own Storage:Path. (Lock file: '{path}'.)");
        }

        var pid = Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        stream.SetLength(0);
        stream.Write(pid);
        stream.Flush(flushToDisk: true);
        return new DatabaseInstanceLock(stream);
    }

    public void Dispose()
    {
        // The file stays: deleting it could let a starting process lock a file no later process sees.
        if (!OperatingSystem.IsMacOS())
        {
            stream.Unlock(LockedByte, 1);
        }

        stream.Dispose();
    }

    private static string ReadOwner(FileStream stream)
    {
        var buffer = new byte[32];
        stream.Position = 0;
        var read = stream.Read(buffer);
        var text = Encoding.ASCII.GetString(buffer, 0, read).Trim();
        return text.Length > 0 && text.All(char.IsAsciiDigit) ? text : "unknown";
    }
}
