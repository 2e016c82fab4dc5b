#!/usr/bin/env bash
# Builds services, widgets, app and the tests with AddressSanitizer and UndefinedBehaviorSanitizer
# into build-asan/, and runs the unit and integration tests there, so that a use after free, a
# dangling reference or undefined behaviour fails the run. scripts/test.sh runs it after the
# normal suite; arguments go to ctest. Not built here: the benchmarks. Not run here: the
# translation check and the <name>_each_alone runs (label "alone"), which the normal build
# covers.
#
# Debug at -O0: Qt's and our assertions stay on. -O1 made the build take about 40% more CPU
# time on 2 cores for no gain: the tests wait on servers and timeouts, not on the CPU, and at
# -O0 every local lives on the stack where ASan checks it.
# Warnings are not errors here: GCC warns differently with sanitizers on (its manual says
# -fsanitize can produce false-positive warnings), and the normal build already holds the code
# to -Werror.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitize="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS="-O0 $sanitize" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitize" \
    -DCMAKE_SHARED_LINKER_FLAGS="$sanitize" \
    -DDSP_WARNINGS_AS_ERRORS=OFF -DDSP_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-asan --parallel "$(nproc)"

# AddressSanitizer and LeakSanitizer reports go to files in build-asan/sanitizer-reports/ (named
# after the executable), not to stderr: a test that runs datastack-panel reads the panel's stderr
# itself, so a report there would otherwise show only as a wrong exit code. Any report fails this
# script, and all are printed after the test summary. UBSan (a separate runtime with GCC, which
# ignores log_path) prints to stderr and stops the process at the first error.
# LeakSanitizer is on, with the suppressions in tests/lsan.supp (one: OpenSSL's per-thread
# random generator; the file says why). detect_stack_use_after_return catches a callback that
# runs after the stack frame whose locals it captured by reference has returned.
reports="$PWD/build-asan/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:log_path=$reports/asan:log_exe_name=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

status=0
(cd build-asan && ctest -L '^(unit|integration)$' -E '^translations_complete$' \
    --parallel "$(nproc)" --output-on-failure --timeout 300 "$@") || status=$?

shopt -s nullglob
found=("$reports"/*)
if ((${#found[@]})); then
    for f in "${found[@]}"; do
        echo "===== sanitizer report: ${f#"$PWD"/} ====="
        cat "$f"
    done
    echo "test-asan.sh: ${#found[@]} sanitizer report(s), above"
    ((status)) || status=1
fi
exit "$status"
