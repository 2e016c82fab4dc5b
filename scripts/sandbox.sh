#!/usr/bin/env bash
# Starts the local sandbox stack (PostgreSQL, S3 behind a SigV4-checking front with MinIO's
# health routes, gRPC health, Airbyte and Dremio fakes) on free loopback ports, writes a
# profile for it, runs COMMAND against it (default: the panel) and stops it when COMMAND exits.
#   scripts/sandbox.sh [COMMAND...]     e.g. scripts/sandbox.sh build/app/datastack-panel --check --json
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
panel="$root/build/app/datastack-panel"
fakes="$root/build/tests/dsp-fakes"
if [ ! -x "$panel" ] || [ ! -x "$fakes" ]; then
    "$root/scripts/install-deps.sh"
    "$root/scripts/build.sh"
fi
[ -d "$root/tests/fixtures/node_modules/s3rver" ] || "$root/scripts/install-deps.sh"

work="$(mktemp -d -t dsp-sandbox-XXXXXX)"
cleanup() {
    exec 8>&- 9>&- 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Random secrets for this run only. They travel in environment variables (readable only by
# this user), never on a command line (any user can read /proc/*/cmdline), and never reach a
# file: the servers' READY lines carry ports and user names only.
DSP_MINIO_SECRET_KEY="$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
DSP_POSTGRES_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
DSP_DREMIO_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
export DSP_MINIO_SECRET_KEY DSP_POSTGRES_PASSWORD DSP_DREMIO_PASSWORD

# Each server runs until its stdin closes: we hold the write ends open on fds 8 and 9.
# stack.mjs reads its secrets from DSP_STACK_*, dsp-fakes the Dremio password from
# DSP_DREMIO_PASSWORD.
mkfifo "$work/stack.in" "$work/fakes.in"
# Each gets only the secrets it serves.
(
    export DSP_STACK_S3_SECRET_KEY="$DSP_MINIO_SECRET_KEY" DSP_STACK_PG_PASSWORD="$DSP_POSTGRES_PASSWORD"
    unset DSP_MINIO_SECRET_KEY DSP_POSTGRES_PASSWORD DSP_DREMIO_PASSWORD
    cd "$root/tests/fixtures" && exec node stack.mjs --access-key=sandbox
) <"$work/stack.in" >"$work/stack.out" 2>"$work/stack.log" &
exec 8>"$work/stack.in"
(
    unset DSP_MINIO_SECRET_KEY DSP_POSTGRES_PASSWORD
    # Airbyte's real connector registry when the reference material is beside the checkout.
    registry="$root/../shared/ref/airbyte/registry/oss_registry.json"
    args=(--dremio-user=sandbox)
    [ -f "$registry" ] && args+=(--airbyte-registry="$registry")
    # DSP_SANDBOX_DEMO=1: two connections with a month of syncs and one running now.
    [ "${DSP_SANDBOX_DEMO:-}" = 1 ] && args+=(--airbyte-demo)
    exec "$fakes" "${args[@]}"
) <"$work/fakes.in" >"$work/fakes.out" 2>"$work/fakes.log" &
exec 9>"$work/fakes.in"

wait_ready() { # file, what
    for _ in $(seq 1 600); do
        grep -q '^READY ' "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "sandbox: $2 did not start:" >&2
    cat "${1%.out}.log" >&2 || true
    exit 1
}
wait_ready "$work/stack.out" "the test stack"
wait_ready "$work/fakes.out" "the Airbyte/Dremio fakes"

json() { grep '^READY ' "$1" | sed 's/^READY //' | python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$2"; }
profile="$work/sandbox.ini"
cat >"$profile" <<INI
[panel]
name=Sandbox
sandbox=true
[airbyte]
apiUrl=http://127.0.0.1:$(json "$work/fakes.out" "d['airbyte']")
uiUrl=
[minio]
endpoint=http://127.0.0.1:$(json "$work/stack.out" "d['s3']['port']")
consoleUrl=
accessKey=sandbox
[postgres]
host=127.0.0.1
port=$(json "$work/stack.out" "d['pg']['port']")
user=postgres
[dremio]
url=http://127.0.0.1:$(json "$work/fakes.out" "d['dremio']")
uiUrl=
user=sandbox
[temporal]
host=127.0.0.1
port=$(json "$work/stack.out" "d['grpc']['port']")
uiUrl=
INI
export DSP_PROFILE="$profile"
echo "sandbox: profile $profile" >&2

if [ $# -eq 0 ]; then
    set -- "$panel"
fi
status=0
"$@" || status=$?
exit "$status"
