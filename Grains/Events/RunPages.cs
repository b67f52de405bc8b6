using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>Turns "limit + 1 rows" into a page and the cursor of the next one.</summary>
internal static class RunPages
{
    public static RunPage Of(List<RunSummary> rows, int limit)
    {
        if (rows.Count <= limit)
        {
            return new RunPage(rows, null);
        }
        var page = rows.GetRange(0, limit);
        return new RunPage(page, new RunCursor(page[^1].CreatedAt, page[^1].RunId));
    }
}
