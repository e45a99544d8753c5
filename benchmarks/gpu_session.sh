#!/usr/bin/env bash
# One GPU lease (15 device minutes, 10 a command), from
# the checkout's root on the GPU machine:
#   1. ENet's training images/s with the decoded cache and with the per-sample loader;
#   2. then at once: ENet pruned by half (L1) and fine-tuned with distillation, and
#      SegNet-Basic trained from scratch, then Deep-Compressed.
# Every phase fits its epochs to the seconds left (benchmarks/gpu_camvid.py --minutes).
# Needs data/camvid-jpeg (`benchmarks/gpu_camvid.py prepare`) and, where the machine lacks
# torch-pruning or constriction, their wheels in .whl/. At most 8 files come back from a
# device run: the logs and one archive per result go to $OUT, and partial.tgz (every log and
# metrics.csv) just before BUDGET runs out, in case a phase has not finished.
#   OUT=bench_out/gpu BUDGET=520 bash benchmarks/gpu_session.sh
set -u
OUT=${OUT:-bench_out/gpu}
BUDGET=${BUDGET:-520}                   # seconds for the whole script
DATA=${DATA:-data/camvid-jpeg}
SETS=${SETS:-}                          # e.g. "--set crop=[60,80]" for a quick run on a CPU
PY=${PY:-python3}
THREADS=${THREADS:-6}                  # CPU threads of each of the two jobs
G=benchmarks/gpu_camvid.py
W=${WORK:-/tmp/leanseg-gpu}
start=$(date +%s)
left() { echo $((BUDGET - ($(date +%s) - start))); }
minutes() { $PY -c "print(round($1 / 60, 2))"; }

rm -rf "$W" && mkdir -p "$W" "$OUT"
if ! $PY -c "import torch_pruning, constriction" 2>/dev/null && ls .whl/*.whl >/dev/null 2>&1; then
    $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site \
        .whl/*.whl && export PYTHONPATH=/tmp/site
fi
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH} PYTHONUNBUFFERED=1
$PY -c "import torch, leanseg.prune.graph, leanseg.compress.recipe; print(torch.__version__, \
    torch.cuda.get_device_name() if torch.cuda.is_available() else 'no GPU')" || exit 1
(sleep $((BUDGET - 12)) && cd "$W" && find . -name '*.csv' -o -name '*.json' -o -name '*.yaml' \
    | tar czf "$OUT/partial.tgz" -T - ) &
watchdog=$!

# 1. throughput alone on the machine
$PY $G speed "$DATA" "$W/speed.json" $SETS >"$OUT/speed.log" 2>&1
$PY benchmarks/loader_speed.py "camvid:$DATA" --device cuda --images 400 --workers 12 \
    >>"$OUT/speed.log" 2>&1
cat "$W/speed.json" >>"$OUT/speed.log"

# 2. the two jobs side by side, each with its share of the CPU threads
rest=$(( $(left) - 25 ))                 # the archives and a margin
mkdir -p "$W/enet-parent"
cp leanseg/pretrained/camvid-enet/{model.json,model.safetensors,config.yaml} "$W/enet-parent/"
(
    OMP_NUM_THREADS=$THREADS $PY $G compress "$DATA" "$W/enet-parent" \
        configs/recipes/enet-prune-l1-gpu.yaml "$W/enet-l1" --minutes "$(minutes $rest)"
    tar czf "$OUT/enet.tgz" -C "$W" enet-l1
) >"$OUT/enet.log" 2>&1 &
enet=$!
(
    OMP_NUM_THREADS=$THREADS $PY $G train "$DATA" "$W/segnet" --model segnet_basic $SETS \
        --minutes "$(minutes $((rest * 55 / 100)))"
    tar czf "$OUT/segnet.tgz" -C "$W" segnet
    OMP_NUM_THREADS=$THREADS $PY $G compress "$DATA" "$W/segnet" \
        configs/recipes/segnet-deep-compression-gpu.yaml "$W/segnet-dc" \
        --minutes "$(minutes $(( $(left) - 25 )))"
    tar czf "$OUT/segnet-dc.tgz" -C "$W" segnet-dc
) >"$OUT/segnet.log" 2>&1 &
segnet=$!
wait $enet $segnet
kill $watchdog 2>/dev/null
echo "done in $(( $(date +%s) - start )) s"
