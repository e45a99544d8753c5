"""Composite scenes: paste user cut-outs of each part onto user photos of the workstation.

Cut-outs live in one folder per class: RGBA PNGs (alpha is the mask) or an image with a mask
beside it named `<stem>_mask.png`. Each paste is scaled, rotated and placed at random; the
rotated alpha is thresholded once and that binary mask both pastes the pixels and paints the
label, so masks are exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from leanseg.data.files import open_image
from leanseg.data.pairs import IMAGE_SUFFIXES
from leanseg.data.spec import DatasetError


@dataclass(frozen=True)
class Cutout:
    rgb: Image.Image
    alpha: Image.Image  # "L", 255 inside the object


def load_cutouts(folder: Path, classes: list[str]) -> dict[str, list[Cutout]]:
    """Read `folder/<class>/*` for each class; a class without cut-outs is an error."""
    found: dict[str, list[Cutout]] = {}
    for name in classes:
        d = folder / name
        files = (
            sorted(p for p in d.glob("*") if p.suffix.lower() in IMAGE_SUFFIXES)
            if d.is_dir()
            else []
        )
        cuts = [_load_cutout(p) for p in files if not p.stem.endswith("_mask")]
        if not cuts:
            raise DatasetError(f"{d}: no cut-outs for class {name}")
        found[name] = cuts
    return found


def _load_cutout(path: Path) -> Cutout:
    img = open_image(path)
    mask_path = path.with_name(f"{path.stem}_mask.png")
    if mask_path.exists():
        alpha = open_image(mask_path).convert("L").point(lambda v: 255 if v > 0 else 0)
        if alpha.size != img.size:
            raise DatasetError(f"{mask_path}: mask size differs from {path.name}")
    elif img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info:
        alpha = img.convert("RGBA").getchannel("A")
    else:
        raise DatasetError(f"{path}: cut-out has no alpha channel and no {mask_path.name}")
    return Cutout(img.convert("RGB"), alpha)


def load_backgrounds(folder: Path) -> list[Path]:
    files = (
        sorted(p for p in folder.glob("*") if p.suffix.lower() in IMAGE_SUFFIXES)
        if folder.is_dir()
        else []
    )
    if not files:
        raise DatasetError(f"{folder}: no background photos found")
    return files


def background_crop(rng: np.random.Generator, path: Path, w: int, h: int) -> np.ndarray:
    """A random crop of the photo at the output aspect, resized to (h, w); float32 (H, W, 3)."""
    img = open_image(path).convert("RGB")
    s = min(img.width / w, img.height / h) * rng.uniform(0.6, 1.0)
    cw, ch = max(1, int(w * s)), max(1, int(h * s))
    x0 = int(rng.integers(0, img.width - cw + 1))
    y0 = int(rng.integers(0, img.height - ch + 1))
    crop = img.crop((x0, y0, x0 + cw, y0 + ch)).resize((w, h), Image.BILINEAR)
    if rng.random() < 0.5:
        crop = crop.transpose(Image.FLIP_LEFT_RIGHT)
    return np.asarray(crop, dtype=np.float32)


def paste_cutout(
    image: np.ndarray,
    label: np.ndarray,
    cut: Cutout,
    class_id: int,
    rng: np.random.Generator,
    shadows: bool,
) -> None:
    """Paste one randomly scaled, rotated and placed cut-out into image and label in place."""
    h, w = label.shape
    target = rng.uniform(0.15, 0.45) * min(h, w)
    s = target / max(cut.rgb.size)
    size = (max(1, round(cut.rgb.width * s)), max(1, round(cut.rgb.height * s)))
    angle = rng.uniform(0, 360)
    rgb = cut.rgb.resize(size, Image.BILINEAR).rotate(angle, Image.BILINEAR, expand=True)
    alpha = cut.alpha.resize(size, Image.BILINEAR).rotate(angle, Image.BILINEAR, expand=True)
    mask = np.asarray(alpha) >= 128  # (h', w') the one binary mask used for pixels and label
    x0 = int(rng.integers(-mask.shape[1] // 3, w - 2 * mask.shape[1] // 3 + 1))
    y0 = int(rng.integers(-mask.shape[0] // 3, h - 2 * mask.shape[0] // 3 + 1))
    region, sub = _overlap((h, w), mask.shape, x0, y0)
    if region is None:
        return
    m = mask[sub]
    if shadows:
        off = max(1, int(target * 0.04))
        sregion, ssub = _overlap((h, w), mask.shape, x0 + off, y0 + off)
        if sregion is not None:
            image[sregion][mask[ssub]] *= rng.uniform(0.55, 0.8)
    pixels = np.asarray(rgb, dtype=np.float32)[sub]
    image[region][m] = pixels[m]
    label[region][m] = class_id


def _overlap(canvas: tuple[int, int], patch: tuple[int, int], x0: int, y0: int):
    """Slices of the canvas and the patch where a patch placed at (x0, y0) overlaps."""
    h, w = canvas
    ph, pw = patch
    cx0, cy0, cx1, cy1 = max(x0, 0), max(y0, 0), min(x0 + pw, w), min(y0 + ph, h)
    if cx0 >= cx1 or cy0 >= cy1:
        return None, None
    region = (slice(cy0, cy1), slice(cx0, cx1))
    sub = (slice(cy0 - y0, cy1 - y0), slice(cx0 - x0, cx1 - x0))
    return region, sub
