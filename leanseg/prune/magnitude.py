"""Unstructured magnitude pruning (Han et al. 2015): zero the smallest weights, per layer or
over the whole network, and keep them zero while fine-tuning.

The tensors keep their shapes, so dense runtimes run no faster; what shrinks is the count of
non-zero weights, which `profile` reports as effective MACs and sparse size, and which weight
sharing and entropy coding turn into a smaller file."""

from __future__ import annotations

import torch
from torch import nn
from torch.nn.modules.conv import _ConvNd

from leanseg.devices import follow_device
from leanseg.prune.graph import PruningError


def prunable_weights(model: nn.Module) -> dict[str, nn.Parameter]:
    """The weights of every convolution and linear layer."""
    return {
        name: m.weight for name, m in model.named_modules() if isinstance(m, (_ConvNd, nn.Linear))
    }


def magnitude_masks(
    model: nn.Module, ratio: float, scope: str = "layer"
) -> dict[str, torch.Tensor]:
    """Boolean keep-masks zeroing the `ratio` smallest |w|: in each layer (`layer`) or under one
    threshold for all layers (`global`, which prunes redundant layers harder)."""
    if scope not in ("layer", "global"):
        raise PruningError(f"unknown magnitude scope {scope!r}; choose layer or global")
    weights = prunable_weights(model)
    if scope == "global":
        flat = torch.cat([w.detach().abs().flatten() for w in weights.values()])
        k = int(ratio * flat.numel())
        threshold = flat.kthvalue(k).values if k > 0 else flat.new_tensor(-1.0)
        return {n: w.detach().abs() > threshold for n, w in weights.items()}
    masks = {}
    for n, w in weights.items():
        a = w.detach().abs().flatten()
        k = int(ratio * a.numel())
        keep = torch.ones_like(a, dtype=torch.bool)
        if k > 0:
            keep[torch.argsort(a, stable=True)[:k]] = False
        masks[n] = keep.view_as(w)
    return masks


def apply_masks(model: nn.Module, masks: dict[str, torch.Tensor]) -> list:
    """Zero the masked weights and keep them zero in training: each gradient is masked, so
    SGD (with momentum), Adam and AdamW leave a zero weight at exactly zero. Returns the hook
    handles (remove them to free the weights)."""
    handles = []
    for name, mask in masks.items():
        w = model.get_submodule(name).weight
        m = follow_device(mask.to(w.device))
        with torch.no_grad():
            w.mul_(m(w.device))
        handles.append(w.register_hook(lambda g, m=m: g * m(g.device)))
    return handles


def sparsity(model: nn.Module) -> float:
    """Share of zero weights over all convolution and linear weights."""
    weights = prunable_weights(model).values()
    total = sum(w.numel() for w in weights)
    return sum(int((w == 0).sum()) for w in weights) / max(total, 1)
