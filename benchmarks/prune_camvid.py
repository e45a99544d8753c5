"""Prune a CamVid model (the reference ENet unless `--parent` names another run) with each
criterion at each ratio, fine-tune every result with the same budget, and measure what it cost.

Run from the project root; without fine-tuning about 10 minutes on 2 cores, with
`--finetune-epochs 3` about 5 minutes per run on one core:
    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/prune_camvid.py --ratios 0.3,0.5,0.7 \
        --finetune-epochs 3 --out benchmarks/results/prune_camvid_ft3.json
SegNet-Basic scores about a second per val image on this CPU; `--val-images 20` scores the
first 20 (before and after each pruning) to keep a sweep short.
Writes the JSON (default benchmarks/results/prune_camvid.json): val mIoU and per-class IoU at
native 480x360, parameters, MACs and estimated energy at 480x360, and ONNX Runtime and PyTorch
latency (480x360, 1 and 2 threads) of the parent and of each pruned model. Fine-tuning uses
240x320 crops, batch 8 and the parent's learning rate (5e-4, poly decay).
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
from pathlib import Path

from leanseg.measure.profile import ProfileConfig, profile
from leanseg.prune.runner import PruneConfig, prune_run
from leanseg.runs import load_model

PARENT = Path("../shared/checkpoints/camvid-enet-gpu")
FINETUNE = {"crop": "[240,320]", "batch_size": "8", "workers": "1", "amp": "false"}


def measure(run: str | Path) -> dict:
    out: dict = {}
    for threads in (1, 2):
        cfg = ProfileConfig(layers=False, runs=10, threads=threads)
        r = profile(run, cfg, progress=False)
        out |= {k: r[k] for k in ("params", "macs")} | {"mj": r["energy"]["millijoules"]}
        out[f"latency_{threads}t"] = {b: s["median_ms"] for b, s in r["latency"].items()}
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--criteria", default="l1,taylor,bn,energy")
    parser.add_argument("--ratios", default="0.5")
    parser.add_argument("--finetune-epochs", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/prune_camvid.json"))
    parser.add_argument("--parent", default=str(PARENT), help="run directory or pretrained name")
    parser.add_argument("--val-images", type=int, default=0, help="first N val images; 0: all")
    args = parser.parse_args()
    work = Path("runs/bench-prune")
    rows = [{"run": "parent", "criterion": "-", "ratio": 0.0, **measure(args.parent)}]
    model = load_model(args.parent)[1].model
    for ratio in (float(r) for r in args.ratios.split(",")):
        for crit in args.criteria.split(","):
            out = work / f"{model}-{crit}-{ratio:g}"
            cfg = PruneConfig(criterion=crit, ratio=ratio, finetune_epochs=args.finetune_epochs,
                              lr=5e-4, finetune=FINETUNE, val_images=args.val_images)  # fmt: skip
            result = prune_run(args.parent, cfg, out, progress=False, overwrite=True)
            report = json.loads((out / "prune.json").read_text())
            rows.append({"run": out.name, "criterion": crit, "ratio": ratio,
                         "miou_parent": result.miou[0], "miou": result.miou[1],
                         "class_iou": report["class_iou"], **measure(out)})  # fmt: skip
            log = out / "metrics.csv"  # fine-tuning validates on all of val, whatever --val-images
            if log.is_file():
                with log.open(newline="") as f:
                    rows[-1]["miou_all_val"] = float(list(csv.DictReader(f))[-1]["val_miou"])
            print(json.dumps(rows[-1], default=str), flush=True)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(rows, indent=2, default=str))  # after every run
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
