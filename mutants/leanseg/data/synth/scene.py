"""Procedural scenes: objects at random pose and scale, mutual occlusion, shadows, lighting,
blur and sensor noise. Masks are exact because the label is painted with the same polygons that
paint the image; blur and noise touch the image only."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from leanseg.data.synth.objects import OBJECTS


@dataclass(frozen=True)
class Effects:
    """Photometric randomisation; switch all off to get flat renders (tests do)."""

    shadows: bool = True
    lighting: bool = True
    blur: bool = True
    noise: bool = True


def place(points: np.ndarray, angle: float, scale: float, center: tuple[float, float]) -> list:
    """Rotate by `angle`, scale mm to pixels, move to `center`; a list of (x, y) for PIL."""
    c, s = np.cos(angle), np.sin(angle)
    rot = np.array([[c, -s], [s, c]])
    xy = points @ rot.T * scale + np.asarray(center)  # (N, 2)
    return [tuple(p) for p in xy.tolist()]


def _polygon_mask(size: tuple[int, int], xy: list) -> np.ndarray:
    h, w = size
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).polygon(xy, fill=1)
    return np.asarray(m, dtype=bool)


def draw_object(
    image: np.ndarray,
    label: np.ndarray,
    name: str,
    class_id: int,
    rng: np.random.Generator,
    pose: tuple[float, float, float, float],
    shadows: bool,
) -> None:
    """Paint one object into `image` (H, W, 3 float) and `label` (H, W) in place.

    pose is (angle, px per mm, centre x, centre y)."""
    h, w = label.shape
    angle, scale, cx, cy = pose
    parts = OBJECTS[name](rng)
    if shadows:
        off = scale * rng.uniform(2, 6)
        shadow = _polygon_mask((h, w), place(parts[0].points, angle, scale, (cx + off, cy + off)))
        image[shadow] *= rng.uniform(0.55, 0.8)
    has_holes = any(p.hole for p in parts)
    below = (image.copy(), label.copy()) if has_holes else None
    pil = Image.fromarray(image.astype(np.uint8))  # image stays within 0..255
    lbl = Image.fromarray(label)
    draw, ldraw = ImageDraw.Draw(pil), ImageDraw.Draw(lbl)
    holes = []
    for part in parts:
        xy = place(part.points, angle, scale, (cx, cy))
        if part.hole:
            holes.append(xy)
            continue
        draw.polygon(xy, fill=part.color)
        ldraw.polygon(xy, fill=class_id)
    image[:] = np.asarray(pil)
    label[:] = np.asarray(lbl)
    for xy in holes:
        m = _polygon_mask((h, w), xy)
        image[m] = below[0][m]
        label[m] = below[1][m]


def render_scene(
    rng: np.random.Generator,
    background: np.ndarray,
    objects: list[tuple[str, int]],
    effects: Effects,
    count: tuple[int, int] = (2, 7),
) -> tuple[np.ndarray, np.ndarray]:
    """Draw 1..n random objects (name, class id) over `background`; return uint8 image and mask."""
    h, w = background.shape[:2]
    image = background.copy()
    label = np.zeros((h, w), dtype=np.uint8)
    n = int(rng.integers(count[0], count[1] + 1))
    for _ in range(n):
        name, cid = objects[int(rng.integers(len(objects)))]
        pose = (
            rng.uniform(0, 2 * np.pi),
            rng.uniform(0.55, 1.0) * w / 320,
            rng.uniform(0.1, 0.9) * w,
            rng.uniform(0.1, 0.9) * h,
        )
        draw_object(image, label, name, cid, rng, pose, effects.shadows)
    return finish_photo(rng, image, effects), label


def finish_photo(rng: np.random.Generator, image: np.ndarray, effects: Effects) -> np.ndarray:
    """Lighting gradient, blur and sensor noise: what a camera adds. Returns uint8 (H, W, 3)."""
    h, w = image.shape[:2]
    if effects.lighting:
        a = rng.uniform(0, 2 * np.pi)
        gx = (np.arange(w, dtype=np.float32) / w - 0.5) * np.cos(a)
        gy = (np.arange(h, dtype=np.float32) / h - 0.5) * np.sin(a)
        ramp = gy[:, None] + gx[None, :]  # (H, W) in about +-0.7
        gain = rng.uniform(0.75, 1.2) + rng.uniform(0.1, 0.4) * ramp
        image = image * gain[..., None]
    out = Image.fromarray(np.clip(image, 0, 255).astype(np.uint8))
    if effects.blur and rng.random() < 0.6:
        out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.3)))
    arr = np.asarray(out)
    if effects.noise:
        sigma = rng.uniform(1, 6)
        arr = np.clip(arr + sigma * rng.standard_normal(arr.shape, dtype=np.float32), 0, 255)
    return arr.astype(np.uint8)
