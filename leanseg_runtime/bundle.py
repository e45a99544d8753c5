"""Read a deployment bundle (bundle.json + an ONNX model) and run it in ONNX Runtime.

Pre-processing repeats leanseg's evaluation transform in numpy, operation for operation
(scale by 1/255, subtract the mean, divide by the standard deviation, all in float32), so the
masks equal `leanseg predict --backend onnx` on the same model file bit for bit.
"""

from __future__ import annotations

import hashlib
import json
import zlib
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
        self.classes, self.input, self.palette = read_meta(meta)
        model = root / meta["model_file"]
        opts = ort.SessionOptions()
        if threads:
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
        if "weights" in meta:  # a `.lsz` bundle: the graph's weights come from the decoded file
            names, self._weights = _lsz_initializers(root, meta["weights"])
            opts.add_external_initializers(names, self._weights)
        opts.log_severity_level = 3  # errors only: a robot's log is no place for optimiser notes
        source = _inflate(model) if model.suffix == ".z" else str(model)
        try:
            self.session = ort.InferenceSession(source, opts, providers=["CPUExecutionProvider"])
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


def read_meta(meta: dict[str, Any]) -> tuple[list[str], InputSpec, np.ndarray]:
    """Classes, input spec and (256, 3) palette of a bundle.json that `_check_meta` passed."""
    spec = meta["input"]
    colors = [list(c) for c in meta["colors"]]
    palette = np.array(colors + [[0, 0, 0]] * (256 - len(colors)), np.uint8)
    return list(meta["classes"]), InputSpec(tuple(spec["mean"]), tuple(spec["std"]),
                                            _size(spec)), palette  # fmt: skip


def parse_meta(text: bytes, path: Path) -> dict[str, Any]:
    """A bundle.json's bytes as a checked description, or BundleError naming `path`."""
    try:
        meta = json.loads(text.decode("utf-8"))
    except RecursionError:
        raise BundleError(f"{path}: malformed (nested too deeply)") from None
    except ValueError as err:  # JSON errors, bad UTF-8, integers of thousands of digits
        raise BundleError(f"{path}: malformed ({err})") from None
    _check_meta(meta, path)
    return meta


def load_bundle(root: str | Path, threads: int | None = None, verify: bool = True) -> Bundle:
    """Open a bundle folder written by `leanseg deploy`; `verify` checks the model's SHA-256."""
    root = Path(root)
    path = root / BUNDLE_FILE
    if not path.is_file():
        raise BundleError(f"{root}: not a leanseg bundle (no {BUNDLE_FILE})")
    meta = parse_meta(path.read_bytes(), path)
    model = root / meta["model_file"]
    if not model.is_file():
        raise BundleError(f"{model}: model file missing from the bundle")
    if verify:
        files = [(model, meta["sha256"])]
        if "weights" in meta:
            files.append((root / meta["weights"]["file"], meta["weights"]["sha256"]))
        for file, digest in files:
            if not file.is_file():
                raise BundleError(f"{file}: missing from the bundle")
            if hashlib.sha256(file.read_bytes()).hexdigest() != digest:
                raise BundleError(f"{file}: SHA-256 differs from {BUNDLE_FILE} (damaged copy?)")
    return Bundle(root, meta, threads)


def _inflate(path: Path, limit: int = 1 << 28) -> bytes:
    """A zlib'd graph, inflated to at most `limit` bytes (no unbounded expansion)."""
    inflate = zlib.decompressobj()
    try:
        data = inflate.decompress(path.read_bytes(), limit)
    except zlib.error as err:
        raise BundleError(f"{path}: not zlib data ({err})") from None
    if inflate.unconsumed_tail:
        raise BundleError(f"{path}: inflates beyond {limit} bytes")
    return data


def _lsz_initializers(root: Path, spec: dict[str, Any]) -> tuple[list[str], list]:
    """Decode the bundle's `.lsz` file into ONNX Runtime values for the initializers its graph
    left out (kept alive by the Bundle: the session uses them without copying)."""
    import onnxruntime as ort

    from leanseg_runtime.lsz import read_lsz

    path = root / spec["file"]
    arrays, _ = read_lsz(path)
    keys = [name.removeprefix(spec["prefix"]) for name in spec["names"]]
    missing = [k for k in keys if k not in arrays]
    if missing:
        raise BundleError(f"{path}: has no tensor {missing[0]}, which the graph needs")
    values = [ort.OrtValue.ortvalue_from_numpy(np.ascontiguousarray(arrays[k])) for k in keys]
    return list(spec["names"]), values


MAX_SIDE = 16384  # an input size beyond any camera: refused rather than allocated


def _check_meta(meta: Any, path: Path) -> None:
    """Every field `Bundle` reads, of the type and range it needs: a hand-edited bundle.json
    fails here in one line instead of as a TypeError deep in the runner."""
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
    if not _is_file_name(meta["model_file"]) or not isinstance(meta["sha256"], str):
        raise BundleError(f"{path}: model_file must be a file name inside the bundle, sha256 text")
    classes, colors = meta["classes"], meta["colors"]
    if not (isinstance(classes, list) and 0 < len(classes) <= 256
            and all(isinstance(c, str) for c in classes)):  # fmt: skip
        raise BundleError(f"{path}: classes must be a list of 1 to 256 names")
    if not isinstance(colors, list) or not all(_is_numbers(c, 3, 0, 255, int) for c in colors):
        raise BundleError(f"{path}: colors must be a list of [R, G, B] values in 0..255")
    if len(colors) != len(classes):
        raise BundleError(f"{path}: {len(classes)} classes but {len(colors)} colours")
    spec = meta["input"]
    if not (isinstance(spec, dict) and _is_numbers(spec.get("mean"), 3, -1e6, 1e6)
            and _is_numbers(spec.get("std"), 3, 1e-12, 1e6)):  # fmt: skip
        raise BundleError(f"{path}: input needs mean and std, three numbers each (std above 0)")
    size = spec.get("size")
    if size is not None and not _is_numbers(size, 2, 1, MAX_SIDE, int):
        raise BundleError(f"{path}: input size must be [width, height] in 1..{MAX_SIDE} or null")
    weights = meta.get("weights")
    if weights is not None and not (
        isinstance(weights, dict)
        and _is_file_name(weights.get("file"))
        and all(isinstance(weights.get(k), str) for k in ("sha256", "prefix"))
        and isinstance(weights.get("names"), list)
        and all(isinstance(n, str) for n in weights["names"])
    ):
        raise BundleError(f"{path}: malformed weights entry")


def _is_file_name(value: Any) -> bool:
    return isinstance(value, str) and value not in ("", ".", "..") and Path(value).name == value


def _is_numbers(value: Any, count: int, low: float, high: float, kind: type = float) -> bool:
    """A list of `count` numbers (integers where `kind` is int; never booleans) in [low, high]."""
    types = (int,) if kind is int else (int, float)
    return (
        isinstance(value, list)
        and len(value) == count
        and all(
            isinstance(v, types) and not isinstance(v, bool) and low <= v <= high for v in value
        )  # fmt: skip
    )


def _size(spec: dict[str, Any]) -> tuple[int, int] | None:
    size = spec.get("size")  # checked by _check_meta
    return (size[0], size[1]) if size else None
