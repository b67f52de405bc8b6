using Thaiyyal.Deploy.Tests.Support;
using Thaiyyal.Grains.Hosting;
using Thaiyyal.Silo.Hosting;
using YamlDotNet.RepresentationModel;

namespace Thaiyyal.Deploy.Tests;

/// <summary>Structural facts of deploy/kubernetes that would break <c>kubectl apply -k</c> or the cluster it starts.</summary>
public sealed class KubernetesTests
{
    private static readonly IReadOnlyList<KubernetesObject> Objects = DeployFiles.LoadKubernetes();

    private static IEnumerable<KubernetesObject> Workloads => Objects.Where(o => o.PodTemplate is not null);

    private static bool IsSiloImage(YamlNode container) => ImageName(container.Text("image")) == "thaiyyal/silo";

    private static IEnumerable<KubernetesObject> SiloDeployments =>
        Workloads.Where(w => w.Kind != "Job" && w.Containers.Any(IsSiloImage));

    private static KubernetesObject ConfigMap(string name) => Objects.Single(o => o.Kind == "ConfigMap" && o.Name == name);

    [Fact]
    public void EveryObject_IsInTheThaiyyalNamespace()
    {
        Assert.All(Objects.Where(o => o.Kind != "Namespace"), o => Assert.Equal("thaiyyal", o.Namespace));
    }

    [Fact]
    public void Containers_EveryEnvironmentKey_IsAConfigurationKeyOfItsHost()
    {
        var problems = new List<string>();
        foreach (var workload in Workloads)
        {
            foreach (var container in workload.Containers)
            {
                var isSilo = IsSiloImage(container);
                var keys = container.Items("env").Select(e => e.Text("name")!)
                    .Concat(EnvFrom(container, "configMapRef").SelectMany(name => Objects.Single(o => o.Kind == "ConfigMap" && o.Name == name).Root.Pairs("data").Keys))
                    .Concat(EnvFrom(container, "secretRef").SelectMany(name => Objects.Single(o => o.Kind == "Secret" && o.Name == name).Root.Pairs("stringData").Keys));
                foreach (var key in keys)
                {
                    var configurationKey = HostConfigurationKeys.ToKey(key);
                    if (!HostConfigurationKeys.IsKnown(key))
                    {
                        problems.Add($"{workload}: {key} is no configuration key of the hosts");
                    }
                    else if (isSilo && HostConfigurationKeys.ClientOnly.Contains(configurationKey) || !isSilo && HostConfigurationKeys.SiloOnly.Contains(configurationKey))
                    {
                        problems.Add($"{workload}: {key} is read by the other host only");
                    }
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void EnvFromReferences_NameAConfigMapOrSecretOfTheManifests()
    {
        var references = Workloads.SelectMany(w => w.Containers).SelectMany(c =>
            EnvFrom(c, "configMapRef").Select(n => ("ConfigMap", n)).Concat(EnvFrom(c, "secretRef").Select(n => ("Secret", n)))).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Contains(Objects, o => o.Kind == r.Item1 && o.Name == r.Item2));
    }

    [Fact]
    public void SiloPods_CarryWhatOrleansKubernetesHostingNeeds()
    {
        var shared = ConfigMap("thaiyyal").Root.Pairs("data");
        Assert.NotEmpty(SiloDeployments);
        foreach (var silo in SiloDeployments)
        {
            var container = Assert.Single(silo.Containers);
            var env = container.Items("env").ToDictionary(e => e.Text("name")!, e => e, StringComparer.Ordinal);

            Assert.Equal("true", env[HostConfigurationKeys.ToEnvironment(ThaiyyalKubernetesSiloBuilderExtensions.EnabledKey)].Text("value"));
            Assert.Equal("metadata.name", env["POD_NAME"].Map("valueFrom").Map("fieldRef").Text("fieldPath"));
            Assert.Equal("metadata.namespace", env["POD_NAMESPACE"].Map("valueFrom").Map("fieldRef").Text("fieldPath"));
            Assert.Equal("status.podIP", env["POD_IP"].Map("valueFrom").Map("fieldRef").Text("fieldPath"));
            // The hosting reads the ids from the pod's labels; they must be the ids the silo is configured with.
            Assert.Equal(shared["Thaiyyal__ServiceId"], silo.PodLabels["orleans/serviceId"]);
            Assert.Equal(shared["Thaiyyal__ClusterId"], silo.PodLabels["orleans/clusterId"]);
            Assert.False(env.ContainsKey("Thaiyyal__AdvertisedAddress"), "the pod IP (POD_IP) is the address to advertise");
        }
    }

    [Fact]
    public void SiloServiceAccount_MayWatchAndPatchPodsOfItsNamespace()
    {
        foreach (var silo in SiloDeployments)
        {
            var account = silo.PodSpec.Text("serviceAccountName");
            Assert.Contains(Objects, o => o.Kind == "ServiceAccount" && o.Name == account);
            var binding = Assert.Single(Objects, o => o.Kind == "RoleBinding"
                && o.Root.Items("subjects").Any(s => s.Text("kind") == "ServiceAccount" && s.Text("name") == account && s.Text("namespace") == silo.Namespace));
            var role = Assert.Single(Objects, o => o.Kind == binding.Root.Map("roleRef").Text("kind") && o.Name == binding.Root.Map("roleRef").Text("name"));
            var podRule = Assert.Single(role.Root.Items("rules"), r => r.Texts("resources").Contains("pods") && r.Texts("apiGroups").Contains(""));

            Assert.Superset(new HashSet<string> { "get", "list", "watch", "patch" }, podRule.Texts("verbs").ToHashSet());
        }
    }

    [Fact]
    public void SiloDeployments_EachPinTheirRegionAndSetItAsThaiyyalRegion()
    {
        var regions = new List<string>();
        foreach (var silo in SiloDeployments)
        {
            var region = Assert.Single(silo.Containers).Items("env").Single(e => e.Text("name") == "Thaiyyal__Region").Text("value")!;
            var terms = silo.PodSpec.Map("affinity").Map("nodeAffinity").Map("requiredDuringSchedulingIgnoredDuringExecution").Items("nodeSelectorTerms");
            var expression = Assert.Single(terms.SelectMany(t => t.Items("matchExpressions")), e => e.Text("key") == "topology.kubernetes.io/region");

            Assert.Equal([region], expression.Texts("values"));
            regions.Add(region);
        }

        Assert.True(regions.Count >= 2 && regions.Distinct().Count() == regions.Count, "one silo Deployment per region, two regions at least");
    }

    [Fact]
    public void Probes_RequestHealthPathsOnPortsTheContainersDeclareAndListenOn()
    {
        var probed = 0;
        foreach (var workload in Workloads.Where(w => w.Kind != "Job"))
        {
            foreach (var container in workload.Containers)
            {
                var ports = container.Items("ports").ToDictionary(p => p.Text("name") ?? "", p => int.Parse(p.Text("containerPort")!, System.Globalization.CultureInfo.InvariantCulture));
                var listenKey = IsSiloImage(container) ? HostConfigurationKeys.ToEnvironment(SiloHttpEndpoints.HealthUrlsKey) : "Urls";
                var listenUrls = container.Items("env").Single(e => e.Text("name") == listenKey).Text("value")!;
                foreach (var probe in new[] { "startupProbe", "readinessProbe", "livenessProbe" })
                {
                    var get = container.Map(probe).Map("httpGet");
                    Assert.True(get is not null, $"{workload}: {container.Text("name")} has no {probe}");
                    Assert.Contains(get.Text("path"), HealthPaths.All);
                    Assert.True(ports.TryGetValue(get.Text("port")!, out var port), $"{workload}: {probe} port {get.Text("port")} is not a named container port");
                    Assert.Equal(ListenUrls.Port(listenUrls), port);
                    probed++;
                }
            }
        }

        Assert.True(probed >= 9, "silos of two regions and the client host are probed");
    }

    [Fact]
    public void SiloContainers_DeclareTheSiloAndGatewayPortsTheSiloListensOn()
    {
        var defaults = new ThaiyyalHostingOptions();
        foreach (var container in SiloDeployments.SelectMany(s => s.Containers))
        {
            var ports = container.Items("ports").Select(p => p.Text("containerPort")).ToList();

            Assert.Contains(defaults.SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture), ports);
            Assert.Contains(defaults.GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture), ports);
        }
    }

    [Fact]
    public void MigrationJob_RunsMigrateWithTheSiloImageAndTheDatabaseSecret()
    {
        var job = Assert.Single(Objects, o => o.Kind == "Job");
        var container = Assert.Single(job.Containers);

        Assert.True(IsSiloImage(container));
        Assert.Equal([Thaiyyal.Grains.Persistence.Migrations.MigrateCommand.Verb], container.Texts("args"));
        Assert.Empty(container.Texts("command")); // keeps the image's ENTRYPOINT (dotnet Thaiyyal.Silo.dll)
        Assert.NotEmpty(EnvFrom(container, "secretRef"));
        Assert.NotEqual("Always", job.PodSpec.Text("restartPolicy"));
    }

    [Fact]
    public void ClientDeployment_JoinsAsClientAndItsServiceTargetsTheHttpPort()
    {
        var client = Assert.Single(Workloads, w => w.Containers.Any(c => ImageName(c.Text("image")) == "thaiyyal/client"));
        var container = Assert.Single(client.Containers);
        var service = Assert.Single(Objects, o => o.Kind == "Service" && Selects(o.Root.Map("spec").Pairs("selector"), client.PodLabels));

        Assert.Equal("Client", container.Items("env").Single(e => e.Text("name") == "Thaiyyal__Mode").Text("value"));
        Assert.All(service.Root.Map("spec").Items("ports"), p =>
            Assert.Contains(container.Items("ports"), c => c.Text("name") == p.Text("targetPort") || c.Text("containerPort") == p.Text("targetPort")));
    }

    [Fact]
    public void SelectorsOfServicesBudgetsAndDeployments_MatchPods()
    {
        foreach (var workload in Workloads.Where(w => w.Kind != "Job"))
        {
            Assert.True(Selects(workload.Root.Map("spec").Map("selector").Pairs("matchLabels"), workload.PodLabels), $"{workload}: selector does not match its pod labels");
        }
        var budget = Assert.Single(Objects, o => o.Kind == "PodDisruptionBudget");
        var selector = budget.Root.Map("spec").Map("selector").Pairs("matchLabels");

        Assert.Equal(SiloDeployments.Select(s => s.Name).Order(), Workloads.Where(w => Selects(selector, w.PodLabels)).Select(w => w.Name).Order());
    }

    [Fact]
    public void Images_AreTheImagesTheComposeFileBuilds()
    {
        var composeImages = DeployFiles.LoadCompose().Map("services").Entries()
            .Where(s => s.Value.Map("build") is not null)
            .Select(s => ImageName(s.Value.Text("image")))
            .ToHashSet();
        var manifestImages = Workloads.SelectMany(w => w.Containers).Select(c => ImageName(c.Text("image"))).ToHashSet();

        Assert.Superset(manifestImages, composeImages);
    }

    [Fact]
    public void Kustomization_ListsEveryManifestExceptThePlaceholderSecret()
    {
        var kustomization = DeployFiles.LoadDocuments(Path.Combine(DeployFiles.KubernetesDirectory, "kustomization.yaml")).Single();
        var listed = kustomization.Texts("resources").ToHashSet();
        var files = Objects.Select(o => o.File).ToHashSet();
        var placeholders = Objects.Where(o => o.Kind == "Secret").Select(o => o.File).ToHashSet();

        Assert.Equal(files.Except(placeholders).Order(), listed.Order());
        Assert.All(listed, f => Assert.True(File.Exists(Path.Combine(DeployFiles.KubernetesDirectory, f)), f));
    }

    private static IEnumerable<string> EnvFrom(YamlNode container, string kind) =>
        container.Items("envFrom").Select(e => e.Map(kind).Text("name")).OfType<string>();

    private static bool Selects(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels) =>
        selector.Count > 0 && selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value);

    /// <summary>An image reference without its tag: <c>thaiyyal/silo:local</c> → <c>thaiyyal/silo</c>.</summary>
    private static string? ImageName(string? image) => image is null ? null : image.Contains(':', StringComparison.Ordinal) ? image[..image.LastIndexOf(':')] : image;
}
