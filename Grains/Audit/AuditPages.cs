using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Grains.Audit;

/// <summary>Cuts a page from up to <c>limit + 1</c> entries, newest first: the extra one says there is a next page.</summary>
internal static class AuditPages
{
    public static AuditPage Of(IReadOnlyList<AuditEntry> newestFirst, int limit)
    {
        if (newestFirst.Count <= limit)
        {
            return new AuditPage(newestFirst, null);
        }
        var page = newestFirst.Take(limit).ToList();
        return new AuditPage(page, page[^1].Seq);
    }
}
