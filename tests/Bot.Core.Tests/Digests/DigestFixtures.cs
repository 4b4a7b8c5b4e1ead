using System.Text.Json;
using Bot.Core.Posts;

namespace Bot.Core.Tests.Digests;

internal static class DigestFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Digest", name);

    public static IReadOnlyList<Post> LoadPosts() =>
        JsonSerializer.Deserialize<List<Post>>(File.ReadAllText(PathOf("posts.json")))
        ?? throw new InvalidOperationException("posts.json is empty");

    /// <summary>Golden files are compared with \n line ends whatever the checkout did to them.</summary>
    public static string ReadExpected(string name) => File.ReadAllText(PathOf(name)).ReplaceLineEndings("\n");
}
