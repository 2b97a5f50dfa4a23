#!/usr/bin/env bash
# Runs claimcheck_job.py's `check` in Spark local mode over the BBC corpus
# in ../shared (or the repository's article/ folder without it): drafts a
# claims file for each article with `claimcheck draft` into a temporary
# folder, checks each article against its own claims on Spark, and compares
# the result lines, byte for byte, with the plain CLI's `check --jsonl` over
# the same jobs. Prints the wall time of each step. Installs what it needs:
# a Java runtime (Debian packages) and pyspark (the Python registry).
# Usage: examples/spark/run-local.sh [CLAIMCHECK]  (default target/release/claimcheck)
set -euo pipefail
cd "$(dirname "$0")/../.."
binary="$(realpath "${1:-target/release/claimcheck}")"
if ! command -v java >/dev/null; then
  apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null
fi
if ! python3 -c 'import pyspark' 2>/dev/null; then
  python3 -m pip install --quiet pyspark
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -d ../shared/corpus/news/all/bbc ]; then
  find "$(realpath ../shared/corpus/news/all/bbc)" -name '*.txt' | sort > "$work/articles"
else
  find "$(realpath article)" -name '*.txt' | sort > "$work/articles"
fi
now() { date +%s%N; }
# The seconds from $1 to $2 (nanoseconds), to the millisecond.
seconds() { local ms=$((($2 - $1) / 1000000)); printf '%d.%03d s' $((ms / 1000)) $((ms % 1000)); }

# One claims file per article, numbered as the listing; an article with
# nothing to draft gets none, and its job becomes an error line.
started=$(now)
mkdir "$work/claims"
awk -v dir="$work/claims" '{ print $0; print dir "/" NR ".json" }' "$work/articles" |
  xargs -d '\n' -n 2 -P "$(nproc)" sh -c '"$0" draft "$1" --output "$2" 2>/dev/null || true' "$binary"
drafted=$(now)
python3 - "$work" <<'EOF'
import json, sys
work = sys.argv[1]
with open(f"{work}/articles", encoding="utf-8") as articles, open(f"{work}/jobs.jsonl", "w") as jobs:
    for n, article in enumerate(articles.read().splitlines(), 1):
        jobs.write(json.dumps({"claims": f"{work}/claims/{n}.json", "article": article}) + "\n")
EOF

export SPARK_LOCAL_IP=127.0.0.1
spark_started=$(now)
python3 examples/spark/claimcheck_job.py check "$binary" "$work/jobs.jsonl" "$work/spark.jsonl" 4
spark_ended=$(now)
# Exit 1 (claims fail) and 2 (some jobs are error lines) are results here.
"$binary" check --jsonl < "$work/jobs.jsonl" > "$work/cli.jsonl" || [ $? -le 2 ]
cli_ended=$(now)
if ! cmp -s "$work/spark.jsonl" "$work/cli.jsonl"; then
  echo "spark example: its output differs from the CLI's" >&2
  exit 1
fi
counts=$(python3 - "$work/spark.jsonl" <<'EOF'
import json, sys
claims = unsupported = errors = 0
for line in open(sys.argv[1], encoding="utf-8"):
    result = json.loads(line)
    if "error" in result:
        errors += 1
    else:
        summary = result["report"]["summary"]
        claims += summary["claims"]
        unsupported += summary["claims"] - summary["supported"]
print(f"{claims} claims, {unsupported} not supported; {errors} articles with nothing to draft")
EOF
)
echo "spark example: $(wc -l < "$work/jobs.jsonl") articles checked against drafted claims ($counts)"
echo "  drafting: $(seconds "$started" "$drafted") ($(nproc) at a time)"
echo "  Spark job (local[2], 4 partitions): $(seconds "$spark_started" "$spark_ended")"
echo "  plain CLI, for comparison: $(seconds "$spark_ended" "$cli_ended")"
echo "  output identical to the CLI's"
