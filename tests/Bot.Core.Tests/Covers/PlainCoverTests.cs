using static Bot.Core.Tests.Repository.ScannerFixture;

namespace Bot.Core.Tests.Covers;

public sealed class PlainCoverTests
{
    [Fact]
    public void Scan_PlainNotesBodyImage_ResolvesAgainstThePostLink()
    {
        using var notes = new TempFolder();
        notes.Write("notes/a.md", "---\ntitle: A\ndate: 2026-01-20\n---\n![x](img/x.png)\n");

        var post = Scan(notes.Path).BySource("notes/a.md");

        Assert.Equal("http://localhost/notes/a/img/x.png", post.Cover);
    }
}
