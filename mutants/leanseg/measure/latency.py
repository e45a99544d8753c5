"""Latency at batch 1 with the thread count pinned: warm-up runs, then median and 90th
percentile over timed runs, in PyTorch eager and in ONNX Runtime."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn


@dataclass(frozen=True)
class LatencyStats:
    backend: str
    threads: int
    runs: int
    median_ms: float
    p90_ms: float

    def to_dict(self) -> dict:
        return asdict(self)


@contextlib.contextmanager
def torch_threads(n: int) -> Iterator[None]:
    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def time_calls(fn: Callable[[], object], warmup: int, runs: int) -> np.ndarray:
    """Seconds of each of `runs` calls after `warmup` untimed ones."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return np.array(times)


def _stats(backend: str, threads: int, times: np.ndarray) -> LatencyStats:
    return LatencyStats(backend, threads, len(times), float(np.median(times) * 1e3),
                        float(np.percentile(times, 90) * 1e3))  # fmt: skip


def torch_latency(
    model: nn.Module, x: torch.Tensor, threads: int, warmup: int = 3, runs: int = 10
) -> LatencyStats:
    model.eval()
    with torch_threads(threads), torch.inference_mode():
        times = time_calls(lambda: model(x), warmup, runs)
    return _stats("pytorch", threads, times)


def onnx_latency(
    path: Path, x: torch.Tensor, threads: int, warmup: int = 3, runs: int = 10
) -> LatencyStats:
    from leanseg.backends import OnnxBackend

    backend = OnnxBackend(path, threads)
    feed = {backend.input_name: x.numpy()}
    times = time_calls(lambda: backend.session.run(None, feed), warmup, runs)
    return _stats("onnxruntime", threads, times)


@contextlib.contextmanager
def _quiet_fds() -> Iterator[None]:
    """Silence native stdout/stderr: the profiler's C++ side prints start/stop lines."""
    import os
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, devnull):
            os.close(fd)


def layer_latency_shares(model: nn.Module, x: torch.Tensor, threads: int) -> dict[str, float]:
    """Share of CPU time per leaf layer, from the PyTorch profiler: each leaf module's forward
    is wrapped in a `record_function` range by hooks."""
    from torch.autograd.profiler import record_function
    from torch.profiler import ProfilerActivity, profile

    ranges: dict[nn.Module, record_function] = {}
    names: list[str] = []
    hooks = []
    for name, m in model.named_modules():
        if name and not list(m.children()):
            names.append(name)

            def pre(module, args, _name=name):
                ranges[module] = record_function(f"layer::{_name}")
                ranges[module].__enter__()

            def post(module, args, out):
                ranges.pop(module).__exit__(None, None, None)

            hooks += [m.register_forward_pre_hook(pre), m.register_forward_hook(post)]
    try:
        with torch_threads(threads), torch.inference_mode(), _quiet_fds():
            model.eval()(x)
            with profile(activities=[ProfilerActivity.CPU]) as prof:
                model(x)
    finally:
        for h in hooks:
            h.remove()
    times = {
        e.key[len("layer::") :]: e.cpu_time_total
        for e in prof.key_averages()
        if e.key.startswith("layer::")
    }
    total = sum(times.values()) or 1.0
    return {n: times.get(n, 0.0) / total for n in names}
