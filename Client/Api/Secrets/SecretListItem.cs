namespace Thaiyyal.Client.Api.Secrets;

/// <summary>One secret of a listing: name and times, never the value.</summary>
public sealed record SecretListItem(string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
