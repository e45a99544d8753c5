"""Image grids and colour maps shared by the visualizations (numpy and Pillow only)."""

from __future__ import annotations

import numpy as np
import torch
from matplotlib import colormaps
from PIL import Image

from leanseg.data.transforms import IMAGENET_MEAN, IMAGENET_STD


def to_unit(x: np.ndarray) -> np.ndarray:
    """Stretch to [0, 1] (a constant array becomes 0)."""
    lo, hi = float(x.min()), float(x.max())
    return (x - lo) / (hi - lo) if hi > lo else np.zeros_like(x, dtype=np.float64)


def heat(x: np.ndarray, cmap: str = "inferno") -> np.ndarray:
    """(H, W) values -> (H, W, 3) uint8 through a matplotlib colour map."""
    return (colormaps[cmap](to_unit(x))[..., :3] * 255).astype(np.uint8)


def denormalize(image: torch.Tensor) -> np.ndarray:
    """A normalised (3, H, W) input back to (H, W, 3) uint8."""
    mean = torch.tensor(IMAGENET_MEAN).view(3, 1, 1)
    std = torch.tensor(IMAGENET_STD).view(3, 1, 1)
    rgb = (image.detach().cpu() * std + mean).clamp(0, 1)
    return (rgb.permute(1, 2, 0).numpy() * 255).astype(np.uint8)


def grid(tiles: list[np.ndarray], columns: int, pad: int = 2) -> np.ndarray:
    """Tiles of one size ((h, w, 3) uint8) in rows of `columns`, on a white background."""
    h, w = tiles[0].shape[:2]
    rows = -(-len(tiles) // columns)
    out = np.full((rows * (h + pad) + pad, columns * (w + pad) + pad, 3), 255, np.uint8)
    for i, tile in enumerate(tiles):
        r, c = divmod(i, columns)
        out[pad + r * (h + pad) : pad + r * (h + pad) + h, pad + c * (w + pad) :][:, :w] = tile
    return out


def resized(tile: np.ndarray, size: tuple[int, int], nearest: bool = False) -> np.ndarray:
    """(h, w, 3) uint8 to (W, H) = `size`."""
    mode = Image.NEAREST if nearest else Image.BILINEAR
    return np.asarray(Image.fromarray(tile).resize(size, mode))
