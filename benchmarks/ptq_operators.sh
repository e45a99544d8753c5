#!/usr/bin/env bash
# Which operators to quantize and how to calibrate their ranges: `leanseg quantize` with
# --operators conv|all and --calibration moving-average|minmax on each CamVid ENet given (the
# reference, its one-slope child from int8_camvid.sh, the L1-pruned ENet of the pruning
# benchmark). Prints fp32 and int8 val mIoU (101 images, 480x360) and the share of calibration
# pixels the int8 model labels as fp32 does. About a minute a model and setting.
#   bash benchmarks/ptq_operators.sh [RUN ...]
set -euo pipefail
OUT=${OUT:-runs/bench-ptq}
runs=("$@")
if [[ ${#runs[@]} -eq 0 ]]; then
  runs=(../shared/checkpoints/camvid-enet-gpu runs/bench-int8-slopes/slopes
        runs/enet-l1-0.5-ft12-kd0.5)
fi
for run in "${runs[@]}"; do
  for setting in "conv moving-average" "conv minmax" "all moving-average" "all minmax"; do
    read -r ops calibration <<< "$setting"
    dst="$OUT/$(basename "$run")-$ops-$calibration"
    .venv/bin/leanseg quantize "$run" --operators "$ops" --calibration "$calibration" \
      --out "$dst" --overwrite > /dev/null 2>&1
    python3 - "$dst" "$run" "$ops" "$calibration" <<'PY'
import json, sys
q = json.load(open(f"{sys.argv[1]}/quantize.json"))
agreement = q["bias_correction_agreement"][0] if q["bias_correction_agreement"] else float("nan")
print(f"{sys.argv[2]} {sys.argv[3]} {sys.argv[4]}: fp32 {q['miou'][0]:.4f}, int8 "
      f"{q['miou'][1]:.4f} ({q['miou'][1] - q['miou'][0]:+.4f}), agreement {agreement:.4f}, "
      f"bias correction {'kept' if q['bias_corrected_layers'] else 'rejected'}")
PY
  done
done
