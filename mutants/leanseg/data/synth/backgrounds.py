"""Workstation surfaces drawn with numpy: wood, plastic, metal, tiles and noise textures."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image


def _smooth_noise(rng: np.random.Generator, h: int, w: int, cells: int) -> np.ndarray:
    """Value noise in [0, 1]: a coarse random grid upsampled bilinearly. (H, W) float32."""
    grid = rng.random((cells, max(2, cells * w // max(h, 1))), dtype=np.float32)
    img = Image.fromarray((grid * 255).astype(np.uint8)).resize((w, h), Image.BILINEAR)
    return np.asarray(img, dtype=np.float32) / 255.0


def _tint(gray: np.ndarray, color: np.ndarray) -> np.ndarray:
    return gray[..., None] * color[None, None, :]  # (H, W, 3)


def wood(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rng.uniform(0, np.pi)
    t = xx * np.cos(angle) + yy * np.sin(angle)
    warp = _smooth_noise(rng, h, w, 4) * rng.uniform(10, 30)
    grain = 0.5 + 0.5 * np.sin((t + warp) * rng.uniform(0.15, 0.4))
    base = np.array([rng.uniform(130, 200), rng.uniform(85, 130), rng.uniform(45, 80)])
    return _tint(0.75 + 0.25 * grain, base)


def plastic(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    base = rng.uniform(40, 230, size=3)
    return _tint(0.95 + 0.05 * _smooth_noise(rng, h, w, 3), base)


def metal(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    if rng.random() < 0.5:  # brushed along y or along x
        streaks = rng.random(w, dtype=np.float32)[None, :].repeat(h, axis=0)
    else:
        streaks = rng.random(h, dtype=np.float32)[:, None].repeat(w, axis=1)
    gray = 0.8 + 0.12 * streaks + 0.08 * _smooth_noise(rng, h, w, 3)
    return _tint(gray, np.full(3, rng.uniform(120, 200)))


def tiles(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    size = int(rng.integers(20, 60))
    yy, xx = np.mgrid[0:h, 0:w]
    grout = ((yy % size) < 2) | ((xx % size) < 2)
    base = rng.uniform(90, 240, size=3)
    img = _tint(0.92 + 0.08 * _smooth_noise(rng, h, w, 6), base)
    img[grout] = base * 0.5
    return img


def noise(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    layers = [_smooth_noise(rng, h, w, c) for c in (4, 16)]
    gray = 0.6 * layers[0] + 0.4 * layers[1]
    return _tint(0.5 + 0.6 * gray, rng.uniform(60, 220, size=3))


BACKGROUNDS: dict[str, Callable[[np.random.Generator, int, int], np.ndarray]] = {
    "wood": wood,
    "plastic": plastic,
    "metal": metal,
    "tiles": tiles,
    "noise": noise,
}


def random_background(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """An (H, W, 3) float32 surface in 0..255."""
    name = list(BACKGROUNDS)[int(rng.integers(len(BACKGROUNDS)))]
    return np.clip(BACKGROUNDS[name](rng, h, w), 0, 255).astype(np.float32)
