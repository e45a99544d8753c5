"""`leanseg demo`: the main job end to end on built-in synthetic data, small enough for a laptop:
create a RoboCup@Work dataset, check it, train ENet, evaluate it, export it to ONNX, and
profile it against the default budget (under 10 MB, under 1 s per frame), and write the
torch-free bundle a robot would run, checked by segmenting a test image with it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from leanseg.atomic import check_output_dir
from leanseg.config import train_config
from leanseg.data.check import check_dataset
from leanseg.data.files import read_rgb
from leanseg.data.synth import SynthConfig, synthesize
from leanseg.deploy import DeployConfig, deploy
from leanseg.evaluate import evaluate, format_metrics
from leanseg.export import export_onnx
from leanseg.measure.profile import ProfileConfig, format_report, profile_to
from leanseg.runs import write_json
from leanseg.train import train
from leanseg_runtime import load_bundle

DEFAULT_BUDGET = {"max_size": "10MB", "max_latency": "1s"}


def run_demo(
    out: Path, quick: bool = False, echo: Callable[[str], Any] = print, overwrite: bool = False
) -> dict:
    """Run every step under `out` and return a summary (also written to out/summary.json).
    A non-empty `out` is replaced only with `overwrite`."""
    out = Path(out)
    check_output_dir(out, overwrite)
    if out.exists():
        shutil.rmtree(out)
    size = (96, 72) if quick else (320, 240)
    count = 24 if quick else 160
    echo(f"[1/7] creating a synthetic RoboCup@Work dataset: {count} images at {size[0]}x{size[1]}")
    spec = synthesize(out / "robocup", SynthConfig(count=count, size=size), progress=not quick)
    echo("[2/7] checking it")
    report = check_dataset(spec, progress=False)
    echo(report.table().split("\n\n")[0])
    echo("[3/7] training ENet")
    cfg = train_config(
        dataset=str(spec.root / "dataset.yaml"), model="enet", name="demo-enet",
        out_dir=str(out / "runs"), epochs=1 if quick else 6, batch_size=8,
        crop=(size[1], size[0]), scale=(0.75, 1.25), lr=2e-3, workers=0,
        val_every=1 if quick else 3,
    )  # fmt: skip
    result = train(cfg, progress=not quick)
    echo("[4/7] evaluating on the val split")
    metrics, classes, _ = evaluate(result.run_dir, split="val", progress=False)
    echo(format_metrics(metrics, classes))
    echo("[5/7] exporting to ONNX and checking it against PyTorch")
    exported = export_onnx(result.run_dir, check_images=2)
    echo(f"  {exported.path}: argmax agreement {exported.agreement:.4%}")
    echo("[6/7] profiling against the default budget (10 MB, 1 s per frame)")
    prof, verdicts = profile_to(
        result.run_dir,
        result.run_dir / "profile",
        ProfileConfig(size=(size[1], size[0]), runs=2 if quick else 10),
        DEFAULT_BUDGET,
        progress=False,
    )
    echo(format_report(prof, top=5))
    for v in verdicts:
        echo(f"  {v.line()}")
    echo("[7/7] writing a torch-free bundle for the robot (leanseg deploy) and running it")
    bundle = deploy([result.run_dir], out / "bundle", DeployConfig(**DEFAULT_BUDGET, runs=3),
                    progress=False)  # fmt: skip
    test_image = spec.root / (spec.root / "test.txt").read_text().split()[0]
    mask = load_bundle(bundle.out).predict(read_rgb(test_image)[0])
    echo(f"  {bundle.out}: {bundle.chosen.bytes / 1e3:.0f} KB, classes found in "
         f"{test_image.name}: {sorted(int(c) for c in set(mask.ravel().tolist()))}")  # fmt: skip
    summary = {
        "dataset": str(spec.root),
        "images": {s: v.images for s, v in report.splits.items()},
        "dataset_errors": len(report.errors),
        "run": str(result.run_dir),
        "val_miou": metrics.miou,
        "onnx": str(exported.path),
        "onnx_agreement": exported.agreement,
        "latency_ms": {b: v["median_ms"] for b, v in prof["latency"].items()},
        "budget": {v.constraint: v.passed for v in verdicts},
        "bundle": str(bundle.out),
    }
    write_json(out / "summary.json", summary)
    return summary
