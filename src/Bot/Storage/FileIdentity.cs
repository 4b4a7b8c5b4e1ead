using System.Runtime.InteropServices;

namespace Bot.Storage;

/// <summary>
/// Which file a path names right now: device and inode from <c>stat(2)</c>. A database deleted or replaced while the
/// service runs gets a new identity (or none), while the service's open connections still point at the old file.
/// On systems other than Linux there is no identity and nothing is compared.
/// </summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode)
{
    /// <summary>A path that names no file.</summary>
    public static FileIdentity Missing { get; } = new(0, 0);

    /// <summary>The identity, <see cref="Missing"/> when there is no file, or null where it cannot be read.</summary>
    public static FileIdentity? Of(string path)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
        {
            return null;
        }

        // struct stat on 64-bit Linux (x86-64, arm64; glibc and musl) starts with st_dev then st_ino, 8 bytes each.
        var buffer = new byte[256];
        return NativeMethods.Stat(path, buffer) == 0
            ? new FileIdentity(BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8))
            : Missing;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
#pragma warning disable SYSLIB1054 // a byte[] filled by the callee is simplest with DllImport's pinning
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054
    }
}
