#!/usr/bin/env bash
# Train leanseg's two pretrained CamVid models under the 2-core CPU protocol (one core each,
# in parallel, about an hour per model), evaluate at native 480x360 and export to ONNX.
# Run from the project root: bash benchmarks/train_camvid.sh
set -euo pipefail
export OMP_NUM_THREADS=1
for m in enet segnet_basic; do
  (.venv/bin/leanseg train --config configs/camvid_$m.yaml > runs/camvid-$m.log 2>&1 &&
   .venv/bin/leanseg evaluate runs/camvid-$m --split val >> runs/camvid-$m.log 2>&1) &
done
wait
