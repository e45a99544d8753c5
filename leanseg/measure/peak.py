"""The machine's peak multiply-accumulate rate, measured once with a large matrix product and
cached, so latency can be put beside its compute-bound lower limit (MACs / peak rate)."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path

import torch

from leanseg.atomic import write_text
from leanseg.measure.latency import time_calls, torch_threads


def cache_dir() -> Path:
    return Path(os.environ.get("LEANSEG_CACHE_DIR", Path.home() / ".cache" / "leanseg"))


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def measure_peak_macs(
    threads: int, sizes: tuple[int, ...] = (1024, 1536, 2048), runs: int = 8
) -> float:
    """Best multiply-accumulates per second over fp32 n x n matrix products of a few sizes.

    The best run is kept: on a shared or virtual machine other work only ever slows a run down.
    """
    best = 0.0
    with torch_threads(threads):
        for n in sizes:
            a, b = torch.randn(n, n), torch.randn(n, n)
            seconds = float(time_calls(lambda a=a, b=b: torch.mm(a, b), warmup=2, runs=runs).min())
            best = max(best, n**3 / seconds)
    return best


def peak_macs_per_second(threads: int) -> float:
    """Cached per CPU model and thread count in $LEANSEG_CACHE_DIR/peak_macs.json."""
    path = cache_dir() / "peak_macs.json"
    key = f"{_cpu_name()}|{threads}"
    try:
        cache = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError):
        cache = {}
    if key not in cache:
        cache[key] = measure_peak_macs(threads)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, json.dumps(cache, indent=2))
    return float(cache[key])
