#!/usr/bin/env bash
# The REPL in a real terminal: tmux runs the built `timeline`, this script types
# into it (send-keys) and asserts what the screen shows (capture-pane).
# It checks Tab completion, history recall with Up, Ctrl-C cancelling a line
# and stopping a long command,
# the continuation prompt, Ctrl-R search, UTF-8 input, history surviving a
# restart, and Ctrl-D leaving. Run by `make test`; usage: scripts/repl-test.sh [BINARY]
set -u
cd "$(dirname "$0")/.."
BIN=${1:-$(swift build --show-bin-path)/timeline}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
command -v tmux >/dev/null || { echo "repl-test: tmux is not installed" >&2; exit 1; }
[ -x "$BIN" ] || { echo "repl-test: no binary at $BIN (run swift build)" >&2; exit 1; }

TMP=$(mktemp -d)
SOCKET="timeline-test-$$"
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
mkdir -p "$TMP/home" "$TMP/config"
passed=0
failed=0

start() {
  tmux -L "$SOCKET" -f /dev/null new-session -d -x 120 -y 40 \
    "env -i PATH=/usr/bin:/bin HOME=$TMP/home XDG_CONFIG_HOME=$TMP/config TIMELINE_HISTORY=$TMP/history \
     LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color PAGER=cat $BIN; echo \"EXIT=\$?\" > $TMP/status; sleep 30"
}
screen() { tmux -L "$SOCKET" capture-pane -p; }
keys() { tmux -L "$SOCKET" send-keys "$@"; }
# The line holding the cursor (the line being edited).
cursor_line() {
  local y
  y=$(tmux -L "$SOCKET" display -p '#{cursor_y}')
  screen | sed -n "$((y + 1))p"
}
wait_for() {  # wait_for PATTERN: poll the screen up to 5 s for a fixed string
  for _ in $(seq 100); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.05
  done
  return 1
}
check() {  # check NAME COMMAND...: run a check, count and report it
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok     $name"
  else
    failed=$((failed + 1))
    echo "FAILED $name"
    echo "--- screen ---"
    screen | sed -e '/^$/d' | tail -15
    echo "--------------"
  fi
}
line_is() { [ "$(cursor_line | sed -e 's/ *$//')" = "$1" ]; }
settle() { sleep 0.3; }

PROMPT='built-in (20 events)>'
start
check "prompt names the timeline and its events" wait_for "$PROMPT"

keys "cou" Tab
settle
check "Tab completes a command name in place" line_is "$PROMPT count"
keys "kind:tal" Tab
settle
check "Tab completes a field value from the data" line_is "$PROMPT count kind:tally"
keys Enter
check "the completed command runs" wait_for "2 events"

keys "list tag:" Tab Tab
settle
check "Tab twice lists several candidates" bash -c "tmux -L $SOCKET capture-pane -p | grep -F 'tag:arrests' | grep -qF 'tag:quotas'"
check "the line is kept while candidates are listed" line_is "$PROMPT list tag:"
keys C-c
settle
check "Ctrl-C cancels the line and gives a fresh prompt" line_is "$PROMPT"
check "Ctrl-C does not end the session" test ! -e "$TMP/status"

keys Up
settle
check "Up recalls the previous command" line_is "$PROMPT count kind:tally"
keys C-u "list (kind:tally or" Enter
check "an open parenthesis asks for a continuation line" wait_for "...>"
keys "kind:briefing)" Enter
check "the continued command runs as one" wait_for "(3 events)"

keys "find café" 
settle
check "UTF-8 input is kept" line_is "$PROMPT find café"
keys Enter
check "UTF-8 command runs" wait_for "no events match"

keys C-r "count k"
settle
check "Ctrl-R searches the history" bash -c "tmux -L $SOCKET capture-pane -p | grep -B1 -F 'bck:count k' | grep -qF '> count kind:tally'"
keys C-g
settle
keys C-c
settle

keys "history" Enter
check "history lists the session's commands" wait_for "list (kind:tally or kind:briefing)"

keys C-d
for _ in $(seq 100); do [ -e "$TMP/status" ] && break; sleep 0.05; done
check "Ctrl-D on an empty line leaves, with status 0" grep -qx "EXIT=0" "$TMP/status"
tmux -L "$SOCKET" kill-server 2>/dev/null
rm -f "$TMP/status"

check "history was written to the history file" grep -qF "count kind:tally" "$TMP/history"
start
wait_for "$PROMPT" >/dev/null
keys Up
settle
check "history survives a restart" line_is "$PROMPT history"
keys Up Up
settle
check "a continued command is one history entry" line_is "$PROMPT list (kind:tally or kind:briefing)"
keys C-u "quit" Enter
for _ in $(seq 100); do [ -e "$TMP/status" ] && break; sleep 0.05; done
check "quit leaves with status 0" grep -qx "EXIT=0" "$TMP/status"
tmux -L "$SOCKET" kill-server 2>/dev/null
rm -f "$TMP/status"

# ~/.editrc and the init file: vi keys for this program, options and errors at start.
printf 'timeline:bind -v\n' > "$TMP/home/.editrc"
mkdir -p "$TMP/config/timeline"
printf 'set timer on\nset fromat json\n' > "$TMP/config/timeline/init.tl"
start
check "an init-file error names file:line:column" wait_for "init.tl:2:5: error: unknown option 'fromat'"
check "the session starts after an init-file error" wait_for "$PROMPT"
keys "count" Escape
settle
keys "x"
settle
check "~/.editrc is read (vi mode: Escape, x deletes a character)" line_is "$PROMPT coun"
keys "A" "t kind:tally" Enter
check "the init file's 'set timer on' took effect" wait_for "Time:"
keys Escape
settle
keys "i" "quit" Enter
for _ in $(seq 100); do [ -e "$TMP/status" ] && break; sleep 0.05; done
check "vi-mode session leaves with quit" grep -qx "EXIT=0" "$TMP/status"

tmux -L "$SOCKET" kill-server 2>/dev/null
rm -f "$TMP/status" "$TMP/home/.editrc" "$TMP/config/timeline/init.tl"

# Editing in the REPL: the guided add, the question before replacing a file,
# and the one warning about unsaved changes on leaving.
start
wait_for "$PROMPT" >/dev/null
keys "add" Enter
check "add alone starts a guided form" wait_for "id (lowercase-with-hyphens):"
keys "desk-check" Enter
wait_for "date (EDTF" >/dev/null
keys "2025-02-06" Enter
wait_for "how the date was read" >/dev/null
keys Enter
wait_for "kind (" >/dev/null
keys "assessment" Enter
wait_for "  title:" >/dev/null
keys "Desk check" Enter
wait_for "summary, in your own words:" >/dev/null
keys "Checked the Sunday figures." Enter
wait_for "sources, comma-separated" >/dev/null
keys "seed-article" Enter
wait_for "actors, comma-separated:" >/dev/null
keys Enter
wait_for "tags, comma-separated:" >/dev/null
keys Enter
check "the guided form adds the event" wait_for "added desk-check (2025-02-06)"
check "the prompt counts the new event" wait_for "built-in (21 events)>"
keys "export csv kind:tally to $TMP/out.csv" Enter
check "export writes a file" wait_for "wrote 2 events to $TMP/out.csv"
keys "export csv kind:briefing to $TMP/out.csv" Enter
check "export asks before replacing a file" wait_for "replace $TMP/out.csv? [y/N]"
keys "y" Enter
check "a yes replaces it" wait_for "wrote 1 event to $TMP/out.csv"
# Ctrl-C during a long command: back at the prompt, the session unchanged, no temporary file.
for _ in $(seq 20000); do echo "export json to $TMP/loop.json --force"; done > "$TMP/loop.tl"
keys "run $TMP/loop.tl" Enter
sleep 1
keys C-c
check "Ctrl-C stops a long command and says so" bash -c \
  "for _ in \$(seq 100); do tmux -L $SOCKET capture-pane -p -S -30000 | grep -qx interrupted && exit 0; sleep 0.05; done; exit 1"
check "the prompt comes back with the session unchanged" wait_for "built-in (21 events)>"
check "Ctrl-C during a command does not end the session" test ! -e "$TMP/status"
check "an interrupted export leaves no temporary file" bash -c "! ls -a $TMP | grep -q '\\.tmp-'"
keys C-l "count" Enter
check "the next command runs" bash -c \
  "for _ in \$(seq 100); do tmux -L $SOCKET capture-pane -p | grep -qx '21 events' && exit 0; sleep 0.05; done; exit 1"
settle
keys C-d
check "leaving with unsaved changes warns once" wait_for "1 unsaved change: save PATH to keep them"
check "the warning does not end the session" test ! -e "$TMP/status"
keys C-d
for _ in $(seq 100); do [ -e "$TMP/status" ] && break; sleep 0.05; done
check "leaving again ends the session" grep -qx "EXIT=0" "$TMP/status"

echo "repl-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
