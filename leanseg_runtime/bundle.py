"""Read a deployment bundle (bundle.json + an ONNX model) and run it in ONNX Runtime.

Pre-processing repeats leanseg's evaluation transform in numpy, operation for operation
(scale by 1/255, subtract the mean, divide by the standard deviation, all in float32), so the
masks equal `leanseg predict --backend onnx` on the same model file bit for bit.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

BUNDLE_FILE = "bundle.json"
FORMAT = "leanseg-bundle"
FORMAT_MAJOR = 1


class BundleError(Exception):
    """A bundle that is missing, damaged or from a newer leanseg; the message names the file."""


@dataclass(frozen=True)
class InputSpec:
    """How an RGB uint8 image becomes the model's float input."""

    mean: tuple[float, float, float]
    std: tuple[float, float, float]
    size: tuple[int, int] | None  # (W, H) to resize to; None: the image's own size


class Bundle:
    """A segmentation model ready to run: `predict` gives class ids, `overlay` a picture."""

    def __init__(self, root: Path, meta: dict[str, Any], threads: int | None = None):
        import onnxruntime as ort

        self.root = root
        self.meta = meta
        self.classes: list[str] = meta["classes"]
        self.input = InputSpec(
            tuple(meta["input"]["mean"]), tuple(meta["input"]["std"]), _size(meta["input"])
        )
        colors = [list(c) for c in meta["colors"]]
        self.palette = np.array(colors + [[0, 0, 0]] * (256 - len(colors)), np.uint8)  # (256, 3)
        model = root / meta["model_file"]
        opts = ort.SessionOptions()
        if threads:
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
        try:
            self.session = ort.InferenceSession(
                str(model), opts, providers=["CPUExecutionProvider"]
            )
        except Exception as err:  # onnxruntime raises its own untyped errors
            raise BundleError(f"{model}: not a loadable ONNX model ({err})") from None
        self.input_name = self.session.get_inputs()[0].name
        self._mean = np.array(self.input.mean, np.float32)[:, None, None]  # (3, 1, 1)
        self._std = np.array(self.input.std, np.float32)[:, None, None]

    def preprocess(self, rgb: np.ndarray) -> np.ndarray:
        """(H, W, 3) uint8 -> (1, 3, H, W) float32, normalised as in training."""
        if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
            raise BundleError(f"expected an (H, W, 3) uint8 RGB image, got {rgb.dtype} {rgb.shape}")
        x = rgb.transpose(2, 0, 1).astype(np.float32) * np.float32(1.0 / 255)  # (3, H, W)
        x = (x - self._mean) / self._std
        return np.ascontiguousarray(x[None])

    def logits(self, rgb: np.ndarray) -> np.ndarray:
        """(H, W, 3) uint8 at the model's input size -> (1, C, H, W) float32."""
        return self.session.run(None, {self.input_name: self.preprocess(rgb)})[0]

    def predict(self, rgb: np.ndarray) -> np.ndarray:
        """(H, W, 3) uint8 RGB -> (H, W) uint8 class ids at the image's own size."""
        h, w = rgb.shape[:2]
        size = self.input.size
        if size and size != (w, h):
            small = np.asarray(Image.fromarray(rgb).resize(size, Image.BILINEAR))
            mask = self.logits(small).argmax(1)[0].astype(np.uint8)
            return np.asarray(Image.fromarray(mask).resize((w, h), Image.NEAREST))
        return self.logits(rgb).argmax(1)[0].astype(np.uint8)

    def overlay(self, rgb: np.ndarray, mask: np.ndarray, alpha: float = 0.5) -> np.ndarray:
        """The image blended with each class's colour, as `leanseg predict` draws it."""
        return (rgb * (1 - alpha) + self.palette[mask] * alpha).astype(np.uint8)

    def mask_image(self, mask: np.ndarray) -> Image.Image:
        """A palette PNG: class ids as pixel values, shown in the classes' colours."""
        image = Image.fromarray(mask, mode="P")
        image.putpalette(self.palette.ravel().tolist())
        return image


def load_bundle(root: str | Path, threads: int | None = None, verify: bool = True) -> Bundle:
    """Open a bundle folder written by `leanseg deploy`; `verify` checks the model's SHA-256."""
    root = Path(root)
    path = root / BUNDLE_FILE
    if not path.is_file():
        raise BundleError(f"{root}: not a leanseg bundle (no {BUNDLE_FILE})")
    try:
        meta = json.loads(path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise BundleError(f"{path}: malformed ({err})") from None
    _check_meta(meta, path)
    model = root / meta["model_file"]
    if not model.is_file():
        raise BundleError(f"{model}: model file missing from the bundle")
    if verify:
        digest = hashlib.sha256(model.read_bytes()).hexdigest()
        if digest != meta["sha256"]:
            raise BundleError(f"{model}: SHA-256 differs from {BUNDLE_FILE} (damaged copy?)")
    return Bundle(root, meta, threads)


def _check_meta(meta: Any, path: Path) -> None:
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise BundleError(f"{path}: not a leanseg bundle description")
    major = str(meta.get("format_version", "")).split(".")[0]
    if not major.isdigit() or int(major) > FORMAT_MAJOR:
        raise BundleError(
            f"{path}: bundle format {meta.get('format_version')!r}; this runner reads "
            f"{FORMAT_MAJOR}.x: use the runner inside the bundle"
        )
    for key in ("model_file", "sha256", "classes", "colors", "input"):
        if key not in meta:
            raise BundleError(f"{path}: missing {key}")
    if Path(meta["model_file"]).name != meta["model_file"]:
        raise BundleError(f"{path}: model_file must be a file name inside the bundle")
    if len(meta["colors"]) != len(meta["classes"]):
        raise BundleError(
            f"{path}: {len(meta['classes'])} classes but {len(meta['colors'])} colours"
        )


def _size(spec: dict[str, Any]) -> tuple[int, int] | None:
    size = spec.get("size")
    return (int(size[0]), int(size[1])) if size else None
