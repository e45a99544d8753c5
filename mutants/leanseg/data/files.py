"""Reading images and label masks, with the problems found turned into `DatasetError`s.

Every reader here names the file in its error, so a bad file is found in one look whether it
surfaces in `leanseg data check` or in the middle of training.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from leanseg.data.spec import DatasetError, DatasetSpec


@dataclass(frozen=True)
class Sample:
    """One image and where its label comes from (a file, or a key into an annotation file)."""

    image: Path
    label: Path | None  # label image; for COCO the annotation JSON
    key: str  # file stem, or the COCO image id


# Pillow refuses images over twice this many pixels as possible decompression bombs (a small
# file that decodes to gigabytes); a user with trusted large images raises it here.
if os.environ.get("LEANSEG_MAX_IMAGE_PIXELS", "").isdigit():
    Image.MAX_IMAGE_PIXELS = int(os.environ["LEANSEG_MAX_IMAGE_PIXELS"])


def open_image(path: Path) -> Image.Image:
    """Open and fully decode an image, so truncated files fail here and not later."""
    if not path.is_file():
        raise DatasetError(f"{path}: file not found")
    try:
        img = Image.open(path)
        img.load()
    except Image.DecompressionBombError:
        raise DatasetError(
            f"{path}: more pixels than the decompression-bomb limit of "
            f"{2 * (Image.MAX_IMAGE_PIXELS or 0):,d}; if the file is trusted, set "
            "LEANSEG_MAX_IMAGE_PIXELS to a larger number of pixels"
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as err:
        raise DatasetError(f"{path}: unreadable or truncated image ({err})") from None
    return img


def read_text(path: Path, what: str = "file") -> str:
    """A text file (list file, labels file) as UTF-8, or a `DatasetError` naming it."""
    if not path.is_file():
        raise DatasetError(f"{path}: {what} not found")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DatasetError(f"{path}: {what} is not UTF-8 text") from None
    except OSError as err:
        raise DatasetError(f"{path}: cannot read {what} ({err.strerror})") from None


def read_rgb(path: Path) -> tuple[np.ndarray, list[str]]:
    """Return an (H, W, 3) uint8 image and notes about any conversion made."""
    img = open_image(path)
    notes = []
    if img.mode != "RGB":
        if img.mode in ("L", "LA", "I", "I;16", "1", "P"):
            notes.append(f"{path}: {img.mode} image converted to RGB")
        elif img.mode in ("RGBA", "CMYK"):
            notes.append(f"{path}: {img.mode} image converted to RGB")
        img = img.convert("RGB")
    return np.asarray(img), notes


def decode_label_image(path: Path, spec: DatasetSpec) -> np.ndarray:
    """Decode a label PNG to class ids: 8-bit and palette PNGs as they are, 16-bit when the ids
    fit, RGB when every colour is a class colour (or all channels agree)."""
    img = open_image(path)
    if img.mode in ("L", "P"):
        return np.asarray(img, dtype=np.uint8).astype(np.int64)
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        ids = np.asarray(img).astype(np.int64)
        if ids.max(initial=0) > 255:
            raise DatasetError(
                f"{path}: 16-bit mask with values up to {int(ids.max())} does not decode to ids"
            )
        return ids
    if img.mode in ("RGB", "RGBA"):
        rgb = np.asarray(img.convert("RGB")).astype(np.int64)
        if (rgb[..., 0] == rgb[..., 1]).all() and (rgb[..., 1] == rgb[..., 2]).all():
            return rgb[..., 0]
        return _rgb_to_ids(path, rgb, spec)
    raise DatasetError(f"{path}: label mode {img.mode} does not decode to class ids")


def _rgb_to_ids(path: Path, rgb: np.ndarray, spec: DatasetSpec) -> np.ndarray:
    if not spec.colors:
        raise DatasetError(f"{path}: RGB mask but the descriptor has no class colors to decode it")
    code = (rgb[..., 0] << 16) | (rgb[..., 1] << 8) | rgb[..., 2]  # (H, W) packed colour
    table = {(r << 16) | (g << 8) | b: i for i, (r, g, b) in enumerate(spec.colors)}
    keys = np.array(sorted(table), dtype=np.int64)
    pos = np.clip(np.searchsorted(keys, code), 0, len(keys) - 1)
    known = keys[pos] == code
    if not known.all():
        bad = int((~known).sum())
        raise DatasetError(f"{path}: RGB mask has {bad} pixels whose colour is no class colour")
    values = np.array([table[k] for k in keys], dtype=np.int64)
    return values[pos]


def check_ids(path: Path, ids: np.ndarray, spec: DatasetSpec) -> None:
    """Raise when a label holds ids that are neither a class nor the ignore index."""
    bad = (ids >= spec.num_classes) & (ids != spec.ignore_index) | (ids < 0)
    if bad.any():
        values = sorted(int(v) for v in np.unique(ids[bad]))[:5]
        raise DatasetError(
            f"{path}: label ids {values} are outside the {spec.num_classes} classes "
            f"and not the ignore id {spec.ignore_index}"
        )
