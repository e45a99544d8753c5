"""NNCF's post-training int8 quantization against leanseg's, on the same fp32 ONNX model, the
same calibration images, scored on the same val images in the same ONNX Runtime session type,
with interleaved latency. NNCF is not a leanseg dependency: `pip install nncf==3.4.0` first.

    .venv/bin/python benchmarks/nncf_baseline.py RUN [--images 32] [--val-images 0]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

import onnx
import torch

from leanseg.backends import OnnxBackend
from leanseg.data import load_spec
from leanseg.evaluate import evaluate_backend, validation_set
from leanseg.export import write_onnx
from leanseg.measure.latency import onnx_latency
from leanseg.quantize.ptq import PtqConfig, calibration_images, quantize_ptq
from leanseg.runs import load_model


def main() -> None:
    try:
        import nncf
    except ImportError:
        raise SystemExit("needs NNCF: .venv/bin/pip install nncf==3.4.0") from None
    parser = argparse.ArgumentParser()
    parser.add_argument("run")
    parser.add_argument("--images", type=int, default=32)
    parser.add_argument("--val-images", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    model, header = load_model(args.run)
    spec = load_spec(header.dataset)
    cfg = PtqConfig(images=args.images, val_images=args.val_images)
    calib = calibration_images(spec, cfg)
    val = validation_set(spec, args.val_images)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model.onnx"
        write_onnx(model, calib[0], fp32, rewrite=False)  # the graph leanseg quantizes
        ours = quantize_ptq(args.run, cfg, Path(tmp) / "ours", progress=False)
        dataset = nncf.Dataset(calib, lambda x: {"images": x.numpy()})
        quantized = nncf.quantize(onnx.load(str(fp32)), dataset, subset_size=len(calib))
        theirs = Path(tmp) / "nncf.onnx"
        onnx.save(quantized, str(theirs))
        files = {"fp32": fp32, "leanseg PTQ": ours.run_dir / "model.int8.onnx", "NNCF": theirs}
        miou = {k: evaluate_backend(OnnxBackend(p), val, progress=False).miou
                for k, p in files.items()}  # fmt: skip
        h, w = val[0][0].shape[-2:]
        x = torch.randn(1, 3, h, w)
        times: dict[str, list[float]] = {k: [] for k in files}
        for _ in range(5):
            for k, p in files.items():
                times[k].append(onnx_latency(p, x, args.threads, 3, 10).median_ms)
        print(f"{args.run}: {len(calib)} calibration images, {len(val)} val images, "
              f"{w}x{h}, {args.threads} threads, NNCF {nncf.__version__}")  # fmt: skip
        print("| model | val mIoU % | file KB | ORT ms (median of 5 rounds) |")
        print("|---|---|---|---|")
        for k, p in files.items():
            print(f"| {k} | {100 * miou[k]:.2f} | {p.stat().st_size / 1e3:.0f} | "
                  f"{statistics.median(times[k]):.1f} |")  # fmt: skip


if __name__ == "__main__":
    main()
