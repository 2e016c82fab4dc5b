#!/usr/bin/env bash
# Installs what building, running and testing need on Debian 12; a no-op when all is there.
# Debian packages through apt, the npm test tools at the versions pinned in
# tests/fixtures/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-qpa-plugins libgl-dev qt6-translations-l10n
    nlohmann-json3-dev libsimdjson-dev libvalijson-dev libpq-dev qtkeychain-qt6-dev libpcre2-dev
    postgresql gnome-keyring dbus-daemon
    clang-format
    openssl
    python3 python3-jinja2
    locales
)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js: the machine's own (node 20 + npm) when present, Debian's otherwise.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The French locale: a test runs PostgreSQL with lc_messages=fr_FR.UTF-8, which the server
# refuses when the machine lacks the locale.
installed_locales="$(locale -a 2>/dev/null || true)"
if ! grep -qix 'fr_FR\.utf-\?8' <<<"$installed_locales"; then
    echo "install-deps: generating the fr_FR.UTF-8 locale"
    if grep -q '^# *fr_FR\.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
        $SUDO sed -i 's/^# *\(fr_FR\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    elif ! grep -q '^fr_FR\.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
        echo 'fr_FR.UTF-8 UTF-8' | $SUDO tee -a /etc/locale.gen >/dev/null
    fi
    $SUDO locale-gen
fi

# npm tools for the test stack, pinned by the committed lockfile.
lock=tests/fixtures/package-lock.json
stamp=tests/fixtures/node_modules/.dsp-lock
if [ -f "$lock" ] && ! cmp -s "$lock" "$stamp" 2>/dev/null; then
    echo "install-deps: npm ci in tests/fixtures"
    (cd tests/fixtures && npm ci --no-audit --no-fund --loglevel=error)
    cp "$lock" "$stamp"
fi
