#!/usr/bin/env bash
# Re-records tests/transcripts/*.expected from the current build. Review the
# diff before committing: an expectation changes only when behaviour should.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(swift build --show-bin-path)/timeline"
cd tests/transcripts
for script in ${1:-*.tl}; do
  name="${script%.tl}"
  args=()
  first=$(head -n 1 "$script")
  if [[ "$first" == "# args:"* ]]; then read -r -a args <<<"${first#\# args:}"; fi
  set +e
  NO_COLOR=1 SOURCE_DATE_EPOCH=1738713600 "$bin" "${args[@]}" -f "$script" </dev/null >"/tmp/$name.out" 2>"/tmp/$name.err"
  status=$?
  set -e
  { cat "/tmp/$name.out"
    if [ -s "/tmp/$name.err" ]; then echo "--- stderr"; cat "/tmp/$name.err"; fi
    if [ "$status" -ne 0 ]; then echo "--- exit $status"; fi
  } >"$name.expected"
  echo "recorded $name.expected"
done
