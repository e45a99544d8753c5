"""`python -m leanseg_runtime BUNDLE IMAGE... [--out DIR]`: masks and overlays without torch."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from leanseg_runtime.bundle import BundleError, load_bundle

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp")


def _images(inputs: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in inputs:
        if p.is_dir():
            files += sorted(f for f in p.iterdir() if f.suffix.lower() in IMAGE_SUFFIXES)
        elif p.is_file():
            files.append(p)
        else:
            raise BundleError(f"{p}: no such file or folder")
    if not files:
        raise BundleError(f"{', '.join(map(str, inputs))}: no images found")
    return files


def _read_rgb(path: Path) -> np.ndarray:
    try:
        with Image.open(path) as im:
            return np.asarray(im.convert("RGB"))
    except Image.DecompressionBombError:
        raise BundleError(
            f"{path}: more than twice Pillow's {Image.MAX_IMAGE_PIXELS} pixels; refused as a "
            "possible decompression bomb"
        ) from None
    except (UnidentifiedImageError, OSError) as err:
        raise BundleError(f"{path}: not a readable image ({err})") from None


def run(bundle_dir: Path, inputs: list[Path], out: Path, threads: int | None) -> list[float]:
    """Write `<stem>_label.png` and `<stem>_overlay.png` into `out` for every image; returns
    the model's milliseconds per image."""
    bundle = load_bundle(bundle_dir, threads)
    files = _images(inputs)
    times = []
    for path in files:
        rgb = _read_rgb(path)
        t0 = time.perf_counter()
        mask = bundle.predict(rgb)
        times.append((time.perf_counter() - t0) * 1000)
        out.mkdir(parents=True, exist_ok=True)  # once an image has worked: no empty folder
        bundle.mask_image(mask).save(out / f"{path.stem}_label.png", format="PNG")
        Image.fromarray(bundle.overlay(rgb, mask)).save(out / f"{path.stem}_overlay.png")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m leanseg_runtime",
        description="Segment images with a leanseg bundle (numpy, Pillow and onnxruntime only).",
    )
    parser.add_argument("bundle", type=Path, help="folder written by `leanseg deploy`")
    parser.add_argument("inputs", type=Path, nargs="+", help="images or folders of images")
    parser.add_argument("--out", type=Path, default=Path("masks"), help="output folder")
    parser.add_argument("--threads", type=int, default=None, help="ONNX Runtime threads")
    args = parser.parse_args(argv)
    try:
        times = run(args.bundle, args.inputs, args.out, args.threads)
    except BundleError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"{len(times)} images -> {args.out} (model {np.median(times):.1f} ms median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
