#!/usr/bin/env bash
# Weight sharing and entropy coding of the reference CamVid ENet: val mIoU (101 images,
# 480x360) and file sizes for each bit width with both codecs. Run from the project root on one
# core. Prints one Markdown row per bit width and codec.
#   bash benchmarks/compress_camvid.sh                      # 6, 5, 4 bits, no fine-tuning (6 min)
#   BITS=4 EPOCHS=3 FLOAT16=1 bash benchmarks/compress_camvid.sh  # fine-tuned (9 min per width)
set -euo pipefail
export OMP_NUM_THREADS=1
PARENT=../shared/checkpoints/camvid-enet-gpu
OUT=runs/bench-lsz
EPOCHS=${EPOCHS:-0}
FLAGS=(--finetune-epochs "$EPOCHS" --set workers=0 --set cache=true)
TAG=""
if [[ "$EPOCHS" != 0 ]]; then TAG="-ft$EPOCHS"; fi
if [[ -n "${FLOAT16:-}" ]]; then FLAGS+=(--float16); TAG="$TAG-f16"; fi
for b in ${BITS:-6 5 4}; do
  run="$OUT/enet-b$b$TAG"
  .venv/bin/leanseg cluster "$PARENT" --bits "$b" "${FLAGS[@]}" --out "$run" --overwrite \
    > /dev/null 2>&1
  for codec in huffman ans; do
    .venv/bin/leanseg encode "$run" --codec "$codec" --out "$run-$codec" --overwrite > /dev/null
    python3 - "$run" "$b" "$codec" "$EPOCHS" "${FLOAT16:-}" <<'PY'
import json, os, sys
run, b, codec, epochs, f16 = sys.argv[1:]
c = json.load(open(f"{run}/cluster.json"))
rows = json.load(open(f"{run}-{codec}/encode.json"))
size = os.path.getsize(f"{run}-{codec}/model.lsz")
coded = [r for r in rows if r["kind"] in ("dense", "sparse")]
after = sum(r["bytes_after"] for r in coded)
bound = sum(r["entropy_bytes"] for r in coded)
rest = sum(r["bytes_after"] for r in rows if r["kind"] in ("raw", "half"))
print(f"| {b} | {epochs} | {'float16' if f16 else 'float32'} | {codec} | {100*c['miou'][0]:.2f} "
      f"| {100*c['miou'][1]:.2f} | {size:,} | {after:,} | {bound:,.0f} | {rest:,} |")
PY
  done
done
