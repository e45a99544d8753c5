#!/usr/bin/env bash
# int8 ENet that runs faster than fp32 in ONNX Runtime: the reference CamVid ENet and its
# one-slope-per-layer child (`leanseg share-slopes`, fine-tuned on one core), each exported to
# fp32 ONNX and quantized: every operator ONNX Runtime can with MinMax ranges (uint8
# activations, the parent also int8 ones), and the default (operators with weights, moving-average
# ranges). Prints each
# model's val mIoU (101 images, 480x360) and file size, then the ONNX files' latencies measured
# interleaved at 1 and 2 threads. Run from the project root with nothing else running.
#   bash benchmarks/int8_camvid.sh            # 3 fine-tuning epochs: about 15 minutes, then 10
set -euo pipefail
PARENT=../shared/checkpoints/camvid-enet-gpu
OUT=${OUT:-runs/bench-int8-slopes}
EPOCHS=${EPOCHS:-3}
L=.venv/bin/leanseg
mkdir -p "$OUT"
if [[ ! -f "$OUT/slopes/metrics.json" ]]; then  # the fine-tuning is the slow part: kept
  OMP_NUM_THREADS=1 $L share-slopes "$PARENT" --finetune-epochs "$EPOCHS" --distill 0.5 \
    --set workers=0 --set cache=true --out "$OUT/slopes" --overwrite > /dev/null 2>&1
fi
ALL=(--operators all --calibration minmax)
$L quantize "$PARENT" "${ALL[@]}" --activations int8 --out "$OUT/parent-int8act" --overwrite \
  > /dev/null 2>&1
$L quantize "$PARENT" "${ALL[@]}" --out "$OUT/parent-uint8act" --overwrite > /dev/null 2>&1
$L quantize "$OUT/slopes" "${ALL[@]}" --out "$OUT/slopes-uint8act" --overwrite > /dev/null 2>&1
$L quantize "$PARENT" --out "$OUT/parent-conv" --overwrite > /dev/null 2>&1
$L quantize "$OUT/slopes" --out "$OUT/slopes-conv" --overwrite > /dev/null 2>&1
$L export "$PARENT" --out "$OUT/parent.onnx" --overwrite > /dev/null 2>&1
$L export "$OUT/slopes" --out "$OUT/slopes.onnx" --overwrite > /dev/null 2>&1
python3 - "$OUT" <<'PY'
import json, os, sys
out = sys.argv[1]
slopes = json.load(open(f"{out}/slopes/slopes.json"))["miou"]
print(f"share-slopes: parent {slopes['parent']:.4f}, shared {slopes['shared']:.4f}, "
      f"fine-tuned {slopes['final']:.4f} (PyTorch)")
for run in ("parent-int8act", "parent-uint8act", "slopes-uint8act", "parent-conv", "slopes-conv"):
    q = json.load(open(f"{out}/{run}/quantize.json"))
    print(f"{run}: fp32 ONNX {q['miou'][0]:.4f}, int8 {q['miou'][1]:.4f}, "
          f"{q['bytes'][0]:,} -> {q['bytes'][1]:,} bytes")
PY
files=("$OUT/parent.onnx" "$OUT/slopes.onnx" "$OUT/parent-int8act/model.int8.onnx"
       "$OUT/parent-uint8act/model.int8.onnx" "$OUT/slopes-uint8act/model.int8.onnx"
       "$OUT/parent-conv/model.int8.onnx" "$OUT/slopes-conv/model.int8.onnx")
for t in 1 2; do
  .venv/bin/python benchmarks/latency_ab.py "${files[@]}" --threads "$t" --rounds 7 2>/dev/null
done
