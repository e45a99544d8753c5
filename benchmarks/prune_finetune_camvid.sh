#!/usr/bin/env bash
# Prune the reference CamVid ENet by half its channels (L1) and fine-tune on this 2-core CPU
# with 240x320 crops at the parent's learning rate (5e-4, poly decay), with and without distillation from the parent; one thread, so that it can
# run beside other work. About 25 minutes per model. Run from the project root:
#   bash benchmarks/prune_finetune_camvid.sh [EPOCHS]
set -euo pipefail
export OMP_NUM_THREADS=1
EPOCHS=${1:-15}
PARENT=../shared/checkpoints/camvid-enet-gpu
for kd in 0 0.5; do
  .venv/bin/leanseg prune "$PARENT" --criterion l1 --ratio 0.5 --finetune-epochs "$EPOCHS" \
    --lr 0.0005 --distill "$kd" --set crop=[240,320] --set batch_size=8 --set workers=1 --set amp=false \
    --out "runs/enet-l1-0.5-ft$EPOCHS-kd$kd" --overwrite
done
