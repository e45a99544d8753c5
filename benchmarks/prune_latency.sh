#!/usr/bin/env bash
# Issue 10's latency table: camvid-enet pruned by every structured criterion at 30, 50 and 70%
# of its channels (no fine-tuning: latency depends on the shapes, not the weights), exported to
# ONNX and timed interleaved with the parent (benchmarks/latency_ab.py) at 1 and 2 threads,
# 480x360. Run from the project root with nothing else running; about 15 minutes on 2 cores.
#   bash benchmarks/prune_latency.sh > bench_out/prune_latency.txt
set -euo pipefail
OUT=${OUT:-runs/bench-prune-latency}
L=.venv/bin/leanseg
mkdir -p "$OUT"
$L export camvid-enet --out "$OUT/parent.onnx" --check-images 1 --overwrite > /dev/null 2>&1
models=("$OUT/parent.onnx")
for criterion in l1 taylor bn energy; do
  for ratio in 0.3 0.5 0.7; do
    run="$OUT/$criterion-$ratio"
    $L prune camvid-enet --criterion "$criterion" --ratio "$ratio" --val-images 4 \
      --out "$run" --overwrite > /dev/null 2>&1
    $L export "$run" --out "$run.onnx" --check-images 1 --overwrite > /dev/null 2>&1
    models+=("$run.onnx")
  done
done
for threads in 1 2; do
  .venv/bin/python benchmarks/latency_ab.py "${models[@]}" --threads "$threads" --rounds 5
done
