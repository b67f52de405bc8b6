#!/usr/bin/env bash
# Offline checks of deploy/ (no Docker engine, no Kubernetes cluster needed). Each tool that is missing is reported
# and skipped; the script fails when a check that ran failed. deploy/README.md says what each one proves.
#   apt-get install -y yamllint docker-compose   # Debian packages; node/npm for the schema checks; kubectl optional
#   deploy/validate/validate.sh
set -uo pipefail
cd "$(dirname "$0")"
failed=0
run() {
  local name=$1; shift
  if "$@"; then echo "ok: $name"; else echo "FAILED: $name" >&2; failed=1; fi
}
skip() { echo "skipped: $1 ($2 not installed)"; }

if command -v yamllint >/dev/null; then run "yamllint" yamllint -c ../.yamllint.yaml ..; else skip yamllint yamllint; fi
if command -v docker-compose >/dev/null; then
  run "docker-compose config" docker-compose -f ../docker-compose.yml config -q
elif docker compose version >/dev/null 2>&1; then
  run "docker compose config" docker compose -f ../docker-compose.yml config -q
else
  skip "compose config" "docker-compose or docker compose"
fi
if command -v npm >/dev/null; then
  [ -d node_modules ] || npm install --no-audit --no-fund --silent
  run "dclint (Compose spec schema + lint)" npx --no-install dclint ../docker-compose.yml
  run "Kubernetes OpenAPI schemas (kubernetes-models)" node validate-kubernetes.mjs ../kubernetes
else
  skip "schema checks" npm
fi
if command -v kubectl >/dev/null; then
  run "kubectl kustomize" sh -c 'kubectl kustomize ../kubernetes >/dev/null'
else
  skip "kustomize build" kubectl
fi
exit $failed
