namespace Bot.Core.Posts;

/// <summary>A category with the number of published posts in it and its newest post's date.</summary>
public sealed record CategoryCount(string Name, int Count, DateTimeOffset Newest);
