#!/usr/bin/env python3
"""claimcheck on Spark: `check --jsonl` or `extract --jsonl` over many inputs.

Usage: claimcheck_job.py check CLAIMCHECK JOBS OUTPUT [PARTITIONS]
       claimcheck_job.py extract CLAIMCHECK LISTING OUTPUT [PARTITIONS]

`check`: JOBS holds `check --jsonl` jobs, one JSON object a line
({"claims": "claims/x.json", "article": "x.txt"}, or a claims object with
"article_text"). OUTPUT gets one result line per job, the very bytes of
`claimcheck check --jsonl < JOBS`: each part of JOBS is checked with
`--first-line` set to the number of its first line, so results and the
places of inline jobs name the lines of the whole file.

`extract`: LISTING holds article paths, one a line. OUTPUT gets the lines of
`claimcheck extract --jsonl` on those paths.

JOBS or LISTING is cut into PARTITIONS contiguous parts (default 4), one a
Spark partition; each is piped (RDD.pipe) through claimcheck-lines.sh,
which runs one claimcheck process on it, and the lines come back in input
order. The master is `spark.master` if spark-submit set it, else local[2].
On a cluster, ship the binary and the pipe script with
`spark-submit --files claimcheck,claimcheck-lines.sh` and pass `./claimcheck`
with CLAIMCHECK_PIPE=./claimcheck-lines.sh: both land in each executor's
working folder.
"""

import os
import shlex
import sys

from pyspark import SparkConf, SparkContext

# Unicode White_Space, which claimcheck trims to find the blank lines of
# JOBS: they are numbered but hold no job, so they get no result line.
WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def read_lines(path):
    """The lines of `path` as claimcheck reads standard input: split at
    line feeds, the carriage return of a CRLF dropped."""
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    return [line.removesuffix(b"\r").decode("utf-8") for line in lines]


def parts(command, lines, partitions):
    """`lines` cut into at most `partitions` contiguous parts, as the lines
    each claimcheck process reads: for `check`, the number of the part's
    first line and then every line, blank ones included (claimcheck counts
    them); for `extract`, the paths."""
    if command == "extract":
        lines = [line for line in lines if line]
    size = max(1, -(-len(lines) // partitions))
    starts = range(0, len(lines), size)
    if command == "check":
        return [[str(start + 1)] + lines[start : start + size] for start in starts]
    return [lines[start : start + size] for start in starts]


def answered(command, lines):
    """How many lines claimcheck writes for `lines`: one per job that is not
    blank, or one per path."""
    if command == "check":
        return sum(1 for line in lines if line.strip(WHITE_SPACE))
    return sum(1 for line in lines if line)


def spark_context(command):
    """A SparkContext on `spark.master`, else local[2] on the loopback
    interface without a web UI."""
    conf = SparkConf().setAppName(f"claimcheck-{command}").setIfMissing("spark.master", "local[2]")
    if conf.get("spark.master").startswith("local"):
        for key, value in [
            ("spark.driver.host", "127.0.0.1"),
            ("spark.driver.bindAddress", "127.0.0.1"),
            ("spark.ui.enabled", "false"),
            ("spark.ui.showConsoleProgress", "false"),
        ]:
            conf.setIfMissing(key, value)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    return sc


def main(argv):
    if len(argv) not in (5, 6) or argv[1] not in ("check", "extract"):
        sys.exit(__doc__)
    command, binary, inputs, output = argv[1:5]
    partitions = int(argv[5]) if len(argv) == 6 else 4
    here = os.path.dirname(os.path.abspath(__file__))
    pipe = os.environ.get("CLAIMCHECK_PIPE", os.path.join(here, "claimcheck-lines.sh"))
    lines = read_lines(inputs)
    cut = parts(command, lines, partitions)
    results = []
    if cut:
        sc = spark_context(command)
        try:
            # One part per partition: as many slices as parts.
            rdd = sc.parallelize(cut, len(cut)).flatMap(lambda part: part)
            # The pipe script turns the exit codes that only say what the
            # lines say (failing claims, unreadable files) into 0.
            results = rdd.pipe(shlex.join(["/bin/sh", pipe, binary, command]), checkCode=True).collect()
        finally:
            sc.stop()
    expected = answered(command, lines)
    if len(results) != expected:
        sys.exit(f"claimcheck wrote {len(results)} lines for {expected} inputs: a process stopped early")
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(line + "\n" for line in results)
    print(f"{len(results)} lines in {len(cut)} partitions", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
