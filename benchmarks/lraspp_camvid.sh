#!/usr/bin/env bash
# camvid-lraspp: LR-ASPP MobileNetV3-Large trained from scratch on CamVid on one core
# of this CPU (configs/camvid_lraspp.yaml), scored on val with its last epoch's weights and
# packaged as a pretrained model; then its int8: NNCF's post-training quantization,
# leanseg's in the four settings of ptq_operators.sh, quantization-aware training distilled from
# the fp32 model, percentile and entropy calibration, per-tensor weights, and the ONNX files'
# latencies beside camvid-enet's, measured interleaved at 1 and 2 threads.
# Run from the project root with nothing else running (the training may run alone beforehand:
# the script skips it when runs/camvid-lraspp is complete).
#   bash benchmarks/lraspp_camvid.sh     # training about 85 minutes, the rest about 20
set -euo pipefail
OUT=${OUT:-runs/bench-lraspp}
QAT_EPOCHS=${QAT_EPOCHS:-3}
L=.venv/bin/leanseg
if [[ ! -f runs/camvid-lraspp/metrics.json ]]; then
  OMP_NUM_THREADS=1 $L train --config configs/camvid_lraspp.yaml --threads 1
fi
$L evaluate runs/camvid-lraspp --split val
.venv/bin/python benchmarks/package_pretrained.py runs/camvid-lraspp camvid-lraspp
.venv/bin/python benchmarks/nncf_baseline.py runs/camvid-lraspp  # needs `pip install nncf==3.4.0`
OUT=$OUT bash benchmarks/ptq_operators.sh runs/camvid-lraspp
$L quantize runs/camvid-lraspp --method qat --finetune-epochs "$QAT_EPOCHS" --distill 0.5 \
  --set workers=0 --set cache=true --out "$OUT/qat" --overwrite | tail -3
for calibration in percentile entropy; do
  $L quantize runs/camvid-lraspp --calibration "$calibration" --out "$OUT/conv-$calibration" \
    --overwrite | grep "val mIoU"
done
$L quantize runs/camvid-lraspp --per-tensor --out "$OUT/conv-per-tensor" --overwrite | grep "val mIoU"
$L export camvid-enet --out "$OUT/enet.onnx" --overwrite > /dev/null
$L export runs/camvid-lraspp --out "$OUT/lraspp.onnx" --overwrite > /dev/null
files=("$OUT/enet.onnx" "$OUT/lraspp.onnx" "$OUT/camvid-lraspp-conv-moving-average/model.int8.onnx"
       "$OUT/camvid-lraspp-all-minmax/model.int8.onnx" "$OUT/qat/model.int8.onnx")
for threads in 1 2; do
  .venv/bin/python benchmarks/latency_ab.py "${files[@]}" --threads "$threads" --rounds 5
done
