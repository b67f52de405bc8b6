# The headless silo (and its `migrate` verb). Build from the repository root:
#   docker build -f deploy/docker/Silo.Dockerfile -t thaiyyal/silo:local .
# Run: `docker run thaiyyal/silo:local` (a silo) or `docker run thaiyyal/silo:local migrate` (apply deploy/sql, exit).

ARG DOTNET_VERSION=10.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
WORKDIR /src
# Restore first, from the project files alone, so source edits reuse the restored layer.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY Grains.Abstractions/Grains.Abstractions.csproj Grains.Abstractions/
COPY Grains/Grains.csproj Grains/
COPY Silo/Silo.csproj Silo/
RUN dotnet restore Silo/Silo.csproj
COPY Grains.Abstractions/ Grains.Abstractions/
COPY Grains/ Grains/
COPY Silo/ Silo/
# The migrations are embedded in the Grains assembly.
COPY deploy/sql/ deploy/sql/
RUN dotnet publish Silo/Silo.csproj -c Release -o /app --no-restore -p:UseAppHost=false

# ASP.NET runtime: the silo serves its health probes (and optionally the dashboard page) on Kestrel.
FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS final
# curl for HEALTHCHECK only; the runtime image has no HTTP client.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV Thaiyyal__HealthUrls=http://+:8080
# 11111 silo-to-silo, 30000 client gateway, 8080 /health/live and /health/ready.
EXPOSE 11111 30000 8080
# The non-root user the .NET images define (uid 1654).
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "Thaiyyal.Silo.dll"]
