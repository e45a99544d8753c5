"""The machine's peak multiply-accumulate rate, measured once with large matrix products and
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


def cpu_name() -> str:
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
    """Best multiply-accumulates per second of fp32 n x n matrix products, in PyTorch and in
    ONNX Runtime, over a few sizes.

    The best run is kept: other work on a shared or virtual machine only slows a run down, and
    the two engines' matrix kernels reach different speeds on different CPUs.
    """
    best = 0.0
    with torch_threads(threads):
        for n in sizes:
            a, b = torch.randn(n, n), torch.randn(n, n)
            seconds = float(time_calls(lambda a=a, b=b: torch.mm(a, b), warmup=2, runs=runs).min())
            best = max(best, n**3 / seconds)
    for n in sizes:
        best = max(best, _onnxruntime_matmul_rate(n, threads, runs))
    return best


def _onnxruntime_matmul_rate(n: int, threads: int, runs: int) -> float:
    import numpy as np
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("MatMul", ["a", "b"], ["c"])],
        "matmul",
        [helper.make_tensor_value_info(x, TensorProto.FLOAT, [n, n]) for x in ("a", "b")],
        [helper.make_tensor_value_info("c", TensorProto.FLOAT, [n, n])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = min(model.ir_version, onnx.IR_VERSION)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    session = ort.InferenceSession(
        model.SerializeToString(), opts, providers=["CPUExecutionProvider"]
    )
    feed = {
        "a": np.random.rand(n, n).astype(np.float32),
        "b": np.random.rand(n, n).astype(np.float32),
    }
    seconds = float(time_calls(lambda: session.run(None, feed), warmup=2, runs=runs).min())
    return n**3 / seconds


def peak_macs_per_second(threads: int) -> float:
    """Cached per CPU model and thread count in $LEANSEG_CACHE_DIR/peak_macs.json."""
    path = cache_dir() / "peak_macs.json"
    key = f"{cpu_name()}|{threads}"
    try:
        cache = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError):
        cache = {}
    if key not in cache:
        cache[key] = measure_peak_macs(threads)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, json.dumps(cache, indent=2))
    return float(cache[key])
