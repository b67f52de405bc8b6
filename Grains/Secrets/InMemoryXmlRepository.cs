using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Thaiyyal.Grains.Secrets;

/// <summary>A Data Protection key ring kept in process memory (Memory mode).</summary>
public sealed class InMemoryXmlRepository : IXmlRepository
{
    private readonly List<XElement> _elements = [];
    private readonly Lock _lock = new();

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_lock)
        {
            return _elements.Select(e => new XElement(e)).ToList();
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_lock)
        {
            _elements.Add(new XElement(element));
        }
    }
}
