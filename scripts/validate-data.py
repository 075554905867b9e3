#!/usr/bin/env python3
"""Validate a timeline data file (default: data/timeline.json).

Checks, in order:
  1. the file against data/timeline.schema.json (JSON Schema draft 2020-12);
  2. what a schema cannot say: ids unique per catalogue and among events, every
     referenced metric/actor/source/event id exists, `via` chains end without a
     cycle, related ids are not self-references;
  3. dates: every EDTF string parses to real calendar days, interval starts are
     not after their ends, one-of set members are in increasing order, events
     whose date is not a full day carry a dateNote;
  4. measures: min <= max, unit equals the metric's unit, percent within 0..100;
  5. with --builtin (the built-in timeline's stricter house rules): `related`
     is symmetric, every tag is in the documented vocabulary;
  6. with --seed PATH (truth in data): every measure's `wording` occurs verbatim
     in the seed text, every quoted headline in a coverage summary occurs
     verbatim, and no title or summary copies a run of 8 or more consecutive
     words from the seed outside quotation marks.

Exit status: 0 when clean, 1 when any problem was found, 2 on usage errors.
Needs python3 and the jsonschema package.

    scripts/validate-data.py                      # data/timeline.json, house rules
    scripts/validate-data.py --seed /path/to/seed-article.txt
    scripts/validate-data.py other.json           # any file in the format
"""
import argparse
import calendar
import datetime as dt
import json
import os
import re
import sys

try:
    import jsonschema
except ImportError:  # pragma: no cover
    print("validate-data: the python package 'jsonschema' is required", file=sys.stderr)
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(ROOT, "data", "timeline.json")
DEFAULT_SCHEMA = os.path.join(ROOT, "data", "timeline.schema.json")

TAG_VOCABULARY = {
    "arrests", "quotas", "targets", "deportations", "priorities", "criminal-records",
    "enforcement-history", "media", "public-opinion", "related-coverage",
    "sources-disagree", "figures-inconsistent", "vague-date",
}

FULL_DAY = re.compile(r"^-?[0-9]{4}-[0-9]{2}-[0-9]{2}$")
DATE_RE = re.compile(
    r"^(?P<year>-?[0-9X]{4}|Y-?[1-9][0-9]{4,})(?:-(?P<month>[0-9X]{2})(?:-(?P<day>[0-9X]{2}))?)?(?P<q>[?~%])?$"
)


class EDTFError(ValueError):
    pass


def _year_bounds(text):
    """(earliest year, latest year) of a year that may end in X digits."""
    if text.startswith("Y"):
        y = int(text[1:])
        return y, y
    neg = text.startswith("-")
    digits = text[1:] if neg else text
    if "X" in digits.rstrip("X"):
        raise EDTFError(f"unspecified digits must be the last ones in year '{text}'")
    lo, hi = int(digits.replace("X", "0")), int(digits.replace("X", "9"))
    return (-hi, -lo) if neg else (lo, hi)


def _clamp_day(y, m, d):
    return dt.date(y, m, min(d, calendar.monthrange(y, m)[1]))


def parse_single(text):
    """Bounds (earliest, latest) as datetime.date of one EDTF date (no interval)."""
    mt = DATE_RE.match(text)
    if not mt:
        raise EDTFError(f"not an EDTF date: '{text}'")
    ylo, yhi = _year_bounds(mt["year"])
    if ylo < 1 or yhi > 9999:
        raise EDTFError(f"year outside 0001..9999 is not supported by this checker: '{text}'")
    month, day = mt["month"], mt["day"]
    if month is None:
        return dt.date(ylo, 1, 1), dt.date(yhi, 12, 31)
    if month in ("21", "22", "23", "24"):
        if day is not None:
            raise EDTFError(f"a season takes no day: '{text}'")
        first = {"21": 3, "22": 6, "23": 9, "24": 12}[month]
        last = {"21": 5, "22": 8, "23": 11, "24": 2}[month]
        end_year = yhi + 1 if month == "24" else yhi
        return dt.date(ylo, first, 1), _clamp_day(end_year, last, 31)
    if month == "XX":
        mlo, mhi = 1, 12
    elif "X" in month:
        raise EDTFError(f"month must be two digits or XX: '{text}'")
    else:
        mlo = mhi = int(month)
        if not 1 <= mlo <= 12:
            raise EDTFError(f"no month {month}: '{text}'")
    if day is None or day == "XX":
        return dt.date(ylo, mlo, 1), _clamp_day(yhi, mhi, 31)
    if "X" in day or month == "XX" or "X" in mt["year"]:
        raise EDTFError(f"a known day needs a known month and year: '{text}'")
    try:
        d = dt.date(ylo, mlo, int(day))
    except ValueError:
        raise EDTFError(f"no such day: '{text}'")
    return d, d


def parse_edtf(text):
    """Bounds (earliest, latest) of an EDTF string; None for an open or unknown end."""
    if text.startswith("["):
        if not text.endswith("]"):
            raise EDTFError(f"unclosed one-of set: '{text}'")
        members = text[1:-1].split(",")
        if len(members) < 2:
            raise EDTFError(f"a one-of set needs two or more members: '{text}'")
        bounds = [parse_single(m) for m in members]
        for (a_lo, a_hi), (b_lo, b_hi), m in zip(bounds, bounds[1:], members[1:]):
            if not a_hi < b_lo:
                raise EDTFError(f"one-of set members must be increasing and disjoint (at '{m}'): '{text}'")
        return bounds[0][0], bounds[-1][1]
    if "/" in text:
        start, _, end = text.partition("/")
        if "/" in end:
            raise EDTFError(f"more than one '/': '{text}'")
        if start in ("", "..") and end in ("", ".."):
            raise EDTFError(f"an interval needs at least one known end: '{text}'")
        lo = None if start in ("", "..") else parse_single(start)[0]
        hi = None if end in ("", "..") else parse_single(end)[1]
        if start not in ("", "..") and end not in ("", ".."):
            if parse_single(start)[0] > parse_single(end)[1]:
                raise EDTFError(f"interval starts after it ends: '{text}'")
        return lo, hi
    return parse_single(text)


class Report:
    def __init__(self):
        self.problems = []

    def __call__(self, where, message):
        self.problems.append(f"{where}: {message}")


def check_schema(data, schema_path, report):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for err in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        path = "/".join(str(p) for p in err.absolute_path) or "(root)"
        report(f"schema {path}", err.message)


def check_integrity(data, report, builtin):
    def catalogue(name):
        seen = {}
        for i, item in enumerate(data.get(name, [])):
            iid = item.get("id")
            if iid in seen:
                report(f"{name}[{i}]", f"duplicate id '{iid}' (first at {name}[{seen[iid]}])")
            else:
                seen[iid] = i
        return seen

    metrics = {m["id"]: m for m in data.get("metrics", []) if "id" in m}
    catalogue("metrics")
    actors = catalogue("actors")
    sources = catalogue("sources")
    events = catalogue("events")

    for m in data.get("metrics", []):
        where = f"metric {m.get('id')}"
        part_of = m.get("partOf")
        if part_of is not None:
            if part_of not in metrics:
                report(where, f"partOf '{part_of}' is not in the metrics catalogue")
            elif part_of == m.get("id"):
                report(where, "a metric cannot be a part of itself")
            elif metrics[part_of].get("unit") != m.get("unit"):
                report(where, f"partOf '{part_of}' is counted in another unit")
        share = m.get("shareOf")
        if share is not None:
            if m.get("unit") != "percent":
                report(where, "a metric with shareOf must have the unit 'percent'")
            for end in ("part", "whole"):
                if share.get(end) not in metrics:
                    report(where, f"shareOf {end} '{share.get(end)}' is not in the metrics catalogue")
            if share.get("part") == share.get("whole"):
                report(where, "shareOf names one metric as both part and whole")

    for s in data.get("sources", []):
        via = s.get("via")
        if via is not None and via not in sources:
            report(f"source {s.get('id')}", f"via '{via}' is not a source id")
        chain, cur = [s.get("id")], via
        by_id = {x.get("id"): x for x in data.get("sources", [])}
        while cur is not None and cur in by_id:
            if cur in chain:
                report(f"source {s.get('id')}", f"via chain has a cycle: {' -> '.join(chain + [cur])}")
                break
            chain.append(cur)
            cur = by_id[cur].get("via")
        if s.get("date") is not None:
            try:
                parse_edtf(s["date"])
            except EDTFError as e:
                report(f"source {s.get('id')} date", str(e))

    related_of = {}
    for e in data.get("events", []):
        eid = e.get("id", "?")
        where = f"event {eid}"
        for a in e.get("actors", []):
            if a not in actors:
                report(where, f"actor '{a}' is not in the actors catalogue")
        for s in e.get("sources", []):
            if s not in sources:
                report(where, f"source '{s}' is not in the sources catalogue")
        for r in e.get("related", []):
            if r == eid:
                report(where, "related lists the event itself")
            elif r not in events:
                report(where, f"related '{r}' is not an event id")
        related_of[eid] = set(e.get("related", []))
        if builtin:
            for t in e.get("tags", []):
                if t not in TAG_VOCABULARY:
                    report(where, f"tag '{t}' is not in the documented vocabulary (docs/data-format.md)")

        date = e.get("date")
        if isinstance(date, str):
            try:
                parse_edtf(date)
            except EDTFError as err:
                report(f"{where} date", str(err))
            if not FULL_DAY.match(date) and not e.get("dateNote"):
                report(where, f"date '{date}' is not a full day, so a dateNote is required")

        for i, m in enumerate(e.get("measures", [])):
            mw = f"{where} measures[{i}]"
            metric = metrics.get(m.get("metric"))
            if metric is None:
                report(mw, f"metric '{m.get('metric')}' is not in the metrics catalogue")
            elif m.get("unit") != metric.get("unit"):
                report(mw, f"unit '{m.get('unit')}' differs from metric '{metric['id']}' unit '{metric.get('unit')}'")
            if m.get("source") not in sources:
                report(mw, f"source '{m.get('source')}' is not in the sources catalogue")
            elif m.get("source") not in e.get("sources", []) and builtin:
                report(mw, f"source '{m.get('source')}' is not listed in the event's sources")
            if "min" in m and "max" in m and m["min"] > m["max"]:
                report(mw, f"min {m['min']} is greater than max {m['max']}")
            if m.get("unit") == "percent":
                for k in ("value", "min", "max"):
                    if k in m and not 0 <= m[k] <= 100:
                        report(mw, f"{k} {m[k]} is not a percentage")
            if "period" in m:
                try:
                    parse_edtf(m["period"])
                except EDTFError as err:
                    report(f"{mw} period", str(err))
                if m["period"] == date:
                    report(mw, "period equals the event date; omit it")

    if builtin:
        for a, rs in related_of.items():
            for b in rs:
                if b in related_of and a not in related_of[b]:
                    report(f"event {a}", f"related '{b}' does not list '{a}' back (built-in timeline keeps related symmetric)")


def _norm(text):
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


def _words(text):
    return re.findall(r"[a-z0-9]+(?:[.,'][a-z0-9]+)*", text.lower())


def check_seed(data, seed_path, report, run=8):
    with open(seed_path, encoding="utf-8") as f:
        seed = _norm(f.read())
    seed_words = _words(seed)
    seed_runs = {tuple(seed_words[i:i + run]) for i in range(len(seed_words) - run + 1)}
    for e in data.get("events", []):
        where = f"event {e.get('id')}"
        for i, m in enumerate(e.get("measures", [])):
            w = _norm(m.get("wording", ""))
            if w and w not in seed:
                report(f"{where} measures[{i}]", f"wording not found verbatim in the seed: {w!r}")
        summary = _norm(e.get("summary", ""))
        for headline in re.findall(r'Headline: "([^"]+)"', summary):
            if headline not in seed:
                report(where, f"quoted headline not found verbatim in the seed: {headline!r}")
        for field in ("title", "summary"):
            own = re.sub(r'"[^"]*"', " | ", _norm(e.get(field, "")))
            for part in own.split("|"):
                words = _words(part)
                for i in range(len(words) - run + 1):
                    if tuple(words[i:i + run]) in seed_runs:
                        report(where, f"{field} copies the seed outside quotes: '{' '.join(words[i:i + run])}'")
                        break


def main(argv=None):
    ap = argparse.ArgumentParser(description="Validate a timeline data file.")
    ap.add_argument("data", nargs="?", default=DEFAULT_DATA, help="data file (default: data/timeline.json)")
    ap.add_argument("--schema", default=DEFAULT_SCHEMA, help="schema file (default: data/timeline.schema.json)")
    ap.add_argument("--seed", help="seed article text: check wordings and headlines verbatim, titles/summaries own words")
    ap.add_argument("--builtin", action="store_true", default=None,
                    help="apply the built-in timeline's house rules (default: on for data/timeline.json only)")
    args = ap.parse_args(argv)
    builtin = args.builtin if args.builtin is not None else os.path.abspath(args.data) == DEFAULT_DATA

    try:
        with open(args.data, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        print(f"validate-data: {args.data}: {e}", file=sys.stderr)
        return 1

    report = Report()
    check_schema(data, args.schema, report)
    if isinstance(data, dict):
        check_integrity(data, report, builtin)
        if args.seed:
            check_seed(data, args.seed, report)

    for p in report.problems:
        print(f"{args.data}: {p}", file=sys.stderr)
    if report.problems:
        print(f"validate-data: {len(report.problems)} problem(s)", file=sys.stderr)
        return 1
    n = len(data.get("events", []))
    extra = " and the seed text" if args.seed else ""
    print(f"validate-data: {args.data}: ok ({n} events; schema, references, dates, measures{extra})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
