# W1 with jq (library for w1.jq and the JSONL run): `w1` is true for events tagged `arrests` some reading of whose date overlaps
# 2025-01-01..2025-03-31 ("possibly", docs/grammar.md).
# Dates are compared as text: a date's earliest day is its own text (a prefix
# sorts before every day it contains); its latest day is the text padded to the
# end of its year or month ("-31" for every month: only order against real days
# matters). Qualifiers (?, ~, %) do not change the days. `..` is an open end.
def unq: rtrimstr("?") | rtrimstr("~") | rtrimstr("%");
def hi: if length == 4 then . + "-12-31" elif length == 7 then . + "-31" else . end;
def overlaps($a; $b): ($a == ".." or $a <= "2025-03-31") and ($b == ".." or ($b | hi) >= "2025-01-01");
def possibly_in_q1:
  if startswith("[") then any(.[1:-1] | split(",")[] | unq; overlaps(.; .))
  elif contains("/") then split("/") as [$a, $b] | overlaps($a | unq; $b | unq)
  else unq as $d | overlaps($d; $d) end;
def w1: (.tags | index("arrests")) and (.date | possibly_in_q1);
