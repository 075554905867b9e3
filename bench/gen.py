#!/usr/bin/env python3
"""Deterministic generator of large synthetic timelines (docs/performance.md).

    bench/gen.py --events 100000 --out bench/data/t100k [--seed 6]

writes, for the same seeded events:

  PREFIX.json           the project format (docs/data-format.md): the header pretty
                        printed, then one compact event per line (~400 bytes/event)
  PREFIX.jsonl          the JSONL export format (docs/export-formats.md): header line,
                        then one compact event per line
  PREFIX.w1.expected    the ids workload W1 must select (one per line, sorted):
                        tag `arrests` and some reading of the date overlapping
                        2025-01-01..2025-03-31 ("possibly", docs/grammar.md), computed
                        from the generator's own knowledge of each date's days

Stdlib only. Events are written in order of their earliest day, as the built-in
file is. Same seed and count, same bytes.
"""

import argparse
import datetime as dt
import itertools
import json
import os
import random
import sys

W1_FROM = dt.date(2025, 1, 1)
W1_TO = dt.date(2025, 3, 31)
W1_TAG = "arrests"

FIRST_YEAR, LAST_YEAR = 2015, 2026

KINDS = ["context", "directive", "briefing", "target", "tally", "report", "policy",
         "publication", "coverage", "assessment"]
# kind frequencies: event-level data is mostly tallies and reports
KIND_WEIGHTS = [3, 4, 4, 2, 40, 25, 5, 5, 8, 4]

TAGS = ["arrests", "quotas", "targets", "deportations", "priorities", "criminal-records",
        "enforcement-history", "media", "public-opinion", "detention"]
TAG_WEIGHTS = [30, 8, 8, 15, 6, 10, 6, 7, 4, 12]

METRICS = [  # id, name, unit, description
    ("arrests", "Arrests", "arrests", "people arrested in the period; not deportations"),
    ("criminal-arrests", "Criminal arrests", "arrests", "arrests the source counts as criminal"),
    ("daily-arrests", "Arrests per day", "arrests/day", "average arrests per day over the period"),
    ("detained-people", "People detained", "people", "people held in detention on the day"),
    ("share-without-record", "Share without criminal record", "percent",
     "percentage of those arrested with no criminal record"),
]

ACTOR_KINDS = ["agency", "office", "person", "group", "administration", "news-outlet"]
ACTORS = [(f"actor-{i:02d}", f"Synthetic actor {i:02d}", ACTOR_KINDS[i % len(ACTOR_KINDS)])
          for i in range(1, 21)]

SOURCES = [  # id, name, kind
    ("field-office-log", "Field office log", "agency"),
    ("agency-press-office", "Agency press office", "agency"),
    ("daily-tally-feed", "Daily tally feed", "website"),
    ("regional-paper", "The Regional Paper", "newspaper"),
    ("wire-service", "Wire Service", "news-outlet"),
    ("court-records", "Court records", "website"),
    ("advocacy-group", "Advocacy group report", "website"),
    ("anonymous-officials", "Officials who asked not to be named", "anonymous"),
]

PLACES = ["Atlanta", "Baltimore", "Boston", "Buffalo", "Chicago", "Dallas", "Denver",
          "Detroit", "El Paso", "Harlingen", "Houston", "Los Angeles", "Miami", "Newark",
          "New Orleans", "New York", "Philadelphia", "Phoenix", "Salt Lake City",
          "San Antonio", "San Diego", "San Francisco", "Seattle", "St. Paul", "Washington"]
NOUNS = ["arrests", "detentions", "removals", "check-ins", "operations", "transfers",
         "releases", "hearings", "bookings"]
VERBS = ["reports", "logs", "announces", "publishes", "confirms", "revises", "tallies"]
WORDS = ("the office count figure day week period record data release statement shows "
         "includes excludes compared with previous total local regional national officers "
         "team unit number people held released transferred pending review court order "
         "according to records obtained by reporters later revised upward downward").split()


KIND_CUM = list(itertools.accumulate(KIND_WEIGHTS))
TAG_CUM = list(itertools.accumulate(TAG_WEIGHTS))


def month_end(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.first = dt.date(FIRST_YEAR, 1, 1).toordinal()
        self.last = dt.date(LAST_YEAR, 12, 31).toordinal()

    def day(self):
        return dt.date.fromordinal(self.r.randint(self.first, self.last))

    def date(self):
        """(EDTF text, dateNote or None, sort key, list of (earliest, latest) readings)."""
        r = self.r
        x = r.random()
        d = self.day()
        if x < 0.70:  # a plain day
            return d.isoformat(), None, d, [(d, d)]
        if x < 0.76:  # an uncertain or approximate day
            q = r.choice("?~%")
            return (d.isoformat() + q, f"the source gives {d.isoformat()} with a qualifier ({q})",
                    d, [(d, d)])
        if x < 0.86:  # a month, sometimes approximate
            a = d.replace(day=1)
            b = d.replace(day=month_end(d.year, d.month))
            q = r.choice(["", "", "", "~", "?"])
            return (f"{d.year:04d}-{d.month:02d}{q}", "the source names only the month", a, [(a, b)])
        if x < 0.91:  # a year
            a, b = dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
            q = r.choice(["", "", "~"])
            return f"{d.year:04d}{q}", "the source names only the year", a, [(a, b)]
        if x < 0.96:  # a closed interval of days, or of months
            if r.random() < 0.7:
                b = d + dt.timedelta(days=r.randint(1, 60))
                return (f"{d.isoformat()}/{b.isoformat()}",
                        "somewhere in the span the source gives", d, [(d, b)])
            a = d.replace(day=1)
            m2 = d.month + r.randint(1, 4)
            y2, m2 = d.year + (m2 - 1) // 12, (m2 - 1) % 12 + 1
            b = dt.date(y2, m2, month_end(y2, m2))
            return (f"{d.year:04d}-{d.month:02d}/{y2:04d}-{m2:02d}",
                    "somewhere in the months the source gives", a, [(a, b)])
        if x < 0.985:  # a one-of set of 2-3 days
            members = [d]
            for _ in range(r.randint(1, 2)):
                members.append(members[-1] + dt.timedelta(days=r.randint(2, 30)))
            text = "[" + ",".join(m.isoformat() for m in members) + "]"
            return text, "one of these days, not known which", d, [(m, m) for m in members]
        # an open end: no later than / no earlier than
        if r.random() < 0.5:
            return (f"../{d.isoformat()}", "no later than the report", d,
                    [(dt.date.min, d)])
        return f"{d.isoformat()}/..", "starting then, still going on", d, [(d, dt.date.max)]

    def sentence(self, n):
        return " ".join(self.r.choices(WORDS, k=n))

    def event(self, i):
        r = self.r
        text, note, key, readings = self.date()
        kind = r.choices(KINDS, cum_weights=KIND_CUM)[0]
        place = r.choice(PLACES)
        noun = r.choice(NOUNS)
        tags = []
        for t in r.choices(TAGS, cum_weights=TAG_CUM, k=r.randint(1, 3)):
            if t not in tags:
                tags.append(t)
        actors = r.sample(range(len(ACTORS)), r.randint(1, 2))
        srcs = r.sample(range(len(SOURCES)), r.randint(1, 2))
        n = r.randint(0, 99)
        title = f"{place} {noun}: {r.choice(VERBS)} {n} {r.choice(WORDS)}"
        summary = f"{place} {r.choice(WORDS)} {self.sentence(r.randint(4, 9))}."
        if r.random() < 0.1:
            summary += f' The office said "{self.sentence(3)}" \u2013 r\u00e9sum\u00e9 only.'
        measures = []
        for _ in range(r.choices((0, 1, 2), cum_weights=(40, 85, 100))[0]):
            mid, _, unit, _ = r.choice(METRICS)
            m = {"metric": mid}
            if unit == "percent":
                v = r.randint(1, 99)
            else:
                v = r.randint(1, 5000)
            if r.random() < 0.15:
                top = 100 if unit == "percent" else v + 500
                m["min"], m["max"] = min(v, top - 1), r.randint(min(v, top - 1) + 1, top)
                wording = f"{m['min']:,} to {m['max']:,} {unit}"
            else:
                m["value"] = v
                wording = f"{v:,} {unit}"
            if r.random() < 0.2:
                m["approximate"] = True
                wording = "nearly " + wording
            m["unit"] = unit
            m["source"] = SOURCES[srcs[0]][0]
            m["wording"] = wording
            measures.append(m)
        ev = {"id": f"ev-{i:07d}", "date": text}
        if note is not None:
            ev["dateNote"] = note
        ev["kind"] = kind
        ev["title"] = title
        ev["summary"] = summary
        ev["actors"] = [ACTORS[a][0] for a in actors]
        ev["tags"] = tags
        ev["measures"] = measures
        ev["sources"] = [SOURCES[s][0] for s in srcs]
        ev["related"] = []
        selected = W1_TAG in tags and any(a <= W1_TO and b >= W1_FROM for a, b in readings)
        return ev, key, selected


def header(n):
    return {
        "schemaVersion": 1,
        "title": f"Synthetic benchmark timeline ({n} events)",
        "description": "Generated by bench/gen.py for the benchmarks in docs/performance.md; "
                       "not real data.",
        "metrics": [{"id": i, "name": nm, "unit": u, "description": d} for i, nm, u, d in METRICS],
        "actors": [{"id": i, "name": nm, "kind": k} for i, nm, k in ACTORS],
        "sources": [{"id": i, "name": nm, "kind": k} for i, nm, k in SOURCES],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, required=True)
    ap.add_argument("--out", required=True, help="path prefix; writes PREFIX.json, .jsonl, .w1.expected")
    ap.add_argument("--seed", type=int, default=6)
    a = ap.parse_args()

    g = Gen(a.seed)
    events = [g.event(i) for i in range(1, a.events + 1)]
    events.sort(key=lambda e: e[1])  # stable: ties keep id order
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)

    h = header(a.events)
    compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with open(a.out + ".json.tmp", "w", encoding="utf-8") as f:
        top = json.dumps(h, indent=2, ensure_ascii=False)
        f.write(top[:-2] + ',\n  "events": [')
        first = True
        for ev, _, _ in events:
            f.write("\n    " if first else ",\n    ")
            first = False
            f.write(compact(ev))
        f.write("\n  ]\n}\n")
    os.replace(a.out + ".json.tmp", a.out + ".json")

    with open(a.out + ".jsonl.tmp", "w", encoding="utf-8") as f:
        f.write(compact(h) + "\n")
        for ev, _, _ in events:
            f.write(compact(ev) + "\n")
    os.replace(a.out + ".jsonl.tmp", a.out + ".jsonl")

    expected = sorted(ev["id"] for ev, _, sel in events if sel)
    with open(a.out + ".w1.expected", "w") as f:
        f.write("".join(i + "\n" for i in expected))
    size = os.path.getsize(a.out + ".json")
    print(f"gen: {a.events} events, {size / 1e6:.1f} MB JSON ({size / a.events:.0f} B/event), "
          f"W1 selects {len(expected)}", file=sys.stderr)


if __name__ == "__main__":
    main()
