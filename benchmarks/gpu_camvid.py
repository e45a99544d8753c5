"""Train a CamVid baseline within a time budget on a rented GPU, leaving at most 8 files.

A GPU machine is lent for minutes, its upload is limited (64 MiB) and only 8 files come back, so:

1. here: `prepare` writes a compact copy of CamVid (JPEG quality 95 images, label PNGs as they
   are: 37 MB instead of 122 MB) into a folder git ignores;
2. there: `train` measures one epoch, fits as many epochs as the budget allows (the poly
   schedule needs the count up front), trains with the decoded cache and batch augmentation on
   the GPU, scores the last epoch's model on val, and copies the run's essential files (header,
   weights, config, per-epoch log, metrics) into one folder.

    .venv/bin/python benchmarks/gpu_camvid.py prepare ../shared/datasets/camvid data/camvid-jpeg
    PYTHONPATH=$PWD python benchmarks/gpu_camvid.py train data/camvid-jpeg $OUT/camvid-enet \
        --model enet --minutes 8

3. or there: `compress` applies a `leanseg compress` recipe (pruning with long fine-tuning, the
   GPU's use for issues 10 and 11) to a parent run copied into the upload (`parent` below: its
   model.json, model.safetensors and config.yaml), pointed at the compact CamVid first, because
   a run names its dataset by an absolute path of the machine that made it. The last step's
   model, metrics and step record come back with compress.json:

    mkdir -p data/parent && cp ../shared/checkpoints/camvid-enet-gpu/{model.json,\
model.safetensors,config.yaml} data/parent/
    PYTHONPATH=$PWD python benchmarks/gpu_camvid.py compress data/camvid-jpeg data/parent \
        configs/recipes/enet-prune-l1-gpu.yaml $OUT/enet-pruned
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import time
from pathlib import Path

from PIL import Image

from leanseg.config import load_config
from leanseg.evaluate import evaluate
from leanseg.train import train

KEEP = ("model.json", "model.safetensors", "config.yaml", "metrics.csv", "metrics.json")
# A compress step's run: its model in whichever format the step writes, and its step record.
KEEP_STEP = (
    "model.json", "model.safetensors", "model.lsz", "model.int8.onnx", "metrics.csv",
    "metrics.json", "prune.json", "cluster.json", "quantize.json", "slopes.json",
)  # fmt: skip
MAX_FILES = 8  # what a device run brings back
# The reference run's protocol (../shared/checkpoints/camvid-enet-gpu): full-size crops.
GPU_PROTOCOL = {"crop": [360, 480], "scale": [0.5, 2.0], "batch_size": 10, "amp": True}
CONFIGS = {
    "enet": "configs/camvid_enet.yaml",
    "segnet_basic": "configs/camvid_segnet_basic.yaml",
    "lraspp_mobilenet_v3_large": "configs/camvid_lraspp.yaml",
}


def prepare(source: Path, out: Path) -> None:
    """CamVid's list files with JPEG images beside the unchanged label PNGs."""
    for split in ("train", "val", "test"):
        lines_in = source / f"{split}.txt"
        if not lines_in.is_file():
            continue
        lines = []
        for line in lines_in.read_text().split("\n"):
            if not line.strip():
                continue
            image, label = line.split()
            jpeg = Path(image).with_suffix(".jpg")
            (out / jpeg).parent.mkdir(parents=True, exist_ok=True)
            (out / label).parent.mkdir(parents=True, exist_ok=True)
            Image.open(source / image).convert("RGB").save(out / jpeg, quality=95)
            shutil.copyfile(source / label, out / label)
            lines.append(f"{jpeg} {label}\n")
        (out / f"{split}.txt").write_text("".join(lines))
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out}: {size / 1e6:.1f} MB")


def train_for(data: Path, out: Path, model: str, minutes: float, extra: dict) -> None:
    runs = str(out.parent / f".{out.name}-runs")
    settings = {"dataset": f"camvid:{data}", "model": model, "cache": True, "workers": 0,
                **GPU_PROTOCOL, "out_dir": runs, **extra}  # fmt: skip
    probe = load_config(CONFIGS[model], settings | {"name": "probe", "epochs": 1, "val_every": 1})
    start = time.perf_counter()
    train(probe, overwrite=True, progress=False)
    per_epoch = time.perf_counter() - start  # validation and start-up included: a safe bound
    epochs = max(1, math.floor(minutes * 60 / per_epoch) - 1)
    print(f"one epoch took {per_epoch:.1f} s: training {epochs} epochs")
    cfg = load_config(CONFIGS[model], settings | {"name": out.name, "epochs": epochs,
                                                  "val_every": epochs})  # fmt: skip
    result = train(cfg, overwrite=True)
    metrics, classes, _ = evaluate(result.run_dir, split="val", progress=False, overwrite=True)
    out.mkdir(parents=True, exist_ok=True)
    for name in KEEP:
        if (result.run_dir / name).is_file():
            shutil.copyfile(result.run_dir / name, out / name)
    record = {
        "epochs": epochs,
        "minutes": result.seconds / 60,
        "val_miou": metrics.miou,
        "per_class_iou": dict(zip(classes, metrics.per_class_iou, strict=True)),
    }
    (out / "gpu_run.json").write_text(json.dumps(record, indent=2))  # fmt: skip
    print(f"{out}: {epochs} epochs in {result.seconds / 60:.1f} min, val mIoU {metrics.miou:.4f}")


def compress_on(data: Path, parent: Path, recipe: Path, out: Path) -> None:
    """Point `parent` (a run directory) at the compact CamVid in `data`, apply `recipe`, and
    copy compress.json and the last step's files into `out` (at most MAX_FILES in all)."""
    from leanseg.compress.recipe import compress, format_compress_report

    header = json.loads((parent / "model.json").read_text())
    header["dataset"] = f"camvid:{data.resolve()}"
    (parent / "model.json").write_text(json.dumps(header, indent=2))
    steps_dir = out.parent / f".{out.name}-steps"
    start = time.perf_counter()
    records = compress(parent, recipe, steps_dir, progress=False, overwrite=True)
    print(format_compress_report(parent, records))
    last = Path(records[-1]["run"])
    kept = [n for n in KEEP_STEP if (last / n).is_file()][: MAX_FILES - 2]
    out.mkdir(parents=True, exist_ok=True)
    for name in kept:
        shutil.copyfile(last / name, out / name)
    shutil.copyfile(steps_dir / "compress.json", out / "compress.json")
    record = {"minutes": (time.perf_counter() - start) / 60, "steps": records, "files": kept}
    (out / "gpu_run.json").write_text(json.dumps(record, indent=2))
    print(f"{out}: {len(records)} steps in {record['minutes']:.1f} min, last {last.name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("source", type=Path)
    p.add_argument("out", type=Path)
    t = sub.add_parser("train")
    t.add_argument("data", type=Path)
    t.add_argument("out", type=Path)
    t.add_argument("--model", default="enet", choices=sorted(CONFIGS))
    t.add_argument("--minutes", type=float, default=8.0)
    t.add_argument("--set", dest="sets", action="append", default=[], metavar="KEY=VALUE")
    c = sub.add_parser("compress")
    c.add_argument("data", type=Path)
    c.add_argument("parent", type=Path)
    c.add_argument("recipe", type=Path)
    c.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.source, args.out)
    elif args.command == "compress":
        compress_on(args.data, args.parent, args.recipe, args.out)
    else:
        extra = dict(s.split("=", 1) for s in args.sets)
        train_for(args.data, args.out, args.model, args.minutes, extra)


if __name__ == "__main__":
    main()
