"""ENet in ONNX Runtime with and without leanseg's export rewrites (`leanseg.onnx_rewrites`):
the two graphs' outputs compared bit for bit, latency interleaved A/B over rounds (a drifting
virtual machine hits both alike), the compute-bound limit, and each graph's operator profile.

    .venv/bin/python benchmarks/onnx_rewrites.py [--model camvid-enet] [--rounds 7]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

import numpy as np
import torch

from leanseg.backends import OnnxBackend
from leanseg.export import write_onnx
from leanseg.measure.latency import onnx_latency
from leanseg.measure.macs import layer_costs
from leanseg.measure.ort_profile import format_operators, operator_profile
from leanseg.measure.peak import peak_macs_per_second
from leanseg.runs import load_model


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="camvid-enet")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--size", default="480x360")
    args = parser.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    module, _ = load_model(args.model)
    x = torch.randn(1, 3, h, w)
    macs = sum(c.macs for c in layer_costs(module.eval(), x))
    with tempfile.TemporaryDirectory() as tmp:
        paths = {rw: Path(tmp) / f"rewrite-{rw}.onnx" for rw in (False, True)}
        for rw, path in paths.items():
            write_onnx(module, x, path, rewrite=rw)
        outputs = [OnnxBackend(p, 2)(x * 2) for p in paths.values()]
        print(f"{args.model} at {args.size}: outputs equal bit for bit: "
              f"{torch.equal(*outputs)}")  # fmt: skip
        for threads in (1, 2):
            medians: dict[bool, list[float]] = {rw: [] for rw in paths}
            for _ in range(args.rounds):
                for rw, path in paths.items():
                    medians[rw].append(onnx_latency(path, x, threads, 3, 15).median_ms)
            bound = macs / peak_macs_per_second(threads) * 1e3
            for rw, values in medians.items():
                ms = statistics.median(values)
                print(
                    f"  {threads} thread(s) rewrite={rw}: {ms:.1f} ms "
                    f"(rounds {min(values):.1f}-{max(values):.1f}); compute-bound limit "
                    f"{bound:.1f} ms, {ms / bound:.2f}x the limit"
                )
        for rw, path in paths.items():
            profile = operator_profile(path, x.numpy().astype(np.float32), 2, runs=10)
            print(f"\nrewrite={rw}" + format_operators(profile.to_dict(), top=6))


if __name__ == "__main__":
    main()
