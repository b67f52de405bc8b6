using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Thaiyyal.Grains.Secrets;

/// <summary>
/// A Data Protection key ring kept in process memory (Memory mode). <see cref="Process"/> is the one every silo of
/// the process shares, so several silos in one process (embedded hosts, test clusters) decrypt each other's values.
/// </summary>
public sealed class InMemoryXmlRepository : IXmlRepository
{
    public static InMemoryXmlRepository Process { get; } = new();

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
