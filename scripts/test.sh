#!/usr/bin/env bash
# Installs what is missing, builds, checks formatting, and runs the whole test suite (CTest),
# then the unit and integration tests again under AddressSanitizer and UndefinedBehaviorSanitizer
# (scripts/test-asan.sh, into build-asan/). The integration tests start their own servers
# (PostgreSQL, S3, gRPC) on loopback ports. Arguments go to both ctest runs. Both suites run even
# when the first fails; the script fails when either does.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
SECONDS=0
./scripts/build.sh
build_time=$SECONDS

echo "test.sh: clang-format check"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

echo "test.sh: tests (build/)"
SECONDS=0
tests=0
(cd build && QT_QPA_PLATFORM=offscreen ctest --parallel "$(nproc)" --output-on-failure --timeout 300 "$@") || tests=$?
tests_time=$SECONDS

echo "test.sh: sanitizer build and tests (build-asan/)"
SECONDS=0
asan=0
./scripts/test-asan.sh "$@" || asan=$?
asan_time=$SECONDS

outcome() { if (($1)); then echo "FAILED (exit $1)"; else echo "passed"; fi; }
echo "test.sh: build ${build_time} s; tests $(outcome $tests) in ${tests_time} s;" \
    "sanitizer build and tests $(outcome $asan) in ${asan_time} s"
((tests == 0 && asan == 0))
