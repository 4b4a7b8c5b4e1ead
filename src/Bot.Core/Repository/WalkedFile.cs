namespace Bot.Core.Repository;

/// <summary>A Markdown file found by the walk, with the size and last write time the enumeration saw.</summary>
/// <param name="Length">Size in bytes, or -1 when the file could not be examined (it will be reported as unreadable).</param>
public readonly record struct WalkedFile(string FullPath, long Length, DateTime LastWriteUtc);
