#!/usr/bin/env bash
# Installs what building and testing `timeline` needs on a Debian machine, and
# nothing when it is already there: libedit-dev (line editing), pkg-config
# (finds libedit), tmux (the real-terminal REPL test). With `--test` (as `make
# test` passes) also chromium, for scripts/html-render-test.sh (~80 MB; `make
# run` does not pass it, so running never installs a browser).
set -euo pipefail
testing=false
for argument in "$@"; do
  [ "$argument" = "--test" ] && testing=true
done
missing=()
dpkg -s libedit-dev >/dev/null 2>&1 || missing+=(libedit-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
if $testing; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}" >&2
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: no apt-get here; please install: ${missing[*]}" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
