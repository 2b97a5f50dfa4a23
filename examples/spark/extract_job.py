#!/usr/bin/env python3
"""claimcheck on Spark: `claimcheck extract --jsonl` over many articles.

Usage: extract_job.py CLAIMCHECK LISTING OUTPUT [PARTITIONS]

LISTING holds one article path per line. The paths are split into
PARTITIONS partitions (default 4); each partition is piped (RDD.pipe)
through extract-lines.sh, which hands its paths to one claimcheck process,
and the JSON lines come back in the order of LISTING, one per article, into
OUTPUT. The master is `spark.master` if spark-submit set it, else local[2].
On a cluster, ship the binary and the pipe script with
`spark-submit --files claimcheck,extract-lines.sh` and pass `./claimcheck`
with CLAIMCHECK_PIPE=./extract-lines.sh: both land in each executor's
working folder.
"""

import os
import sys

from pyspark import SparkConf, SparkContext


def main(argv):
    if len(argv) not in (4, 5):
        sys.exit(__doc__)
    binary, listing, output = argv[1], argv[2], argv[3]
    partitions = int(argv[4]) if len(argv) == 5 else 4
    here = os.path.dirname(os.path.abspath(__file__))
    pipe = os.environ.get("CLAIMCHECK_PIPE", os.path.join(here, "extract-lines.sh"))
    with open(listing, encoding="utf-8") as f:
        paths = [line for line in f.read().splitlines() if line]
    conf = SparkConf().setAppName("claimcheck-extract").setIfMissing("spark.master", "local[2]")
    if conf.get("spark.master").startswith("local"):
        # Local mode stays on the loopback interface, without a web UI.
        for key, value in [
            ("spark.driver.host", "127.0.0.1"),
            ("spark.driver.bindAddress", "127.0.0.1"),
            ("spark.ui.enabled", "false"),
            ("spark.ui.showConsoleProgress", "false"),
        ]:
            conf.setIfMissing(key, value)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        # An unreadable article is a line with its error (claimcheck exits
        # 2, which pipe does not treat as a failure by default).
        lines = sc.parallelize(paths, partitions).pipe(f"/bin/sh {pipe} {binary}").collect()
    finally:
        sc.stop()
    with open(output, "w", encoding="utf-8") as f:
        f.writelines(line + "\n" for line in lines)
    print(f"{len(lines)} lines for {len(paths)} articles in {partitions} partitions", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
