namespace Bot.Core.Tests;

/// <summary>A real folder under the system temp directory, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bot-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A copy of a fixture under <c>TestData/</c>.</summary>
    public static TempFolder CopyOf(string fixture)
    {
        var folder = new TempFolder();
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", fixture);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it is not.
        }
    }
}
