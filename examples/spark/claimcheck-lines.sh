#!/bin/sh
# What each Spark partition runs (RDD.pipe) for claimcheck_job.py. $1 is
# the claimcheck binary, $2 the subcommand. `check` reads the number of the
# part's first line, then its jobs, one a line; `extract` reads article
# paths, one a line. Each writes one JSON line per job or path, in order.
# Exit codes that only repeat what the lines say (failing claims, unreadable
# files: check's 1 and 2, or xargs' 123 for claimcheck's) end the task
# well; the job counts the lines to catch a process that stopped early.
# Any other code fails the task.
case "$2" in
  check)
    read -r first || exit 0
    "$1" check --jsonl --jobs 1 --first-line "$first"
    code=$?
    [ "$code" -le 2 ] && exit 0 ;;
  extract)
    xargs -r -d '\n' "$1" extract --jsonl --jobs 1
    code=$?
    { [ "$code" -eq 0 ] || [ "$code" -eq 123 ]; } && exit 0 ;;
  *)
    echo "usage: claimcheck-lines.sh CLAIMCHECK check|extract" >&2
    code=2 ;;
esac
exit "$code"
