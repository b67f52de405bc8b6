namespace Thaiyyal.Client.Runs;

/// <summary>New run ids: 32 lowercase hex characters, never containing '/'.</summary>
public static class RunIds
{
    public static string New() => Guid.NewGuid().ToString("N");
}
