#!/usr/bin/env bash
# CheckUp: build, serve, test and measure, on a fresh Debian machine with Rust.
#
#   ./setup.sh serve    build the app (release) and serve it on http://127.0.0.1:8080
#   ./setup.sh test     run every test: format, clippy (native and wasm), native tests,
#                       in-browser tests, the release build, its size budget, end-to-end tests
#   ./setup.sh bench    print sizes and timings (first load, scoring, PDF)
#   ./setup.sh build    build dist/ (release) only
#   ./setup.sh tools    install what is missing, nothing else
#
# Each command first installs what is missing, and only that: the wasm32 target, trunk,
# wasm-bindgen-cli at the version in Cargo.lock, wasm-opt (npm binaryen), for tests
# Debian's chromium, chromium-driver, poppler-utils and qpdf, for the benchmark Lighthouse
# (npm). Nothing is downloaded
# from a website at run time: tools come from crates.io, npm and Debian's archive.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD
TOOLS="$ROOT/.tools"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
AXE_VERSION=4.10.3
LIGHTHOUSE_VERSION=12.2.3
export PATH="$HOME/.cargo/bin:$TOOLS/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

log() { printf '\n==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The wasm-bindgen version that Cargo.lock pins (the CLI must match it exactly).
lock_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "installing Debian packages needs root: $*"
  fi
}

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" \
    || { as_root apt-get update -q && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; }
}

ensure_build_tools() {
  if [ ! -f Cargo.lock ]; then cargo generate-lockfile; fi
  rustup target list --installed | grep -qx wasm32-unknown-unknown || {
    log "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown; }

  if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
    log "installing trunk $TRUNK_VERSION (a few minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi

  local wb; wb=$(lock_version wasm-bindgen)
  [ -n "$wb" ] || die "Cargo.lock names no wasm-bindgen"
  grep -q "^wasm_bindgen = \"$wb\"" Trunk.toml \
    || die "Trunk.toml [tools] wasm_bindgen must be \"$wb\", the version in Cargo.lock"
  if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wb"; then
    log "installing wasm-bindgen-cli $wb (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$wb" --force
  fi

  if ! { [ -x "$TOOLS/node_modules/.bin/wasm-opt" ] && "$TOOLS/node_modules/.bin/wasm-opt" --version | grep -q "version_${BINARYEN_VERSION%%.*}"; } \
     || [ ! -f "$TOOLS/node_modules/axe-core/axe.min.js" ]; then
    command -v npm >/dev/null || apt_install nodejs npm
    log "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) and axe-core@$AXE_VERSION into .tools/"
    mkdir -p "$TOOLS"
    [ -f "$TOOLS/package.json" ] || echo '{"private": true}' > "$TOOLS/package.json"
    npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error \
      "binaryen@$BINARYEN_VERSION" "axe-core@$AXE_VERSION"
  fi
}

ensure_test_tools() {
  apt_install chromium chromium-driver poppler-utils qpdf
}

build() {
  ensure_build_tools
  log "building dist/ (release)"
  cargo fetch --quiet
  trunk build --release --offline
}

serve() {
  ensure_build_tools
  cargo fetch --quiet
  log "building and serving on http://127.0.0.1:8080/ (Ctrl-C to stop)"
  trunk serve --release --offline --no-autoreload --disable-address-lookup --address 127.0.0.1 --port 8080
}

run_tests() {
  ensure_build_tools
  ensure_test_tools
  cargo fetch --quiet
  local wasm=(--target wasm32-unknown-unknown --no-default-features)

  log "format"
  cargo fmt --all --check

  log "clippy: native (core, PDF, command line, tests)"
  cargo clippy --all-targets --features e2e -- -D warnings
  log "clippy: wasm32 first screen, browser app, in-browser tests, PDF and documents workers"
  cargo clippy "${wasm[@]}" --features first --bin first_screen --lib -- -D warnings
  cargo clippy "${wasm[@]}" --features web --bin checkup --lib --test browser -- -D warnings
  cargo clippy "${wasm[@]}" --features worker --bin pdf_worker --lib -- -D warnings
  cargo clippy "${wasm[@]}" --features docs-worker --bin docs_worker --lib -- -D warnings

  log "native tests: packs, engine, report, PDF, command line"
  cargo test

  log "in-browser tests (wasm-bindgen-test in headless Chromium)"
  CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test "${wasm[@]}" --features web --test browser

  build

  log "size budget of the first load"
  cargo test --features e2e --test bench -- --budget

  log "end-to-end tests in headless Chromium"
  cargo test --features e2e --test e2e -- --test-threads=2

  log "all tests passed"
}

# Lighthouse, for the benchmark only (npm; it drives Debian's Chromium).
ensure_bench_tools() {
  if ! { [ -x "$TOOLS/node_modules/.bin/lighthouse" ] \
         && grep -q "\"version\": \"$LIGHTHOUSE_VERSION\"" "$TOOLS/node_modules/lighthouse/package.json"; }; then
    log "installing lighthouse@$LIGHTHOUSE_VERSION into .tools/"
    npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION"
  fi
}

bench() {
  ensure_build_tools
  ensure_test_tools
  ensure_bench_tools
  [ -f dist/index.html ] || build
  cargo test --release --features e2e --test bench -- "$@"
}

case "${1:-}" in
  serve) serve ;;
  test) run_tests ;;
  build) build ;;
  bench) shift; bench "$@" ;;
  tools) ensure_build_tools; ensure_test_tools; ensure_bench_tools ;;
  *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
