#!/usr/bin/env bash
# Weight sharing and Huffman coding of the reference CamVid ENet, no fine-tuning: val mIoU
# (101 images, 480x360) and file sizes for 4, 5 and 6 bits. Run from the project root; about
# 5 minutes on one core. Prints one line per bit width for BENCHMARKS.md.
set -euo pipefail
export OMP_NUM_THREADS=1
PARENT=../shared/checkpoints/camvid-enet-gpu
for b in 6 5 4; do
  .venv/bin/leanseg cluster "$PARENT" --bits "$b" --out "runs/bench-lsz/enet-b$b" --overwrite > /dev/null
  .venv/bin/leanseg encode "runs/bench-lsz/enet-b$b" --out "runs/bench-lsz/enet-b$b-lsz" --overwrite > /dev/null
  python3 - "$b" <<'PY'
import json, os, sys
b = sys.argv[1]
c = json.load(open(f"runs/bench-lsz/enet-b{b}/cluster.json"))
rows = json.load(open(f"runs/bench-lsz/enet-b{b}-lsz/encode.json"))
size = os.path.getsize(f"runs/bench-lsz/enet-b{b}-lsz/model.lsz")
coded = [r for r in rows if r["kind"] != "raw"]
after = sum(r["bytes_after"] for r in coded)
bound = sum(r["entropy_bytes"] for r in coded)
raw = sum(r["bytes_after"] for r in rows if r["kind"] == "raw")
print(f"| {b} | {100*c['miou'][0]:.2f} | {100*c['miou'][1]:.2f} | {size:,} | {after:,} | {bound:,.0f} | {raw:,} |")
PY
done
