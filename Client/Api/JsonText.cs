using System.Text.Json;

namespace Thaiyyal.Client.Api;

/// <summary>Turns JSON text carried by grain contracts back into JSON for responses.</summary>
public static class JsonText
{
    public static JsonElement? ToElement(string? json)
    {
        if (json is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
