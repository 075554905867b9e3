-- W1 with sqlite3 (JSON1): events tagged `arrests` some reading of whose date
-- overlaps 2025-01-01..2025-03-31, written as one JSON array. The same text
-- rule as w1.jq: earliest = the date's text, latest = padded to the end of its
-- year/month; qualifiers dropped; `..` is an open end; a one-of set matches
-- when one member does. @FILE@ and @OUT@ are filled in by bench/bench.py.
.mode list
.headers off
.once @OUT@
WITH ev AS (
  SELECT e.value AS v, e.value ->> '$.date' AS d
  FROM json_each(readfile('@FILE@'), '$.events') AS e
  WHERE EXISTS (SELECT 1 FROM json_each(e.value, '$.tags') AS t WHERE t.value = 'arrests')
),
readings AS (  -- one row per reading: (event, earliest text, latest text)
  SELECT v, rtrim(substr(d, 1, instr(d, '/') - 1), '?~%') AS a,
            rtrim(substr(d, instr(d, '/') + 1), '?~%') AS b
  FROM ev WHERE instr(d, '/') > 0
  UNION ALL
  SELECT v, rtrim(d, '?~%'), rtrim(d, '?~%') FROM ev WHERE instr(d, '/') = 0 AND d NOT LIKE '[%'
  UNION ALL
  SELECT ev.v, rtrim(m.value, '?~%'), rtrim(m.value, '?~%')
  FROM ev, json_each('["' || replace(substr(d, 2, length(d) - 2), ',', '","') || '"]') AS m
  WHERE d LIKE '[%'
)
SELECT json_group_array(json(v)) FROM (
  SELECT DISTINCT v FROM readings
  WHERE (a = '..' OR a <= '2025-03-31')
    AND (b = '..' OR (CASE length(b) WHEN 4 THEN b || '-12-31' WHEN 7 THEN b || '-31' ELSE b END) >= '2025-01-01')
);
