namespace Thaiyyal.Deploy.Tests.Support;

/// <summary>Reads the port of an ASP.NET Core listen address list (<c>http://+:8080</c>).</summary>
public static class ListenUrls
{
    /// <summary>The port of the only URL; wildcard hosts (<c>+</c>, <c>*</c>) are not valid <see cref="Uri"/> hosts, so read it by hand.</summary>
    public static int Port(string urls)
    {
        var url = Assert.Single(urls.Split(';', StringSplitOptions.RemoveEmptyEntries));
        return int.Parse(url[(url.LastIndexOf(':') + 1)..].TrimEnd('/'), System.Globalization.CultureInfo.InvariantCulture);
    }
}
