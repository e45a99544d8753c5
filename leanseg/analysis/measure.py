"""One compressed model's figures as `sweep` and `fit` compare them, all measured here: val
mIoU and every class's IoU through the backend that runs the model file (ONNX Runtime for int8
models, so their scores are the deployed ones), file size per format, MACs, estimated energy
and ONNX Runtime latency at the data's image size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from torch.utils.data import Dataset


def measure_run(run_dir: Path, val: Dataset, size: tuple[int, int], threads: int) -> dict[str, Any]:
    """The figures of the model in `run_dir`; `bytes` is its smallest file."""
    from leanseg.evaluate import evaluate_backend
    from leanseg.measure.profile import ProfileConfig, profile
    from leanseg.runs import open_backend

    report = profile(run_dir, ProfileConfig(size=size, threads=threads, runs=5, layers=False),
                     progress=False)  # fmt: skip
    latency = report["latency"].get("onnxruntime") or report["latency"]["pytorch"]
    backend, _ = open_backend(run_dir, threads=threads)
    metrics = evaluate_backend(backend, val, progress=False)
    present = [v for v in metrics.per_class_iou if v is not None]
    return {"run": str(run_dir), "miou": metrics.miou,
            "min_class_iou": min(present) if present else 0.0,
            "class_iou": dict(zip(val.spec.classes, metrics.per_class_iou, strict=True)),
            "bytes": min(report["bytes"].values()), "bytes_by_format": report["bytes"],
            "macs": report["macs"], "latency_ms": latency["median_ms"],
            "energy_mj": report["energy"]["millijoules"]}  # fmt: skip
