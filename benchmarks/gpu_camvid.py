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

3. or there: `compress` applies a `leanseg compress` recipe (pruning with long fine-tuning, what
   a GPU is for here) to a parent run copied into the upload (`parent` below: its
   model.json, model.safetensors and config.yaml), pointed at the compact CamVid first, because
   a run names its dataset by an absolute path of the machine that made it. The last step's
   model, metrics and step record come back with compress.json:

    mkdir -p data/parent && cp ../shared/checkpoints/camvid-enet-gpu/{model.json,\
model.safetensors,config.yaml} data/parent/
    PYTHONPATH=$PWD python benchmarks/gpu_camvid.py compress data/camvid-jpeg data/parent \
        configs/recipes/enet-prune-l1-gpu.yaml $OUT/enet-pruned --minutes 7

   With `--minutes`, a probe runs the recipe with two fine-tuning epochs a step, and the
   recipe's epochs are scaled (keeping their proportions) to fill the rest of the budget; every
   step then validates once, after its last epoch, so the reported model is the last one.

4. or there: `speed` measures ENet's training images/s (the goal: 1000 on one H100/H200)
   with the decoded cache at two batch sizes and with the per-sample loader.

The GPU run of 2026-11-27 (`bash benchmarks/gpu_session.sh`) did all three at once.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import shutil
import time
from pathlib import Path

import torch
import yaml
from PIL import Image

from leanseg.compress.recipe import Step, compress, format_compress_report, load_recipe
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


def log_rows(run_dir: Path) -> list[dict[str, str]]:
    """The per-epoch rows of a run's metrics.csv."""
    with (run_dir / "metrics.csv").open(newline="") as f:
        return list(csv.DictReader(f))


def epoch_seconds(run_dir: Path, images: int) -> float:
    """Seconds of one training epoch of a run, from the images/s of its last epoch, taken as
    15% longer: the checkpoint written after each epoch is not in that rate."""
    return 1.15 * images / float(log_rows(run_dir)[-1]["images_per_s"])


def train_images(data: Path) -> int:
    return len((data / "train.txt").read_text().splitlines())


def train_for(data: Path, out: Path, model: str, minutes: float, extra: dict) -> None:
    """Train `model` for as many epochs as fit `minutes`, measured by a probe of two epochs:
    its wall time less the epochs' own is the start-up and validation, which the run repeats
    once. (The probe's wall time alone, start-up included, planned 30 epochs of SegNet-Basic
    for 4 minutes on an H200; 136 then took 3.4.)"""
    runs = str(out.parent / f".{out.name}-runs")
    settings = {"dataset": f"camvid:{data}", "model": model, "cache": True, "workers": 0,
                **GPU_PROTOCOL, "out_dir": runs, **extra}  # fmt: skip
    probe = load_config(CONFIGS[model], settings | {"name": "probe", "epochs": 2, "val_every": 2})
    start = time.perf_counter()
    run_dir = train(probe, overwrite=True, progress=False).run_dir
    spent = time.perf_counter() - start
    per_epoch = epoch_seconds(run_dir, train_images(data))
    overhead = max(0.0, spent - 2 * per_epoch)
    epochs = max(1, math.floor((minutes * 60 - overhead) / per_epoch))
    print(f"probe: {spent:.0f} s, epochs of {per_epoch:.2f} s, overhead {overhead:.0f} s: "
          f"training {epochs} epochs")  # fmt: skip
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


def compress_on(
    data: Path, parent: Path, recipe: Path, out: Path, minutes: float | None = None
) -> None:
    """Point `parent` (a run directory) at the compact CamVid in `data`, apply `recipe` (its
    fine-tuning scaled to `minutes` when given), and copy compress.json and the last step's
    files into `out` (at most MAX_FILES in all)."""
    header = json.loads((parent / "model.json").read_text())
    header["dataset"] = f"camvid:{data.resolve()}"
    (parent / "model.json").write_text(json.dumps(header, indent=2))
    steps_dir = out.parent / f".{out.name}-steps"
    start = time.perf_counter()
    if minutes:
        recipe = fit_recipe(data, parent, recipe, minutes * 60, out.parent / f".{out.name}")
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


def _with_epochs(steps: list[Step], epochs: list[int]) -> str:
    """The recipe `steps`, as YAML, with each fine-tuning step's epochs replaced, validating
    only after the last epoch (so the step keeps its last model, not one selected on val)."""
    out, fitted = [], iter(epochs)
    for step in steps:
        settings = dict(step.settings)
        if settings.get("finetune_epochs"):
            n = next(fitted)
            settings["finetune_epochs"] = n
            settings["finetune"] = {**settings.get("finetune", {}), "val_every": n}
        out.append({step.command: settings})
    return yaml.safe_dump({"steps": out})


def fit_recipe(data: Path, parent: Path, recipe: Path, seconds: float, work: Path) -> Path:
    """A copy of `recipe` whose fine-tuning epochs (in the recipe's proportions) fill `seconds`,
    measured by a probe of the recipe with two epochs a step: its wall time less the epochs'
    own time (from each step's metrics.csv) is the overhead that does not grow with epochs."""
    start = time.perf_counter()
    steps = load_recipe(recipe)
    asked = [s.settings["finetune_epochs"] for s in steps if s.settings.get("finetune_epochs")]
    work.mkdir(parents=True, exist_ok=True)
    probe = work / "probe.yaml"
    probe.write_text(_with_epochs(steps, [2] * len(asked)))
    records = compress(parent, probe, work / "probe", progress=False, overwrite=True)
    spent = time.perf_counter() - start
    images = train_images(data)
    per_epoch = [  # seconds of one training epoch in each fine-tuning step
        epoch_seconds(Path(r["run"]), images)
        for r in records
        if r["settings"].get("finetune_epochs")
    ]
    overhead = spent - 2 * sum(per_epoch)
    left = 0.95 * (seconds - spent) - overhead  # 5% for what the probe did not see
    scale = left / sum(n * e for n, e in zip(asked, per_epoch, strict=True))
    epochs = [max(1, math.floor(n * scale)) for n in asked]
    print(f"probe: {spent:.0f} s, epochs of {', '.join(f'{e:.2f}' for e in per_epoch)} s, "
          f"overhead {overhead:.0f} s: fine-tuning epochs {asked} -> {epochs}")  # fmt: skip
    fitted = work / recipe.name
    fitted.write_text(_with_epochs(steps, epochs))
    return fitted


def speed(data: Path, out: Path, model: str, extra: dict) -> None:
    """Training images/s of `model` with the decoded cache (batches 10 and 32) and with the
    per-sample loader (12 workers), each the best epoch of a short run."""
    settings = {"dataset": f"camvid:{data}", "model": model, **GPU_PROTOCOL,
                "out_dir": str(out.parent / f".{out.stem}-runs"), **extra}  # fmt: skip
    paths = {
        "decoded cache + GPU batch augmentation, batch 10": {"cache": True, "workers": 0},
        "decoded cache + GPU batch augmentation, batch 32": {
            "cache": True, "workers": 0, "batch_size": 32},
        "per-sample loader, 12 workers, batch 10": {"cache": False, "workers": 12},
    }  # fmt: skip
    rates = {}
    for i, (name, path) in enumerate(paths.items()):
        epochs = 2 if path["workers"] else 4
        run = {"name": f"speed{i}", "epochs": epochs, "val_every": epochs}
        cfg = load_config(CONFIGS[model], settings | path | run)
        result = train(cfg, overwrite=True, progress=False)
        rates[name] = max(float(r["images_per_s"]) for r in log_rows(result.run_dir)[1:])
        print(f"{name:<52}{rates[name]:8.0f} images/s")
    record = {"model": model, "device": torch.cuda.get_device_name() if torch.cuda.is_available()
              else "cpu", "protocol": GPU_PROTOCOL | extra, "images_per_s": rates}  # fmt: skip
    out.write_text(json.dumps(record, indent=2))


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
    c.add_argument("--minutes", type=float, default=None, help="fit the fine-tuning to this")
    s = sub.add_parser("speed")
    s.add_argument("data", type=Path)
    s.add_argument("out", type=Path, help="a JSON file")
    s.add_argument("--model", default="enet", choices=sorted(CONFIGS))
    s.add_argument("--set", dest="sets", action="append", default=[], metavar="KEY=VALUE")
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.source, args.out)
    elif args.command == "compress":
        compress_on(args.data, args.parent, args.recipe, args.out, args.minutes)
    elif args.command == "speed":
        speed(args.data, args.out, args.model, dict(s.split("=", 1) for s in args.sets))
    else:
        extra = dict(s.split("=", 1) for s in args.sets)
        train_for(args.data, args.out, args.model, args.minutes, extra)


if __name__ == "__main__":
    main()
