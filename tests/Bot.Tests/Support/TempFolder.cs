namespace Bot.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bot-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a file (creating its folders) and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary>Copies a fixture from TestData/ into this folder.</summary>
    public string CopyFixture(string fixture, string relativePath)
    {
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", fixture);
        return Write(relativePath, File.ReadAllText(source));
    }

    /// <summary>Copies a fixture folder from TestData/ (recursively) into this folder and returns its full path.</summary>
    public string CopyFixtureFolder(string fixture, string relativePath)
    {
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", fixture);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            Write(System.IO.Path.Combine(relativePath, System.IO.Path.GetRelativePath(source, file)), File.ReadAllText(file));
        }

        return Combine(relativePath);
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher or child process may still hold a handle; the OS cleans temp folders.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
