#!/usr/bin/env bash
# The pruning latency table: a model (camvid-enet unless MODEL says) pruned by every structured
# criterion at 30, 50 and 70% of its channels (no fine-tuning: latency depends on the shapes,
# not the weights), exported to ONNX and timed interleaved with the parent
# (benchmarks/latency_ab.py) at 1 and 2 threads, 480x360; each pruned run's prune.json holds its
# val mIoU on the first VAL_IMAGES val images. Run from the project root with nothing else
# running; about 15 minutes on 2 cores for ENet, 25 for SegNet-Basic (ROUNDS=3).
#   bash benchmarks/prune_latency.sh > bench_out/prune_latency.txt
#   MODEL=camvid-segnet_basic VAL_IMAGES=20 ROUNDS=3 bash benchmarks/prune_latency.sh
set -euo pipefail
MODEL=${MODEL:-camvid-enet}
VAL_IMAGES=${VAL_IMAGES:-4}
ROUNDS=${ROUNDS:-5}
OUT=${OUT:-runs/bench-prune-latency-$MODEL}
L=.venv/bin/leanseg
mkdir -p "$OUT"
$L export "$MODEL" --out "$OUT/parent.onnx" --check-images 1 --overwrite > /dev/null 2>&1
models=("$OUT/parent.onnx")
for criterion in l1 taylor bn energy; do
  for ratio in 0.3 0.5 0.7; do
    run="$OUT/$criterion-$ratio"
    $L prune "$MODEL" --criterion "$criterion" --ratio "$ratio" --val-images "$VAL_IMAGES" \
      --out "$run" --overwrite > /dev/null 2>&1
    $L export "$run" --out "$run.onnx" --check-images 1 --overwrite > /dev/null 2>&1
    models+=("$run.onnx")
  done
done
for threads in 1 2; do
  .venv/bin/python benchmarks/latency_ab.py "${models[@]}" --threads "$threads" --rounds "$ROUNDS"
done
