namespace NewsCms.Core.Newsroom;

/// <summary>
/// Which page numbers a listing can have at all. A page whose first row lies beyond int.MaxValue can hold
/// nothing, and computing its offset would overflow: such a page is simply not there (404), never a 500.
/// </summary>
public static class Paging
{
    public static bool IsOutOfRange(int page, int pageSize) =>
        page < 1 || (long)page * pageSize + 1 > int.MaxValue;
}
