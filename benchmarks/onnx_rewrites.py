"""ENet in ONNX Runtime with and without leanseg's export rewrites (`leanseg.onnx_rewrites`):
the graphs' outputs compared bit for bit, latency interleaved over rounds (a drifting virtual
machine hits every graph alike), the compute-bound limit, and each graph's operator profile.

Three graphs: the exporter's own, the PReLU and index-offset rewrites alone (what export wrote
before the max-unpooling rewrite), and every rewrite (what export writes now).

    .venv/bin/python benchmarks/onnx_rewrites.py [--model camvid-enet] [--rounds 7]

The compute-bound limit is the best matrix-multiply rate the machine reaches; the 2-core VM
this was written on alternates between minutes at full speed and minutes at half speed (both
cores busy, no steal time reported), so each graph's best round is printed beside the median
of its rounds: the best round is the one measured at the speed the limit assumes.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

import numpy as np
import onnx
import torch

from leanseg.backends import OnnxBackend
from leanseg.export import write_onnx
from leanseg.measure.latency import onnx_latency
from leanseg.measure.macs import layer_costs
from leanseg.measure.ort_profile import format_operators, operator_profile
from leanseg.measure.peak import peak_macs_per_second
from leanseg.onnx_rewrites import rewrite_index_offsets, rewrite_prelu
from leanseg.runs import load_model


def write_graphs(module: torch.nn.Module, x: torch.Tensor, tmp: Path) -> dict[str, Path]:
    paths = {name: tmp / f"{name}.onnx" for name in ("exporter", "prelu+offsets", "all")}
    write_onnx(module, x, paths["exporter"], rewrite=False)
    model = onnx.load(str(paths["exporter"]))
    rewrite_prelu(model)
    rewrite_index_offsets(model)
    onnx.save(model, str(paths["prelu+offsets"]))
    write_onnx(module, x, paths["all"], rewrite=True)
    return paths


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
        paths = write_graphs(module, x, Path(tmp))
        outputs = [OnnxBackend(p, 2)(x * 2) for p in paths.values()]
        same = all(torch.equal(outputs[0], o) for o in outputs[1:])
        print(f"{args.model} at {args.size}: outputs equal bit for bit: {same}")
        for threads in (1, 2):
            medians: dict[str, list[float]] = {name: [] for name in paths}
            for _ in range(args.rounds):
                for name, path in paths.items():
                    medians[name].append(onnx_latency(path, x, threads, 3, 15).median_ms)
            bound = macs / peak_macs_per_second(threads) * 1e3
            for name, values in medians.items():
                ms, best = statistics.median(values), min(values)
                print(
                    f"  {threads} thread(s) {name}: median {ms:.1f} ms, best round {best:.1f} "
                    f"(rounds {best:.1f}-{max(values):.1f}); compute-bound limit {bound:.1f} ms: "
                    f"{ms / bound:.2f}x (median), {best / bound:.2f}x (best round)"
                )
        for name, path in paths.items():
            profile = operator_profile(path, x.numpy().astype(np.float32), 2, runs=10)
            print(f"\n{name}" + format_operators(profile.to_dict(), top=6))


if __name__ == "__main__":
    main()
