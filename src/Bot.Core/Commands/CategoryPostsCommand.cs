namespace Bot.Core.Commands;

/// <summary><c>/category NAME</c> or a category button: that category's newest posts.</summary>
/// <param name="Category">The name as typed, or the category's short id when it came from a button.</param>
/// <param name="Page">Zero-based page.</param>
public sealed record CategoryPostsCommand(string Category, int Page = 0) : ChatCommand;
