namespace Thaiyyal.Client.Api.Secrets;

/// <summary><c>GET /api/v1/secrets</c>: the tenant's secrets, by name.</summary>
public sealed record SecretListResponse(IReadOnlyList<SecretListItem> Secrets);
