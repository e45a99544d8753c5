"""Profile every model in the registry (random weights, 11 classes) at one input size and print
a markdown table for BENCHMARKS.md; full reports go to bench_out/profile/<model>.json.

Run (nothing else running on the machine): .venv/bin/python benchmarks/profile_models.py
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch

from leanseg.measure.profile import ProfileConfig, profile
from leanseg.models import build_model, model_names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="480x360")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--models", default=",".join(model_names()))
    parser.add_argument("--out", type=Path, default=Path("bench_out/profile"))
    args = parser.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    cfg = ProfileConfig(size=(h, w), threads=args.threads, warmup=3, runs=args.runs, layers=False)
    args.out.mkdir(parents=True, exist_ok=True)
    print("| model | params (M) | fp32 MB | GMACs | PyTorch ms (p90) | ORT ms (p90) | "
          "ORT / compute-bound | peak RSS MB | energy mJ |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for name in args.models.split(","):
        torch.manual_seed(0)
        r = profile(build_model(name, 11), cfg, progress=False)
        (args.out / f"{name}.json").write_text(json.dumps(r, indent=2))
        pt, ort = r["latency"]["pytorch"], r["latency"]["onnxruntime"]
        print(
            f"| {name} | {r['params'] / 1e6:.3f} | {r['bytes']['safetensors'] / 1e6:.1f} | "
            f"{r['macs'] / 1e9:.2f} | {pt['median_ms']:.0f} ({pt['p90_ms']:.0f}) | "
            f"{ort['median_ms']:.0f} ({ort['p90_ms']:.0f}) | "
            f"{r['compute_bound']['onnxruntime_fraction']:.0%} | "
            f"{r['memory']['rss_increase_bytes'] / 1e6:.0f} | {r['energy']['millijoules']:.1f} |",
            flush=True,
        )
    print(f"\npeak matrix-multiply rate: {r['compute_bound']['peak_macs_per_s'] / 1e9:.1f} GMAC/s "
          f"with {args.threads} threads")  # fmt: skip


if __name__ == "__main__":
    main()
