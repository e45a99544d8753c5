"""Ship a trained run as a pretrained model loadable by name (`leanseg predict --model NAME`).

Copies the run's header, best weights, config and metrics into leanseg/pretrained/NAME/,
exports ONNX (checked against PyTorch on real val images) to bench_out/NAME.onnx and records
its SHA-256 in leanseg/pretrained/NAME/model.onnx.sha256 (the ONNX file itself is not committed).

Run: .venv/bin/python benchmarks/package_pretrained.py runs/camvid-enet camvid-enet
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
from pathlib import Path

from leanseg.atomic import atomic_path, write_text
from leanseg.export import export_onnx
from leanseg.runs import PRETRAINED_DIR

FILES = (
    "model.json", "model.safetensors", "config.yaml", "metrics.csv", "metrics.json",
    "eval-val/metrics.json",
)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("name")
    args = parser.parse_args()
    readme = PRETRAINED_DIR / args.name / "README.md"  # written by hand: how it was made
    with atomic_path(PRETRAINED_DIR / args.name) as tmp:
        tmp.mkdir(parents=True)
        if readme.is_file():
            shutil.copy2(readme, tmp / "README.md")
        for f in FILES:
            if (args.run / f).is_file():
                (tmp / f).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(args.run / f, tmp / f)
    report = export_onnx(args.name, Path("bench_out") / f"{args.name}.onnx", check_images=8)
    digest = hashlib.sha256(report.path.read_bytes()).hexdigest()
    write_text(PRETRAINED_DIR / args.name / "model.onnx.sha256", f"{digest}  {args.name}.onnx\n")
    print(f"{args.name}: ONNX {report.bytes / 1e6:.2f} MB sha256 {digest}; agreement "
          f"{report.agreement:.4%}, max logit difference {report.max_logit_diff:.2e}")  # fmt: skip


if __name__ == "__main__":
    main()
