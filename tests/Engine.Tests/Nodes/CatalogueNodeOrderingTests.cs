using Thaiyyal.Grains.Engine.Nodes;

namespace Thaiyyal.Engine.Tests.Nodes;

public sealed class CatalogueNodeOrderingTests
{
    private static readonly NodeCatalog Catalog = NodeCatalog.CreateDefault();

    [Theory]
    [InlineData("filter")]
    [InlineData("map")]
    [InlineData("reduce")]
    [InlineData("find")]
    [InlineData("partition")]
    [InlineData("accumulator")]
    [InlineData("counter")]
    [InlineData("cache")]
    [InlineData("rate_limiter")]
    [InlineData("throttle")]
    public void Find_ExpressionOrStateNode_IsSequential(string type) =>
        Assert.Equal(NodeOrdering.Sequential, Catalog.Find(type)!.Ordering);

    [Theory]
    [InlineData("for_each")]
    [InlineData("while_loop")]
    [InlineData("parallel")]
    [InlineData("join")]
    [InlineData("split")]
    [InlineData("delay")]
    [InlineData("flat_map")]
    [InlineData("group_by")]
    [InlineData("unique")]
    [InlineData("chunk")]
    [InlineData("reverse")]
    [InlineData("zip")]
    [InlineData("sample")]
    [InlineData("range")]
    [InlineData("compact")]
    [InlineData("transpose")]
    [InlineData("slice")]
    [InlineData("sort")]
    [InlineData("retry")]
    [InlineData("try_catch")]
    [InlineData("timeout")]
    [InlineData("schema_validator")]
    public void Find_PureNode_IsIndependent(string type) =>
        Assert.Equal(NodeOrdering.Independent, Catalog.Find(type)!.Ordering);

    [Fact]
    public void Find_Paginator_HasNoExecutor() => Assert.Null(Catalog.Find("paginator"));
}
