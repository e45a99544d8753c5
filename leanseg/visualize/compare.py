"""What compression changed: channels each convolution lost, how the surviving channels'
feature maps and deconvnet projections differ from the parent's, and where predictions differ.

Pruning renumbers channels and fine-tuning moves weights, so a surviving channel is found by
what it computes: its feature maps over the same images are matched one-to-one to the parent's
by correlation (Hungarian assignment, scipy). A correlation near 1 says the channel still
computes what it did; the matched parent channels are the ones pruning kept.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import torch
from torch import nn

from leanseg.visualize.deconvnet import projection, top_activations, window_tiles
from leanseg.visualize.features import activations, conv_layers
from leanseg.visualize.grids import denormalize, grid, heat, resized


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


def match_channels(parent_maps: torch.Tensor, child_maps: torch.Tensor
                   ) -> tuple[list[int], list[float]]:  # fmt: skip
    """For each child channel, the parent channel computing the most similar maps, one-to-one
    (maps: (channels, ...) over the same inputs), and the correlation of the pair."""
    from scipy.optimize import linear_sum_assignment

    def unit(maps: torch.Tensor) -> torch.Tensor:
        flat = maps.flatten(1).double()
        flat = flat - flat.mean(1, keepdim=True)
        return flat / flat.norm(dim=1, keepdim=True).clamp_min(1e-12)

    corr = (unit(child_maps) @ unit(parent_maps).T).numpy()  # (child, parent)
    rows, cols = linear_sum_assignment(corr, maximize=True)
    match = dict(zip(rows.tolist(), cols.tolist(), strict=True))
    return ([match[c] for c in range(corr.shape[0])],
            [float(corr[c, match[c]]) for c in range(corr.shape[0])])  # fmt: skip


def surviving_channels(parent: nn.Module, child: nn.Module, layer: str,
                       images: list[torch.Tensor]) -> dict:  # fmt: skip
    """The child's channels of `layer` matched to the parent's over `images`: which parent
    channels survived and how closely each still computes what it did."""
    p = torch.cat([activations(parent, x, [layer])[layer] for x in images], dim=1)
    c = torch.cat([activations(child, x, [layer])[layer] for x in images], dim=1)
    kept, corr = match_channels(p, c)
    return {"layer": layer, "parent": p.shape[0], "child": c.shape[0], "kept": kept,
            "correlation": corr, "mean_correlation": float(np.mean(corr))}  # fmt: skip


def survivor_maps(parent: nn.Module, child: nn.Module, survivors: dict, image: torch.Tensor,
                  channels: int = 16, tile: int = 96) -> np.ndarray:  # fmt: skip
    """Per surviving channel (the least similar first), the parent's map above the child's."""
    layer = survivors["layer"]
    p = activations(parent, image, [layer])[layer]
    c = activations(child, image, [layer])[layer]
    order = np.argsort(survivors["correlation"])[:channels]
    tiles = [np.concatenate([resized(heat(p[survivors["kept"][i]].numpy()), (tile, tile)),
                             resized(heat(c[i].numpy()), (tile, tile))])
             for i in order]  # fmt: skip
    return grid(tiles, columns=8)


def survivor_projections(parent: nn.Module, child: nn.Module, survivors: dict,
                         images: list[torch.Tensor], filters: int = 4, top_k: int = 4,
                         tile: int = 64) -> np.ndarray:  # fmt: skip
    """Per row one of the child's most active filters: for each of its strongest activations,
    the image patch, the matched parent filter's deconvnet projection at the same place, and
    the child filter's own."""
    layer, rows = survivors["layer"], []
    for filter_hits in top_activations(child, layer, images, filters, top_k):
        for hit in filter_hits:
            image = images[hit.image]
            own = projection(child, layer, image, hit)
            matched = replace(hit, channel=survivors["kept"][hit.channel])
            was = projection(parent, layer, image, matched)
            rows.append(window_tiles(image, hit, [was, own], tile))
    return grid(rows, columns=top_k)
