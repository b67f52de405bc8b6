#!/usr/bin/env bash
# A Thaiyyal cluster on this machine, as plain processes on loopback: a throwaway PostgreSQL, the migrations,
# N headless silos in two regions (alternating: silo 1, 3, … in the first, 2, 4, … in the second) and an API host in
# client mode on http://127.0.0.1:5080 (in the first region).
#
#   deploy/local-cluster.sh start [silos]   # default 2 silos
#   deploy/local-cluster.sh stop            # stops everything (gracefully: SIGTERM) and deletes the database
#   deploy/local-cluster.sh status
#   THAIYYAL_REGIONS="eu-west us-east" deploy/local-cluster.sh start 4   # region names (default: "east west")
#
# State lives in .local-cluster/ at the repository root (logs in .local-cluster/logs).
# See the cluster: curl -s http://127.0.0.1:5080/api/v1/cluster
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dir=$root/.local-cluster
port=${THAIYYAL_PG_PORT:-55432}
api_port=${THAIYYAL_API_PORT:-5080}
silo_base=${THAIYYAL_SILO_PORT_BASE:-11110}       # silo i listens on silo_base+i and gateway_base+i
gateway_base=${THAIYYAL_GATEWAY_PORT_BASE:-30000}
read -r -a regions <<<"${THAIYYAL_REGIONS:-east west}"
connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=thaiyyal"

pg_bin() {
  if command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

as_pg_user() {
  # initdb refuses to run as root: run the server as the postgres user when we are root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local silos=${1:-2}
  local bin; bin=$(pg_bin)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2; exit 1; }
  mkdir -p "$dir/logs"
  if [ ! -d "$dir/pg/data" ]; then
    mkdir -p "$dir/pg"
    [ "$(id -u)" = 0 ] && chown -R postgres "$dir/pg"
    as_pg_user "$bin/initdb" -D "$dir/pg/data" -A trust -U postgres >/dev/null
  fi
  as_pg_user "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w \
    -o "-p $port -k $dir/pg -c listen_addresses=127.0.0.1" start </dev/null >/dev/null 2>&1
  psql -h 127.0.0.1 -p "$port" -U postgres -tc "SELECT 1 FROM pg_database WHERE datname='thaiyyal'" | grep -q 1 \
    || psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE thaiyyal"
  echo "PostgreSQL on 127.0.0.1:$port"

  dotnet build -c Release Thaiyyal.sln -v quiet -nologo >/dev/null
  export Thaiyyal__Storage=Postgres ConnectionStrings__Thaiyyal="$connection" Thaiyyal__AdvertisedAddress=127.0.0.1
  dotnet Silo/bin/Release/net10.0/Thaiyyal.Silo.dll migrate

  for i in $(seq 1 "$silos"); do
    local region=${regions[$(( (i - 1) % ${#regions[@]} ))]}
    Thaiyyal__SiloPort=$((silo_base + i)) Thaiyyal__GatewayPort=$((gateway_base + i)) Thaiyyal__Region=$region \
      nohup dotnet Silo/bin/Release/net10.0/Thaiyyal.Silo.dll </dev/null >"$dir/logs/silo-$i.log" 2>&1 &
    echo $! >"$dir/silo-$i.pid"
    echo "silo $i: region $region, silo port $((silo_base + i)), gateway $((gateway_base + i)), pid $!"
  done
  cd Client
  # A local development cluster: loopback callers without credentials are tenant default's installation admin,
  # as in embedded mode (a client-mode host otherwise requires credentials).
  Thaiyyal__Mode=Client Thaiyyal__Region=${regions[0]} Thaiyyal__Auth__Anonymous=loopback \
    nohup dotnet bin/Release/net10.0/Thaiyyal.Client.dll --urls "http://127.0.0.1:$api_port" \
    </dev/null >"$dir/logs/client.log" 2>&1 &
  echo $! >"$dir/client.pid"
  cd "$root"
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$api_port/health/ready" >/dev/null 2>&1; then
      echo "API ready on http://127.0.0.1:$api_port (client mode, $silos silos)"; return 0
    fi
    sleep 1
  done
  echo "API did not become ready; see $dir/logs" >&2; exit 1
}

stop() {
  local pids=()
  for pidfile in "$dir"/*.pid; do
    [ -e "$pidfile" ] || continue
    pids+=("$(cat "$pidfile")")
    rm -f "$pidfile"
  done
  # SIGTERM: each silo drains (its runs finish their nodes in flight and move on) within Thaiyyal:ShutdownTimeout.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 90); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  done
  local bin; bin=$(pg_bin)
  if [ -d "$dir/pg/data" ]; then
    as_pg_user "$bin/pg_ctl" -D "$dir/pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  echo "stopped"
}

status() {
  for pidfile in "$dir"/*.pid; do
    [ -e "$pidfile" ] || { echo "not running"; return; }
    local name; name=$(basename "$pidfile" .pid)
    if kill -0 "$(cat "$pidfile")" 2>/dev/null; then echo "$name: running (pid $(cat "$pidfile"))"; else echo "$name: stopped"; fi
  done
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start [silos] | stop | status" >&2; exit 2 ;;
esac
