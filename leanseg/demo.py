"""`leanseg demo`: the main job end to end on built-in synthetic data, small enough for a laptop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from leanseg.data.check import check_dataset
from leanseg.data.synth import SynthConfig, synthesize


def run_demo(out: Path, quick: bool = False, echo: Callable[[str], Any] = print) -> dict:
    """Create a RoboCup@Work dataset under `out`, check it, and return a summary."""
    out = Path(out)
    count = 40 if quick else 240
    echo(f"[1] creating a synthetic RoboCup@Work dataset ({count} images)")
    spec = synthesize(out / "robocup", SynthConfig(count=count, size=(320, 240)))
    echo("[2] checking it")
    report = check_dataset(spec, progress=False)
    echo(report.table())
    return {
        "dataset": str(spec.root),
        "images": {s: v.images for s, v in report.splits.items()},
        "errors": len(report.errors),
    }
