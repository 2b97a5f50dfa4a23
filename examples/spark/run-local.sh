#!/usr/bin/env bash
# Runs extract_job.py in Spark local mode over the BBC corpus in ../shared
# (or the repository's article/ folder without it) and checks its output
# against the plain CLI's on the same articles. Installs what it needs: a
# Java runtime (Debian packages) and pyspark (the Python registry).
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
export SPARK_LOCAL_IP=127.0.0.1
started=$(date +%s%N)
python3 examples/spark/extract_job.py "$binary" "$work/articles" "$work/spark.jsonl" 4
ended=$(date +%s%N)
xargs -d '\n' "$binary" extract --jsonl --jobs 1 < "$work/articles" > "$work/cli.jsonl" 2>/dev/null || true
if ! cmp -s "$work/spark.jsonl" "$work/cli.jsonl"; then
  echo "spark example: its output differs from the CLI's" >&2
  exit 1
fi
ms=$(((ended - started) / 1000000))
printf 'spark example: %s articles in %d.%03d s of wall time, output identical to the CLI'"'"'s\n' \
  "$(wc -l < "$work/articles")" $((ms / 1000)) $((ms % 1000))
