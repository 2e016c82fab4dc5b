#!/usr/bin/env bash
# Builds services, widgets, app and the tests with AddressSanitizer and UndefinedBehaviorSanitizer
# into build-asan/, and runs the unit and integration tests there, so that a use after free, a
# dangling reference or undefined behaviour fails the run. scripts/test.sh runs it after the
# normal suite; arguments go to ctest. Not run here: the benchmark, the translation check and the
# <name>_each_alone runs (label "alone"), which the normal build covers.
#
# Debug at -O1: Qt's and our assertions stay on, and -O1 keeps the build and the tests fast.
# Warnings are not errors here: GCC warns differently with sanitizers on (its manual says
# -fsanitize can produce false-positive warnings), and the normal build already holds the code
# to -Werror.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitize="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS="-O1 $sanitize" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitize" \
    -DCMAKE_SHARED_LINKER_FLAGS="$sanitize" \
    -DDSP_WARNINGS_AS_ERRORS=OFF >/dev/null
cmake --build build-asan --parallel "$(nproc)"

# LeakSanitizer stays on (ASan's default): every unit and integration test leaks nothing here
# without a suppression. If a system library (fontconfig, say) ever reports a leak that is not
# ours, list it in a suppressions file under tests/ (LSAN_OPTIONS=suppressions=...) rather than
# turning leak checking off. detect_stack_use_after_return catches a callback that outlives
# the stack frame whose locals it captured by reference.
export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd build-asan
ctest -L '^(unit|integration)$' -E '^translations_complete$' --output-on-failure --timeout 300 "$@"
