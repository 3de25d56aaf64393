#!/usr/bin/env bash
# Installs what the end-to-end tests need: Debian's chromium/ripgrep/libkrb5-dev and
# code-server 4.99.4 (= VS Code 1.99.3), cached outside the clone.
# Idempotent; safe under CI=true with no stdin. See shared/spec/real-vscode.md for why
# each workaround exists (only the npm registry and Debian apt are reachable).
set -euo pipefail

VERSION=4.99.4
CACHE="${ARCHLENS_CACHE:-${HOME:-/root}/.cache/archlens}"
DEST="$CACHE/code-server-$VERSION"
MARKER="$DEST/.archlens-installed"   # written last: its presence means a complete install
LOG="$CACHE/setup-e2e.log"

say() { echo "[setup-e2e] $*"; }

# --- Debian packages -------------------------------------------------------------
missing=()
# fonts-nanum: Hangul glyphs, so screenshots of Korean UI text and comments are readable.
for pkg in chromium ripgrep libkrb5-dev fonts-nanum; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
  say "apt: installing ${missing[*]}"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" </dev/null >/dev/null
else
  say "apt: chromium ripgrep libkrb5-dev fonts-nanum already installed"
fi

# --- code-server -----------------------------------------------------------------
if [ -f "$MARKER" ]; then
  say "code-server $VERSION cached at $DEST"
  exit 0
fi

mkdir -p "$CACHE"
# Serialise concurrent setups (two test runs at once) on one lock file.
exec 9>"$CACHE/.setup.lock"
flock 9
if [ -f "$MARKER" ]; then say "code-server $VERSION cached at $DEST"; exit 0; fi

: >"$LOG"
trap 'rc=$?; if [ $rc -ne 0 ]; then say "FAILED (exit $rc); last log lines from $LOG:"; tail -n 40 "$LOG" >&2; fi' EXIT
run() { "$@" </dev/null >>"$LOG" 2>&1; }

# As root, code-server's postinstall refuses to run without unsafe_perm; node-pty's
# install calls `npx node-gyp`, which would prompt (the machine's npm has yes=false).
export npm_config_yes=true npm_config_unsafe_perm=true
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
export npm_config_progress=false
# node-gyp would download Node's headers (unreachable); build against the installed ones.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi

start=$SECONDS
rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"

say "code-server: npm pack code-server@$VERSION"
run npm pack "code-server@$VERSION" --pack-destination "$DEST"
run tar -xzf "code-server-$VERSION.tgz"
rm -f "code-server-$VERSION.tgz"
PKG="$DEST/package"

say "code-server: installing server dependencies"
cd "$PKG"
run npm install --omit=dev --ignore-scripts
# Only argon2 needs its native build here; a bare `npm rebuild` would re-run
# code-server's own postinstall, which reinstalls VS Code without the ripgrep fix.
run npm rebuild argon2

say "code-server: installing VS Code dependencies (native builds, ~1 min)"
cd "$PKG/lib/vscode"
run npm install --omit=dev --ignore-scripts
# @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable); it skips the
# download when bin/ exists, so point it at Debian's rg first.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sfn /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
run npm rebuild
ln -sfn node_modules node_modules.asar

ln -sfn code-linux.sh "$PKG/lib/vscode/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$PKG/lib/vscode/bin/helpers/browser.sh"

say "code-server: installing built-in extensions' dependencies"
cd "$PKG/lib/vscode/extensions"
run npm install --omit=dev

# --config keeps code-server from writing a default config into ~/.config.
ver="$(node "$PKG/out/node/entry.js" --config "$DEST/config.yaml" --version 2>>"$LOG" | grep -m1 'with Code' || true)"
case "$ver" in
  "$VERSION "*"with Code 1.99.3"*) ;;
  *) echo "unexpected code-server --version output: '$ver'" >>"$LOG"; exit 1 ;;
esac

date -u +%FT%TZ >"$MARKER"
say "code-server: installed ($ver) in $((SECONDS - start))s"
