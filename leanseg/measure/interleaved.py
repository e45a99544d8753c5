"""Latency and energy of several models measured in one run, interleaved (A, B, C, A, B, C, ...).

A virtual machine's speed drifts within minutes and differs 1.5-2x from one day to the next,
so latencies from separate `leanseg profile` runs are not comparable. Timing every model in
each round, and taking the median of each model's round medians, lets the drift hit every
model alike: the ratios between them hold even when the absolute figures do not.
"""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn
from tqdm import tqdm

from leanseg.measure.energy import model_energy, to_millijoules
from leanseg.measure.latency import time_calls, torch_threads
from leanseg.measure.macs import layer_costs
from leanseg.runs import FORMAT_FILES, WEIGHTS, load_model, locate_model, read_header


@dataclass(frozen=True)
class CostConfig:
    size: tuple[int, int] = (360, 480)  # input (H, W)
    threads: int = 2
    rounds: int = 5  # each round times every model once
    runs: int = 10  # timed calls per model and round
    warmup: int = 3  # untimed calls per model and round (caches after switching models)
    onnx: bool = True  # ONNX Runtime (exporting where a run has no ONNX file); else PyTorch

    def describe(self) -> str:
        h, w = self.size
        return (f"median of {self.rounds} interleaved rounds of {self.runs} runs each, "
                f"{w}x{h}, {self.threads} thread(s)")  # fmt: skip


@dataclass(frozen=True)
class Cost:
    latency_ms: float  # median over rounds of each round's median
    low_ms: float  # the fastest and slowest round median
    high_ms: float
    backend: str  # "onnxruntime" or "pytorch"
    energy_mj: float  # leanseg's energy model (measure/energy.py), not a measurement


def interleave(calls: list[Callable[[], object]], cfg: CostConfig,
               progress: bool = False) -> list[list[float]]:  # fmt: skip
    """Each call's round medians in milliseconds, timing every call once per round."""
    medians: list[list[float]] = [[] for _ in calls]
    bar = tqdm(total=cfg.rounds * len(calls), desc="latency", disable=not progress, leave=False)
    for _ in range(cfg.rounds):
        for i, call in enumerate(calls):
            medians[i].append(statistics.median(time_calls(call, cfg.warmup, cfg.runs)) * 1e3)
            bar.update()
    bar.close()
    return medians


def measure_costs(models: list[Path], cfg: CostConfig = CostConfig(),
                  progress: bool = True) -> list[Cost]:  # fmt: skip
    """Latency and energy per frame of each model (run directory, pretrained name, or model
    file in or outside its run), latency interleaved in one run."""
    x = torch.randn(1, 3, *cfg.size)
    with tempfile.TemporaryDirectory() as tmp, torch_threads(cfg.threads):
        ready = tqdm(models, desc="prepare", disable=not progress, leave=False)
        prepared = [_prepare(Path(m), x, cfg, Path(tmp) / f"{i}.onnx") for i, m in enumerate(ready)]
        with torch.inference_mode():
            medians = interleave([p[0] for p in prepared], cfg, progress)
    return [
        Cost(
            float(statistics.median(m)),
            float(min(m)),
            float(max(m)),
            backend,
            _energy_mj(module, x),
        )
        for m, (_, backend, module) in zip(medians, prepared, strict=True)
    ]


def _prepare(model: Path, x: torch.Tensor, cfg: CostConfig,
             spare: Path) -> tuple[Callable[[], object], str, nn.Module]:  # fmt: skip
    """(timed call, backend, PyTorch module for the energy model) of one model. A run's own
    ONNX export is timed where it has one; an int8 model exists only as ONNX, so it is timed
    in ONNX Runtime even without `cfg.onnx`."""
    run_dir, path = locate_model(model)
    module = energy_module(run_dir, path)
    onnx = path if path.suffix == ".onnx" else None
    if onnx is None and cfg.onnx:
        onnx = run_dir / FORMAT_FILES["onnx"]
        if path.suffix != ".safetensors" or not onnx.is_file():  # a .lsz holds other weights
            from leanseg.export import write_onnx

            write_onnx(module, x, spare, name=str(model))
            onnx = spare
    if onnx is None:
        return (lambda: module(x)), "pytorch", module
    from leanseg.backends import OnnxBackend

    backend = OnnxBackend(onnx, cfg.threads)
    feed = {backend.input_name: x.numpy()}
    return (lambda: backend.session.run(None, feed)), "onnxruntime", module


def energy_module(run_dir: Path, path: Path) -> nn.Module:
    """The PyTorch model the energy model counts. A quantized run keeps only its int8 ONNX:
    its architecture and non-zero weights are its parent's."""
    if path.suffix != ".onnx":
        return load_model(path)[0].eval()
    header = read_header(run_dir)
    source = run_dir if (run_dir / WEIGHTS).is_file() or not header.parent else header.parent
    return load_model(source)[0].eval()


def _energy_mj(module: nn.Module, x: torch.Tensor) -> float:
    return to_millijoules(model_energy(layer_costs(module, x))[0])
