using Thaiyyal.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Thaiyyal.Deploy.Tests;

/// <summary>Structural facts of deploy/docker-compose.yml that would break <c>docker compose up</c> or the cluster it starts.</summary>
public sealed class ComposeTests
{
    private const string SiloDockerfile = "deploy/docker/Silo.Dockerfile";
    private const string ClientDockerfile = "deploy/docker/Client.Dockerfile";

    private static readonly YamlMappingNode Compose = DeployFiles.LoadCompose();

    private static IReadOnlyList<(string Name, YamlNode Service)> Services => Compose.Map("services").Entries().ToList();

    private static IEnumerable<(string Name, YamlNode Service)> BuiltFrom(string dockerfile) =>
        Services.Where(s => s.Service.Map("build").Text("dockerfile") == dockerfile);

    private static IEnumerable<(string Name, YamlNode Service)> Silos =>
        BuiltFrom(SiloDockerfile).Where(s => !s.Service.Texts("command").Contains("migrate"));

    [Fact]
    public void ThaiyyalServices_EveryEnvironmentKey_IsAConfigurationKeyOfItsHost()
    {
        var problems = new List<string>();
        foreach (var (name, service) in BuiltFrom(SiloDockerfile).Concat(BuiltFrom(ClientDockerfile)))
        {
            var isSilo = service.Map("build").Text("dockerfile") == SiloDockerfile;
            foreach (var key in service.Pairs("environment").Keys)
            {
                var configurationKey = HostConfigurationKeys.ToKey(key);
                if (!HostConfigurationKeys.IsKnown(key))
                {
                    problems.Add($"{name}: {key} is no configuration key of the hosts");
                }
                else if (isSilo && HostConfigurationKeys.ClientOnly.Contains(configurationKey)
                    || !isSilo && HostConfigurationKeys.SiloOnly.Contains(configurationKey))
                {
                    problems.Add($"{name}: {key} is read by the other host only");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void BuildContexts_AreTheRepositoryRootAndTheDockerfilesExist()
    {
        var built = Services.Where(s => s.Service.Map("build") is not null).ToList();

        Assert.NotEmpty(built);
        Assert.All(built, s =>
        {
            var context = Path.GetFullPath(Path.Combine(DeployFiles.DeployDirectory, s.Service.Map("build").Text("context")!));
            Assert.Equal(DeployFiles.RepositoryRoot.TrimEnd(Path.DirectorySeparatorChar), context.TrimEnd(Path.DirectorySeparatorChar));
            Assert.True(File.Exists(Path.Combine(context, s.Service.Map("build").Text("dockerfile")!)), $"{s.Name}: Dockerfile missing");
        });
    }

    [Fact]
    public void MigrationJob_RunsMigrateOnceAfterPostgresAndBeforeEverySilo()
    {
        var (migrateName, migrate) = Assert.Single(BuiltFrom(SiloDockerfile), s => s.Service.Texts("command").Contains("migrate"));

        Assert.Equal(["migrate"], migrate.Texts("command"));
        Assert.Equal("no", migrate.Text("restart"));
        Assert.Equal("service_healthy", migrate.Map("depends_on").Map("postgres").Text("condition"));
        Assert.True(migrate.Pairs("environment").ContainsKey("ConnectionStrings__Thaiyyal"));
        Assert.All(Silos, s => Assert.Equal("service_completed_successfully", s.Service.Map("depends_on").Map(migrateName).Text("condition")));
    }

    [Fact]
    public void Silos_AreTwoRegionsOfOneClusterOnTheSameDatabase()
    {
        var silos = Silos.Select(s => s.Service.Pairs("environment")).ToList();
        var client = Assert.Single(BuiltFrom(ClientDockerfile)).Service.Pairs("environment");
        var cluster = silos.Append(client).ToList();

        Assert.True(silos.Count >= 2, "two silos at least");
        Assert.Equal(silos.Count, silos.Select(e => e.GetValueOrDefault("Thaiyyal__Region")).Where(r => !string.IsNullOrEmpty(r)).Distinct().Count());
        Assert.Single(cluster.Select(e => e.GetValueOrDefault("ConnectionStrings__Thaiyyal")).Distinct());
        Assert.Single(cluster.Select(e => e.GetValueOrDefault("Thaiyyal__ClusterId")).Distinct());
        Assert.Single(cluster.Select(e => e.GetValueOrDefault("Thaiyyal__ServiceId")).Distinct());
        Assert.All(cluster, e => Assert.Equal("Postgres", e.GetValueOrDefault("Thaiyyal__Storage")));
        // The database the connection string names is the one the postgres service creates.
        Assert.Contains($"Database={Compose.Map("services").Map("postgres").Pairs("environment")["POSTGRES_DB"]};", client["ConnectionStrings__Thaiyyal"], StringComparison.Ordinal);
    }

    [Fact]
    public void Client_JoinsAsClientAfterTheSilosAreHealthyAndPublishesTheImagesHttpPort()
    {
        var (_, client) = Assert.Single(BuiltFrom(ClientDockerfile));
        var image = Dockerfile.Load(Path.Combine(DeployFiles.RepositoryRoot, ClientDockerfile));
        var published = Assert.Single(client.Texts("ports"));

        Assert.Equal("Client", client.Pairs("environment")["Thaiyyal__Mode"]);
        Assert.Equal(ListenUrls.Port(image.Environment["Urls"]).ToString(System.Globalization.CultureInfo.InvariantCulture), published.Split(':')[^1]);
        Assert.StartsWith("127.0.0.1:", published, StringComparison.Ordinal); // not on every interface of the host
        Assert.All(Silos, s => Assert.Equal("service_healthy", client.Map("depends_on").Map(s.Name).Text("condition")));
    }

    [Fact]
    public void SiloImage_IsOneImageNameForEveryServiceThatBuildsIt()
    {
        var names = BuiltFrom(SiloDockerfile).Select(s => s.Service.Text("image")).Distinct().ToList();

        Assert.Single(names);
        Assert.NotNull(names[0]);
    }
}
