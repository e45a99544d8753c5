#!/usr/bin/env bash
# robocup-enet: fine-tune camvid-enet on a synthetic RoboCup@Work set, compress it three ways,
# write a deployment bundle of each and measure the ROS node on them (BENCHMARKS.md, "On the
# robot"). About 60 minutes on this 2-core machine, most of it training on one core.
#   bash benchmarks/robocup_deploy.sh [EPOCHS]
set -euo pipefail
cd "$(dirname "$0")/.."
L=.venv/bin/leanseg
EPOCHS=${1:-10}
export OMP_NUM_THREADS=1  # leave a core to the rest of the machine; ONNX steps pin their own

[ -d data/robocup ] || $L data synth data/robocup --count 2000 --seed 0  # 1600/200/200 split
$L train --config configs/robocup_enet.yaml --dataset data/robocup --init camvid-enet \
  --epochs "$EPOCHS" --set val_every=5 --name robocup-enet --threads 1 --overwrite
$L evaluate runs/robocup-enet --split test --out runs/robocup-enet/eval-test --overwrite
$L quantize runs/robocup-enet --out runs/robocup-enet-int8 --overwrite
$L cluster runs/robocup-enet --bits 5 --out runs/robocup-enet-shared --overwrite
$L encode runs/robocup-enet-shared --out runs/robocup-enet-lsz --overwrite

$L deploy runs/robocup-enet --out bundles/robocup-fp32 --overwrite
$L deploy runs/robocup-enet-int8 --out bundles/robocup-int8 --overwrite
$L deploy runs/robocup-enet-lsz --out bundles/robocup-lsz --max-size 400KB --overwrite
$L deploy runs/robocup-enet runs/robocup-enet-int8 runs/robocup-enet-lsz \
  --out bundles/robocup-best --overwrite

mkdir -p bundles/test-images
while read -r image _; do cp "data/robocup/$image" bundles/test-images/; done < data/robocup/test.txt
OMP_NUM_THREADS=2 .venv/bin/python benchmarks/ros_node_fps.py bundles/robocup-fp32 \
  bundles/robocup-int8 bundles/robocup-lsz --images bundles/test-images --threads 2 \
  --json benchmarks/results/ros_node_fps.json
