namespace Bot.Core.Commands;

/// <summary>Page sizes of command replies.</summary>
public sealed record CommandHandlerOptions
{
    /// <summary>Posts per page of <c>/category NAME</c>.</summary>
    public int CategoryPageSize { get; init; } = 5;

    /// <summary>Category buttons per page of <c>/category</c>; 24 leaves room in a 25-option Discord select.</summary>
    public int CategoryChoicesPerPage { get; init; } = 24;
}
