#!/usr/bin/env bash
# Installs what is missing, builds, checks formatting, and runs the whole test suite (CTest).
# The integration tests start their own servers (PostgreSQL, S3, gRPC) on loopback ports.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh

echo "test.sh: clang-format check"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 300 "$@"
