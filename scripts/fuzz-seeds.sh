#!/usr/bin/env bash
# Builds the fuzz targets' seed corpora in fuzz/seeds/TARGET/ (ignored by git)
# from what the project already holds: transcript lines, the command examples
# and EDTF dates of docs/, the built-in timeline, tests/cli fixtures, exports
# made by the built binary, and the hand-written seeds in fuzz/hand/TARGET/.
#
#   scripts/fuzz-seeds.sh [PATH-TO-timeline]   (default: the debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-$(swift build --show-bin-path)/timeline}"
[ -x "$bin" ] || { echo "fuzz-seeds: no binary at $bin (run swift build)" >&2; exit 1; }
out=fuzz/seeds
rm -rf "$out"
mkdir -p "$out"/{parser,edtf,json,csv,timelinejs}
export bin out
python3 - <<'PY'
import glob, hashlib, json, os, re, subprocess

out, binary = os.environ["out"], os.environ["bin"]

def seed(target, data):
    if isinstance(data, str):
        data = data.encode()
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(f"{out}/{target}/{name}", "wb") as f:
        f.write(data)

def run(command):
    return subprocess.run([binary, "--today", "2025-02-05", "--safe", "--no-init", "-c", command],
                          capture_output=True, check=True).stdout

# The command language: every line of the transcripts, and every code span of
# the docs that starts with a command name.
commands = {"list", "show", "find", "count", "sources", "help", "set", "compare", "check", "explain",
            "let", "timeline", "chart", "export", "load", "run", "save", "add", "edit", "delete", "note",
            "undo", "history", "quit", "exit"}
docs = {path: open(path, encoding="utf-8").read() for path in glob.glob("docs/*.md") + ["README.md"]}
for path in glob.glob("tests/transcripts/*.tl"):
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            seed("parser", line.rstrip("\n"))
for text in docs.values():
    for span in re.findall(r"`([^`\n]+)`", text):
        if span.split(" ")[0].lower() in commands:
            seed("parser", span)

# EDTF: dates in the docs' code spans and every date string of the built-in timeline.
date = re.compile(r"^[\[\]\-0-9XYQWSsTZ?~%/.,:+ ]*[0-9][\[\]\-0-9XYQWSsTZ?~%/.,:+ ]*$")
for text in docs.values():
    for span in re.findall(r"`([^`\n]+)`", text):
        if date.match(span) and len(span) >= 4:
            seed("edtf", span)
for value in re.findall(r'"(?:date|period)": "([^"]+)"', open("data/timeline.json", encoding="utf-8").read()):
    seed("edtf", value)

# Files: the built-in timeline, the CLI fixtures, and exports of the whole
# timeline and of slices (the JSON target reads JSON and JSONL alike).
seed("json", open("data/timeline.json", "rb").read())
for path in glob.glob("tests/cli/*.json"):
    seed("json", open(path, "rb").read())
for filter in ["", " kind:tally", " tag:arrests", " on 2025-02-02", " id:nbc-*"]:
    seed("json", run(f"export json{filter}"))
    seed("json", run(f"export jsonl{filter}"))
    seed("csv", run(f"export csv{filter}"))

# TimelineJS: the built-in timeline as Knight Lab slides (there is no TimelineJS exporter).
timeline = json.loads(run("export json"))
def slide_date(edtf):
    parts = re.match(r"(-?\d{4})(?:-(\d\d))?(?:-(\d\d))?", edtf)
    date = {"year": int(parts.group(1))}
    if parts.group(2): date["month"] = parts.group(2)
    if parts.group(3): date["day"] = int(parts.group(3))
    return date
slides = []
for event in timeline["events"]:
    start, _, end = event["date"].strip("[]").replace(",", "/").partition("/")
    slide = {"unique_id": event["id"], "group": event["kind"].title(),
             "text": {"headline": event["title"], "text": "<p>" + event["summary"].replace("&", "&amp;") + "</p>"}}
    if re.match(r"-?\d{4}", start): slide["start_date"] = slide_date(start)
    else: continue
    if re.match(r"-?\d{4}", end): slide["end_date"] = slide_date(end)
    slides.append(slide)
title = {"text": {"headline": timeline["title"], "text": timeline.get("description", "")}}
seed("timelinejs", json.dumps({"title": title, "events": slides}, indent=1, ensure_ascii=False))
for i in range(0, len(slides), 8):
    seed("timelinejs", json.dumps({"events": slides[i:i + 8]}, ensure_ascii=False))
PY
for target in parser edtf json csv timelinejs; do
    [ -d "fuzz/hand/$target" ] && cp fuzz/hand/"$target"/* "$out/$target/" 2>/dev/null || true
    echo "fuzz-seeds: $(ls "$out/$target" | wc -l) seeds in $out/$target"
done
