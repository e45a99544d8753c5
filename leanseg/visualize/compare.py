"""What compression changed: channels each convolution lost, and where predictions differ."""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from leanseg.visualize.features import conv_layers
from leanseg.visualize.grids import denormalize


def removed_channels(parent: nn.Module, child: nn.Module) -> list[dict]:
    """Convolutions whose output channels differ between parent and child (pruning)."""
    p, c = dict(parent.named_modules()), dict(child.named_modules())
    rows = []
    for name in conv_layers(parent):
        if name in c and p[name].out_channels != c[name].out_channels:
            rows.append({"layer": name, "parent": p[name].out_channels,
                         "child": c[name].out_channels})  # fmt: skip
    return rows


@torch.no_grad()
def prediction_change(parent: nn.Module, child: nn.Module, image: torch.Tensor
                      ) -> tuple[np.ndarray, float]:  # fmt: skip
    """The image with the pixels whose class differs marked in red, and their share."""
    a = parent.eval()(image).argmax(1)[0]
    b = child.eval()(image).argmax(1)[0]
    changed = (a != b).cpu().numpy()
    picture = denormalize(image[0]).copy()
    picture[changed] = (0.4 * picture[changed] + 0.6 * np.array([255, 0, 0])).astype(np.uint8)
    return picture, float(changed.mean())
