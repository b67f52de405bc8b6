using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Thaiyyal.Grains.Secrets;

/// <summary>
/// Where the secrets' Data Protection keys live: <see cref="PostgresXmlRepository"/> in Postgres mode (shared by every
/// silo, so any silo decrypts what another encrypted), <see cref="InMemoryXmlRepository"/> in Memory mode (gone with
/// the process, like everything else stored in that mode).
/// </summary>
public sealed record SecretKeyRing(IXmlRepository Repository);
