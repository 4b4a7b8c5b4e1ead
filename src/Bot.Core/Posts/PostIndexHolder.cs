namespace Bot.Core.Posts;

/// <summary>The current <see cref="PostIndex"/>, swapped atomically by the watcher and read by everyone else.</summary>
public sealed class PostIndexHolder
{
    private PostIndex current = PostIndex.Empty;

    public PostIndex Current => Volatile.Read(ref current);

    public event Action<PostIndex>? Replaced;

    public void Replace(PostIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        Volatile.Write(ref current, index);
        Replaced?.Invoke(index);
    }
}
