"""Zeiler and Fergus (2014) deconvnet projections with captum's NeuronDeconvolution: for a
layer's most active filters, the image patches that excite each filter most, beside the
filter's activation projected back to pixel space (ReLU backward replaced by ReLU of the
incoming signal, as the deconvnet does)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from leanseg.visualize.features import activations
from leanseg.visualize.grids import denormalize, grid, resized


@dataclass(frozen=True)
class Hit:
    """One strong activation: filter `channel` at (y, x) of the layer's map for image `image`."""

    channel: int
    image: int
    y: int
    x: int
    value: float
    map_size: tuple[int, int]  # (h, w) of the layer's map for that image


def top_activations(model: nn.Module, layer: str, images: list[torch.Tensor], filters: int,
                    top_k: int) -> list[list[Hit]]:  # fmt: skip
    """For the `filters` channels whose strongest activation over `images` is largest, the
    `top_k` strongest activations, each from a different image (as Zeiler and Fergus show)."""
    best: list[list[Hit]] = []  # per image, per channel: its maximum
    for i, image in enumerate(images):
        maps = activations(model, image, [layer])[layer]  # (C, h, w)
        flat = maps.flatten(1)  # (C, h*w)
        values, where = flat.max(1)
        h, w = maps.shape[-2:]
        best.append([Hit(c, i, int(p) // w, int(p) % w, float(v), (h, w))
                     for c, (v, p) in enumerate(zip(values, where, strict=True))])  # fmt: skip
    channels = len(best[0])
    peak = [max(per_image[c].value for per_image in best) for c in range(channels)]
    chosen = sorted(range(channels), key=lambda c: -peak[c])[:filters]
    return [sorted((per_image[c] for per_image in best), key=lambda h: -h.value)[:top_k]
            for c in chosen]  # fmt: skip


def projection(model: nn.Module, layer: str, image: torch.Tensor, hit: Hit) -> np.ndarray:
    """(3, H, W) deconvnet projection of one activation to the input."""
    from captum.attr import NeuronDeconvolution

    module = dict(model.named_modules())[layer]
    deconv = NeuronDeconvolution(model.eval(), module)
    with warnings.catch_warnings():  # captum announces its ReLU hooks on every call
        warnings.simplefilter("ignore", UserWarning)
        attr = deconv.attribute(image, neuron_selector=(hit.channel, hit.y, hit.x))
    return attr[0].detach().cpu().numpy()


def _window(proj: np.ndarray, hit: Hit, layer_size: tuple[int, int], largest: int = 96,
            share: float = 0.2) -> tuple[int, int, int, int]:  # fmt: skip
    """(top, bottom, left, right) of the pixels the projection reaches (above `share` of its
    peak), at most `largest` pixels a side around the activation's place in the image (deep
    layers of ENet see the whole frame; the patch shows where the filter looked hardest)."""
    strength = np.abs(proj).sum(0)  # (H, W)
    h, w = strength.shape
    ys, xs = np.nonzero(strength >= share * strength.max())
    top, bottom, left, right = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    cy = int((hit.y + 0.5) * h / layer_size[0])
    cx = int((hit.x + 0.5) * w / layer_size[1])
    half = largest // 2
    top, bottom = max(top, cy - half, 0), min(bottom, cy + half, h)
    left, right = max(left, cx - half, 0), min(right, cx + half, w)
    if bottom <= top or right <= left:  # the peak lies outside the reach: centre on the peak
        top, bottom = max(cy - half, 0), min(cy + half, h)
        left, right = max(cx - half, 0), min(cx + half, w)
    return top, bottom, left, right


def _contrast(region: np.ndarray) -> np.ndarray:
    """(3, h, w) projection -> (h, w, 3) uint8, grey at zero, +-3 standard deviations to the
    ends (as the deconvnet figures are drawn)."""
    spread = 3 * region.std() or 1.0
    return ((region / spread * 0.5 + 0.5).clip(0, 1).transpose(1, 2, 0) * 255).astype(np.uint8)


def deconv_grid(model: nn.Module, layer: str, images: list[torch.Tensor],
                hits: list[list[Hit]], tile: int = 64) -> np.ndarray:  # fmt: skip
    """One row per filter: for each top activation, the image patch above its projection."""
    rows = []
    for filter_hits in hits:
        for hit in filter_hits:
            image = images[hit.image]
            rows.append(window_tiles(image, hit, [projection(model, layer, image, hit)], tile))
    return grid(rows, columns=max(len(h) for h in hits))


def window_tiles(image: torch.Tensor, hit: Hit, projections: list[np.ndarray],
                 tile: int = 64) -> np.ndarray:  # fmt: skip
    """The image patch the last projection reaches, above every projection cut to the same
    window (several projections of one activation side by side: parent and pruned filter)."""
    top, bottom, left, right = _window(projections[-1], hit, hit.map_size)
    parts = [denormalize(image[0])[top:bottom, left:right]]
    parts += [_contrast(p[:, top:bottom, left:right]) for p in projections]
    return np.concatenate([resized(part, (tile, tile)) for part in parts])
