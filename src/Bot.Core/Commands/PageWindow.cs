namespace Bot.Core.Commands;

/// <summary>One page of a list; a page past the end is moved back to the last page.</summary>
internal readonly record struct PageWindow(int Page, int Skip, int Take, bool HasPrevious, bool HasNext)
{
    public static PageWindow Of(int total, int requestedPage, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var lastPage = total == 0 ? 0 : (total - 1) / pageSize;
        var page = Math.Clamp(requestedPage, 0, lastPage);
        var skip = page * pageSize;
        return new PageWindow(page, skip, Math.Min(pageSize, total - skip), page > 0, page < lastPage);
    }
}
