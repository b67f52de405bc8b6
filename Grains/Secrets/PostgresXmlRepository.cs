using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Thaiyyal.Grains.Secrets;

/// <summary>
/// The secrets' Data Protection key ring in <c>thaiyyal_data_protection_keys</c> (deploy/sql 0009), shared by every
/// silo of the cluster. Keys are only ever added; Data Protection marks old ones revoked or expired inside their XML.
/// </summary>
public sealed class PostgresXmlRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand("SELECT xml FROM thaiyyal_data_protection_keys ORDER BY id", connection);
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand(
            "INSERT INTO thaiyyal_data_protection_keys (friendly_name, xml) VALUES (@name, @xml) ON CONFLICT (friendly_name) DO NOTHING", connection);
        command.Parameters.AddWithValue("name", friendlyName);
        command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }
}
