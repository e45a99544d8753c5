"""First-layer filters and feature maps: what the network looks for, and what it sees."""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from leanseg.visualize.grids import grid, heat, resized, to_unit


def conv_layers(model: nn.Module) -> list[str]:
    """Names of the convolution modules, in the order they were registered (input to output)."""
    return [n for n, m in model.named_modules() if isinstance(m, nn.Conv2d | nn.ConvTranspose2d)]


def default_layers(model: nn.Module, count: int = 3) -> list[str]:
    """`count` convolutions spread from the first to the one before the classifier."""
    names = conv_layers(model)[:-1] or conv_layers(model)
    picks = np.linspace(0, len(names) - 1, min(count, len(names))).round().astype(int)
    return [names[i] for i in dict.fromkeys(picks.tolist())]


def first_layer_filters(model: nn.Module, scale: int = 8) -> np.ndarray:
    """The first convolution's RGB filters as small images (each stretched to [0, 1])."""
    first = dict(model.named_modules())[conv_layers(model)[0]]
    weights = first.weight.detach().cpu()  # (out, in, k, k)
    if weights.shape[1] != 3:
        raise ValueError(f"the first convolution takes {weights.shape[1]} channels, not RGB")
    k = weights.shape[-1]
    tiles = [
        resized((to_unit(w.permute(1, 2, 0).numpy()) * 255).astype(np.uint8), (k * scale,) * 2,
                nearest=True)
        for w in weights
    ]  # fmt: skip
    return grid(tiles, columns=min(16, len(tiles)))


@torch.no_grad()
def activations(
    model: nn.Module, image: torch.Tensor, layers: list[str]
) -> dict[str, torch.Tensor]:
    """Each named layer's output for one (1, 3, H, W) input: (C, h, w) per layer."""
    modules = dict(model.named_modules())
    missing = [name for name in layers if name not in modules]
    if missing:
        raise KeyError(
            f"no layer {missing[0]!r}; convolutions: {', '.join(conv_layers(model)[:8])}..."
        )
    seen: dict[str, torch.Tensor] = {}
    hooks = [
        modules[name].register_forward_hook(lambda _m, _i, out, n=name: seen.__setitem__(n, out[0]))
        for name in layers
    ]
    try:
        model.eval()(image)
    finally:
        for h in hooks:
            h.remove()
    return seen


def feature_grid(maps: torch.Tensor, channels: int = 32, tile: int = 96) -> np.ndarray:
    """The first `channels` feature maps of one layer, each stretched and coloured."""
    tiles = [resized(heat(m.cpu().numpy()), (tile, tile)) for m in maps[:channels]]
    return grid(tiles, columns=8)
