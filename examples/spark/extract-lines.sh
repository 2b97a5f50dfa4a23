#!/bin/sh
# What each Spark partition runs (RDD.pipe): article paths on standard
# input, one per line; `claimcheck extract --jsonl` lines on standard
# output, in the same order. $1 is the claimcheck binary.
exec xargs -r -d '\n' "$1" extract --jsonl --jobs 1
