"""W1 with DuckDB (Python package): read the whole timeline file with read_json,
unnest its events, keep those tagged `arrests` some reading of whose date
overlaps 2025-01-01..2025-03-31 (the text rule of w1.jq), write them as a JSON
array.  usage: w1_duckdb.py IN.json OUT.json"""
import sys
import duckdb

def literal(text):
    return "'" + text.replace("'", "''") + "'"


src, out = literal(sys.argv[1]), literal(sys.argv[2])
con = duckdb.connect()
con.execute("""
CREATE MACRO unq(x) AS rtrim(x, '?~%');
CREATE MACRO hi(x) AS CASE length(x) WHEN 4 THEN x || '-12-31' WHEN 7 THEN x || '-31' ELSE x END;
CREATE MACRO ov(a, b) AS (a = '..' OR a <= '2025-03-31') AND (b = '..' OR hi(b) >= '2025-01-01');
""")
con.execute(f"""
COPY (
  SELECT e.* FROM (
    SELECT unnest(events) AS e
    FROM read_json({src}, format = 'auto', maximum_object_size = 2147483647)
  )
  WHERE list_contains(e.tags, 'arrests') AND (
    CASE
      WHEN starts_with(e.date, '[') THEN
        len(list_filter(string_split(e.date[2:-2], ','), lambda m: ov(unq(m), unq(m)))) > 0
      WHEN contains(e.date, '/') THEN
        ov(unq(split_part(e.date, '/', 1)), unq(split_part(e.date, '/', 2)))
      ELSE ov(unq(e.date), unq(e.date))
    END)
) TO {out} (FORMAT json, ARRAY true)
""")
