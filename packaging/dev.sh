#!/usr/bin/env bash
# Developer entry point: deps | build | run | test | package.
#   packaging/dev.sh run    set up, start the demo database and open the console
#   packaging/dev.sh test   set up, build and run the whole test suite, then once more built with
#                           clang, AddressSanitizer and UndefinedBehaviorSanitizer, with the fuzzers
#                           (FX_SKIP_SANITIZED=1 skips that second run)
#   packaging/dev.sh package  build the Debian package into build/packages
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${FX_BUILD_DIR:-$ROOT/build}"
SANITIZED_BUILD="${FX_SANITIZED_BUILD_DIR:-$ROOT/build-sanitized}"
JOBS="${FX_JOBS:-$(nproc 2>/dev/null || echo 2)}"

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-psql libqt6svg6 qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-qpa-plugins libgl-dev
    libspdlog-dev libssl-dev libzip-dev libyaml-cpp-dev qtkeychain-qt6-dev libpq-dev openssl
    postgresql-15 postgresql-contrib clang libclang-rt-14-dev
    xvfb xauth fonts-dejavu-core imagemagick p7zip-full python3-jsonschema poppler-utils
    dpkg-dev lintian desktop-file-utils appstream
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        echo "dev.sh: all packages present"
        return
    fi
    echo "dev.sh: installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE="${FX_BUILD_TYPE:-RelWithDebInfo}" \
        "${launcher[@]}" ${FX_CMAKE_ARGS:-}
    cmake --build "$BUILD" -j "$JOBS"
}

run() {
    deps
    build
    "$BUILD/bin/fxctl" demo up
    local gui=("$BUILD/bin/fxconsole")
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "dev.sh: no display found; starting the console under xvfb-run"
        gui=(xvfb-run -a "${gui[@]}")
    fi
    exec "${gui[@]}" "$@"
}

test_all() {
    deps
    build
    (cd "$BUILD" && ctest --output-on-failure -j "$JOBS" --timeout 900 -LE long)
    [ "${FX_SKIP_SANITIZED:-0}" = 1 ] || test_sanitized
}

# The suite again, built with clang and ASan/UBSan (any report fails the test that caused it),
# plus each libFuzzer target for a short run. Not again: the package check, and the fault
# injection, whose subject is the server (the console's side of it runs in the other suites).
test_sanitized() {
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$SANITIZED_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DFX_SANITIZE=ON -DFX_FUZZ=ON -DFX_BUILD_BENCH=OFF "${launcher[@]}"
    cmake --build "$SANITIZED_BUILD" -j "$JOBS"
    (cd "$SANITIZED_BUILD" &&
        ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1" \
        LSAN_OPTIONS="suppressions=$ROOT/tests/support/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        ctest --output-on-failure -j "$JOBS" --timeout 900 -LE "long|package|faults")
}

package() {
    deps
    build
    (cd "$BUILD" && cpack -G DEB -B "$BUILD/packages")
    echo "dev.sh: install with: sudo apt install $BUILD/packages/fluxariont-console_*.deb"
}

cmd="${1:-}"
shift || true
case "$cmd" in
deps) deps ;;
build) build ;;
run) run "$@" ;;
test) test_all ;;
package) package ;;
*)
    echo "usage: packaging/dev.sh deps|build|run|test|package" >&2
    exit 2
    ;;
esac
