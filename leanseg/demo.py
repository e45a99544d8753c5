"""`leanseg demo`: what leanseg is for, in minutes on two cores.

It makes a synthetic RoboCup@Work set, fine-tunes the shipped `camvid-enet` on it, compresses
the result with a recipe (one PReLU slope per layer, which ONNX Runtime fuses into the
convolution before it, and fine-tune; share the weights in 32 values per layer with float16 for
the rest, and fine-tune; Huffman-code them into a `.lsz` file), measures both models against a
budget (a smaller file, a faster frame, at most one point of val mIoU lost), writes the HTML
report comparing them and the torch-free bundle of the compressed model, and runs the bundle on
a test image. The scene objects are six of the fifteen, the larger and more distinct ones, so
that a few minutes of fine-tuning learn every one; the settings were fixed on a set made with
another seed, not on the val split the demo reports
(benchmarks/results/demo_settings_seed1.txt).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from leanseg.atomic import check_output_dir, write_text
from leanseg.compress.recipe import compress
from leanseg.config import train_config
from leanseg.data.check import check_dataset
from leanseg.data.files import read_rgb
from leanseg.data.synth import SynthConfig, synthesize
from leanseg.deploy import DeployConfig, deploy
from leanseg.evaluate import evaluate
from leanseg.measure.budget import Verdict, parse_limit
from leanseg.measure.interleaved import CostConfig, measure_costs
from leanseg.report.page import build_report
from leanseg.runs import model_files, write_json
from leanseg.train import train
from leanseg_runtime import load_bundle

OBJECTS = ("S40_40_G", "Axis", "Motor", "Bearing_Box", "Container_Box_Red", "Container_Box_Blue")
MAX_SIZE = "300KB"  # the compressed model's file
MIN_SPEEDUP = 1.15  # its latency at most the parent's divided by this, measured together
MAX_DROP = 1.0  # points of val mIoU it may lose against the parent


@dataclass(frozen=True)
class Settings:
    images: int  # all splits together (80% train, 10% val, 10% test)
    size: tuple[int, int]  # (W, H)
    epochs: int  # fine-tuning camvid-enet
    slopes_epochs: int  # fine-tuning with one PReLU slope per layer
    share_epochs: int  # fine-tuning the shared weights
    rounds: int  # interleaved latency rounds


FULL = Settings(images=200, size=(256, 192), epochs=16, slopes_epochs=2, share_epochs=1, rounds=20)
QUICK = Settings(images=24, size=(96, 72), epochs=1, slopes_epochs=0, share_epochs=0, rounds=1)


def recipe(s: Settings) -> dict[str, Any]:
    """The compression the demo applies, as a `leanseg compress --recipe` file holds it."""
    return {"steps": [
        {"share_slopes": {"finetune_epochs": s.slopes_epochs}},
        {"cluster": {"bits": "default=5", "float16": True, "finetune_epochs": s.share_epochs}},
        {"encode": {"codec": "huffman"}},
    ]}  # fmt: skip


def run_demo(out: Path, quick: bool = False, echo: Callable[[str], Any] = print,
             overwrite: bool = False) -> dict:  # fmt: skip
    """Run every step under `out`, print a five-line headline and return a summary (also in
    out/summary.json). A non-empty `out` is replaced only with `overwrite`."""
    out = Path(out)
    check_output_dir(out, overwrite)
    if out.exists():
        shutil.rmtree(out)
    s = QUICK if quick else FULL
    show = not quick
    w, h = s.size
    echo(f"[1/8] creating synthetic RoboCup@Work scenes: {s.images} images at {w}x{h}, "
         f"{len(OBJECTS)} objects")  # fmt: skip
    spec = synthesize(out / "robocup", SynthConfig(s.images, s.size, OBJECTS), progress=show)
    echo("[2/8] checking them")
    checked = check_dataset(spec, progress=False)
    echo(checked.table().split("\n\n")[0])
    echo(f"[3/8] fine-tuning camvid-enet on them for {s.epochs} epochs (train --init)")
    cfg = train_config(
        dataset=str(spec.root / "dataset.yaml"), init="camvid-enet", name="demo-enet",
        out_dir=str(out / "runs"), epochs=s.epochs, batch_size=8, crop=(h, w),
        scale=(0.75, 1.25), lr=2e-3, workers=0, val_every=s.epochs,
    )  # fmt: skip
    parent = train(cfg, progress=show).run_dir
    echo("[4/8] compressing it with the recipe in recipe.yaml (leanseg compress)")
    write_text(out / "recipe.yaml", yaml.safe_dump(recipe(s), sort_keys=False))
    child = Path(
        compress(parent, out / "recipe.yaml", out / "compressed", progress=show)[-1]["run"]
    )
    echo("[5/8] scoring both on the val split")
    scores = [evaluate(r, progress=False)[0] for r in (parent, child)]
    miou = [m.miou for m in scores]
    echo(f"[6/8] timing both together ({s.rounds} interleaved rounds, {w}x{h}, 2 threads)")
    timing = CostConfig(size=(h, w), threads=2, rounds=s.rounds)
    costs = measure_costs([parent, child], timing, progress=show)
    files = [_smallest_file(r) for r in (parent, child)]
    verdicts = judge_demo(miou, [f.stat().st_size for f in files], [c.latency_ms for c in costs])
    echo("[7/8] writing the report")
    page, _ = build_report([parent, child], out / "report.html", profile=timing, costs=costs)
    echo("[8/8] writing the torch-free bundle of the compressed model and running it")
    bundle = deploy([child], out / "bundle", DeployConfig(max_size=MAX_SIZE, runs=3),
                    progress=False)  # fmt: skip
    test_image = spec.root / (spec.root / "test.txt").read_text().split()[0]
    mask = load_bundle(bundle.out).predict(read_rgb(test_image)[0])
    found = [spec.classes[c] for c in sorted(set(mask.ravel().tolist()))]
    summary = {
        "dataset": str(spec.root),
        "images": {k: v.images for k, v in checked.splits.items()},
        "dataset_errors": len(checked.errors),
        "models": [
            {
                "run": str(r),
                "val_miou": m.miou,
                "val_class_iou": dict(zip(spec.classes, m.per_class_iou, strict=True)),
                "file": str(f),
                "bytes": f.stat().st_size,
                "latency_ms": c.latency_ms,
                "energy_mj": c.energy_mj,
            }
            for r, m, f, c in zip((parent, child), scores, files, costs, strict=True)
        ],  # fmt: skip
        "timing": timing.describe(),
        "budget": [v.__dict__ for v in verdicts],
        "report": str(page),
        "bundle": str(bundle.out),
        "bundle_file": bundle.chosen.format,
        "bundle_bytes": bundle.chosen.bytes,
        "bundle_latency_ms": bundle.chosen.latency_ms,
        "test_image": str(test_image),
        "classes_found": found,
    }
    write_json(out / "summary.json", summary)
    for line in headline(summary):
        echo(line)
    return summary


def _smallest_file(run: Path) -> Path:
    return min(model_files(run).values(), key=lambda p: p.stat().st_size)


def judge_demo(miou: list[float], sizes: list[int], latency: list[float]) -> list[Verdict]:
    """The demo's budget for the compressed model (second of each pair) against its parent."""
    limit_ms = latency[0] / MIN_SPEEDUP
    drop = (miou[0] - miou[1]) * 100
    size_limit = parse_limit("size", MAX_SIZE)
    return [
        Verdict("size", size_limit, sizes[1], "B", sizes[1] <= size_limit, "smallest file"),
        Verdict("latency", limit_ms, latency[1], "ms", latency[1] <= limit_ms,
                f"parent's {latency[0]:.1f} ms / {MIN_SPEEDUP}"),
        Verdict("mIoU drop", MAX_DROP, drop, "points", drop <= MAX_DROP, "val, against parent"),
    ]  # fmt: skip


def headline(summary: dict) -> list[str]:
    """Five lines: before, after, the verdicts, the bundle, the report."""
    lines = []
    for label, m in zip(("before", "after "), summary["models"], strict=True):
        lines.append(f"{label}  val mIoU {m['val_miou']:.2%}, {m['bytes'] / 1e3:,.0f} KB "
                     f"{Path(m['file']).name}, {m['latency_ms']:.1f} ms a frame")  # fmt: skip
    lines.append("budget  " + "; ".join(_verdict(v) for v in summary["budget"]))
    lines.append(f"bundle  {summary['bundle']} ({summary['bundle_file']}, "
                 f"{summary['bundle_bytes'] / 1e3:,.0f} KB, {summary['bundle_latency_ms']:.1f} ms):"
                 f" found {', '.join(summary['classes_found'])} in "
                 f"{Path(summary['test_image']).name}")  # fmt: skip
    lines.append(f"report  {summary['report']}")
    return lines


def _verdict(v: dict) -> str:
    scale, unit = (1e-3, "KB") if v["unit"] == "B" else (1.0, v["unit"])
    word = "PASS" if v["passed"] else "FAIL"
    sign = "<=" if v["passed"] else ">"
    value, limit = v["value"] * scale, v["limit"] * scale
    return f"{word} {v['constraint']} {value:,.1f} {sign} {limit:,.1f} {unit}"
