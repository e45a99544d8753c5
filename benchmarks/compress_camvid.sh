#!/usr/bin/env bash
# Weight sharing and entropy coding of the reference CamVid ENet, no fine-tuning: val mIoU
# (101 images, 480x360) and file sizes for 6, 5 and 4 bits with both codecs. Run from the
# project root; about 6 minutes on one core. Prints one Markdown row per bit width and codec.
set -euo pipefail
export OMP_NUM_THREADS=1
PARENT=../shared/checkpoints/camvid-enet-gpu
OUT=runs/bench-lsz
for b in 6 5 4; do
  .venv/bin/leanseg cluster "$PARENT" --bits "$b" --out "$OUT/enet-b$b" --overwrite > /dev/null 2>&1
  for codec in huffman ans; do
    .venv/bin/leanseg encode "$OUT/enet-b$b" --codec "$codec" --out "$OUT/enet-b$b-$codec" \
      --overwrite > /dev/null
    python3 - "$OUT" "$b" "$codec" <<'PY'
import json, os, sys
out, b, codec = sys.argv[1:]
c = json.load(open(f"{out}/enet-b{b}/cluster.json"))
rows = json.load(open(f"{out}/enet-b{b}-{codec}/encode.json"))
size = os.path.getsize(f"{out}/enet-b{b}-{codec}/model.lsz")
coded = [r for r in rows if r["kind"] != "raw"]
after = sum(r["bytes_after"] for r in coded)
bound = sum(r["entropy_bytes"] for r in coded)
raw = sum(r["bytes_after"] for r in rows if r["kind"] == "raw")
print(f"| {b} | {codec} | {100*c['miou'][0]:.2f} | {100*c['miou'][1]:.2f} | {size:,} "
      f"| {after:,} | {bound:,.0f} | {raw:,} |")
PY
  done
done
