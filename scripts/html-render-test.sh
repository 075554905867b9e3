#!/usr/bin/env bash
# Opens the HTML export in headless Chromium and checks what renders.
#
#   scripts/html-render-test.sh [PAGE.html]
#
# Without an argument it writes the built-in timeline's page first with the
# built binary's own command: `timeline -c 'export html to PAGE'`. Checks: the DOM Chromium builds has the title,
# every event id of the built-in timeline as a table row and as an SVG group,
# an <svg> with shapes, and no <script>; a screenshot is written and must not
# be blank. The blank check counts non-white pixels with python3 when Pillow
# is installed, and otherwise only checks the PNG's size (a blank 1280x1600
# PNG is a few kilobytes; a rendered page is well over 50 KB) — it says which.
# Prints `html-render-test: N passed, M failed` and exits 1 on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/html-render-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
check() { if eval "$2"; then pass "$1"; else fail "$1"; fi; }

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "html-render-test: no chromium found (scripts/install-deps.sh --test installs it)" >&2
  echo "html-render-test: 0 passed, 1 failed"
  exit 1
fi

page="${1:-}"
if [ -z "$page" ]; then
  page="$work/builtin.html"
  "$(swift build --show-bin-path)/timeline" -c "export html to '$page'" >"$work/export.log" 2>&1 \
    || { cat "$work/export.log" >&2; }
fi
check "page exists ($page)" '[ -s "$page" ]'
[ -s "$page" ] || { echo "html-render-test: $passed passed, $failed failed"; exit 1; }

run_browser() {
  timeout 90 "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 \
    --user-data-dir="$work/profile" "$@" 2>>"$work/chromium.log"
}
run_browser --dump-dom "file://$(realpath "$page")" >"$work/dom.html"
dom="$work/dom.html"
check "chromium dumped a DOM" '[ -s "$dom" ]'

title=$(python3 - "$page" <<'PY'
import html, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"<title>(.*?)</title>", text, re.S)
print(html.unescape(m.group(1)) if m else "")
PY
)
check "title is set" '[ -n "$title" ]'
check "the DOM has the title" 'python3 -c "import html,sys; d=html.unescape(open(sys.argv[1]).read()); sys.exit(0 if sys.argv[2] in d else 1)" "$dom" "$title"'
check "the DOM has an <svg> with circles, rects and polygons" \
  'grep -q "<svg" "$dom" && grep -q "<circle" "$dom" && grep -q "<rect" "$dom" && grep -q "<polygon" "$dom"'
check "the DOM has no <script>" '! grep -qi "<script" "$dom"'

# Every event id of the built-in timeline: a table row and a picture group.
ids=$(python3 -c 'import json,sys; print("\n".join(e["id"] for e in json.load(open(sys.argv[1]))["events"]))' \
  data/timeline.json)
rows=$(grep -o '<tr id="row-[^"]*"' "$dom" | wc -l)
count=$(printf '%s\n' "$ids" | grep -c .)
check "the table has $count event rows (found $rows)" '[ "$rows" -eq "$count" ]'
missing=0
for id in $ids; do
  grep -q "<tr id=\"row-$id\"" "$dom" && grep -q "id=\"event-$id\"" "$dom" || { echo "     missing: $id"; missing=$((missing + 1)); }
done
check "every built-in event id is a row and a mark" '[ "$missing" -eq 0 ]'

run_browser --screenshot="$work/shot.png" "file://$(realpath "$page")" >/dev/null
check "a screenshot was written" '[ -s "$work/shot.png" ]'
if python3 -c 'import PIL' 2>/dev/null; then
  inked=$(python3 - "$work/shot.png" <<'PY'
import sys
from PIL import Image
image = Image.open(sys.argv[1]).convert("L")
print(sum(1 for value in image.getdata() if value < 200))
PY
)
  check "the screenshot is not blank ($inked dark pixels, counted with Pillow)" '[ "$inked" -gt 5000 ]'
else
  size=$(wc -c <"$work/shot.png")
  check "the screenshot is not blank ($size bytes; size check only, Pillow not installed)" '[ "$size" -gt 50000 ]'
fi
if [ -n "${HTML_RENDER_SCREENSHOT:-}" ]; then cp "$work/shot.png" "$HTML_RENDER_SCREENSHOT"; fi

echo "html-render-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
