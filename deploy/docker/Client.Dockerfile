# The client host: HTTP API (+ /dashboard, /metrics). Build from the repository root:
#   docker build -f deploy/docker/Client.Dockerfile -t thaiyyal/client:local .
# Alone it embeds its own silo (Thaiyyal__Mode=Embedded, in-memory storage); in a cluster set
# Thaiyyal__Mode=Client, Thaiyyal__Storage=Postgres and ConnectionStrings__Thaiyyal.

ARG DOTNET_VERSION=10.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY Grains.Abstractions/Grains.Abstractions.csproj Grains.Abstractions/
COPY Grains/Grains.csproj Grains/
COPY Client/Client.csproj Client/
RUN dotnet restore Client/Client.csproj
COPY Grains.Abstractions/ Grains.Abstractions/
COPY Grains/ Grains/
COPY Client/ Client/
COPY deploy/sql/ deploy/sql/
RUN dotnet publish Client/Client.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS final
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# appsettings.json listens on 127.0.0.1:5080 for `dotnet run`; in a container listen on every interface.
ENV Urls=http://+:8080
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "Thaiyyal.Client.dll"]
