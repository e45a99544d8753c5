"""Interleaved ONNX Runtime latency of several ONNX files (A/B/A/B...), so that a noisy virtual
machine's drift hits every model alike. Median over rounds of each round's median.

    .venv/bin/python benchmarks/latency_ab.py A.onnx B.onnx ... [--threads 2] [--rounds 7]
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

import torch

from leanseg.measure.latency import onnx_latency


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("models", nargs="+", type=Path)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--size", default="480x360")
    args = parser.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    x = torch.randn(1, 3, h, w)
    medians: dict[Path, list[float]] = {m: [] for m in args.models}
    for _ in range(args.rounds):
        for m in args.models:
            medians[m].append(onnx_latency(m, x, args.threads, warmup=3, runs=15).median_ms)
    for m, values in medians.items():
        print(
            f"{m}: {statistics.median(values):.1f} ms (rounds {min(values):.1f}-{max(values):.1f}),"
            f" {args.threads} threads, {args.size}"
        )


if __name__ == "__main__":
    main()
