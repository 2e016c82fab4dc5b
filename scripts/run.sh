#!/usr/bin/env bash
# Installs what is missing, builds, and opens the panel: on the real stack when one answers
# on the default ports, otherwise on the local sandbox stack (scripts/sandbox.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh

if ./build/app/datastack-panel --check >/dev/null 2>&1 || [ -n "${DSP_PROFILE:-}" ]; then
    exec ./build/app/datastack-panel "$@"
fi
# Any one service answering on its default port means a real stack is there.
answering=0
for port in 8000 8001 9000 5432 9047 7233; do
    (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && answering=1 && break
done
if [ "$answering" = 1 ]; then
    exec ./build/app/datastack-panel "$@"
fi
echo "run.sh: no stack answers on the default ports; starting the sandbox"
exec ./scripts/sandbox.sh ./build/app/datastack-panel "$@"
