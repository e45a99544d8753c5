"""Prune the reference CamVid ENet with each criterion and measure what it cost.

Run from the project root (about 10 minutes on 2 cores without fine-tuning):
    OMP_NUM_THREADS=2 .venv/bin/python benchmarks/prune_camvid.py [--finetune-epochs N]
Writes benchmarks/results/prune_camvid.json and prints the Markdown table for BENCHMARKS.md:
val mIoU at native 480x360, parameters, MACs at 480x360, estimated energy and ONNX Runtime
latency (2 threads, 480x360) of the parent and of each pruned model.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from leanseg.measure.profile import ProfileConfig, profile
from leanseg.prune.runner import PruneConfig, prune_run

PARENT = Path("../shared/checkpoints/camvid-enet-gpu")
OUT = Path("benchmarks/results")


def measure(run: Path) -> dict:
    r = profile(run, ProfileConfig(layers=False, runs=10), progress=False)
    return {k: r[k] for k in ("params", "macs", "latency")} | {"mj": r["energy"]["millijoules"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--criteria", default="l1,taylor,bn,energy")
    parser.add_argument("--ratios", default="0.3,0.5")
    parser.add_argument("--finetune-epochs", type=int, default=0)
    args = parser.parse_args()
    work = Path("runs/bench-prune")
    rows = [{"run": "parent", "criterion": "-", "ratio": 0.0, **measure(PARENT)}]
    for ratio in (float(r) for r in args.ratios.split(",")):
        for crit in args.criteria.split(","):
            out = work / f"enet-{crit}-{ratio:g}"
            cfg = PruneConfig(criterion=crit, ratio=ratio, finetune_epochs=args.finetune_epochs)
            result = prune_run(PARENT, cfg, out, progress=False, overwrite=True)
            rows.append({"run": out.name, "criterion": crit, "ratio": ratio,
                         "miou_parent": result.miou[0], "miou": result.miou[1],
                         **measure(out)})  # fmt: skip
            print(json.dumps(rows[-1], default=str), flush=True)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "prune_camvid.json").write_text(json.dumps(rows, indent=2, default=str))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
