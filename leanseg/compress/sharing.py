"""Weight sharing (Han et al. 2016, Deep Compression): each layer's weights take one of 2^B
shared values found by k-means, so a weight is stored as a B-bit index into a codebook.

k-means runs on the non-zero weights of each convolution and linear layer with linear
initialisation over [min, max] (the paper's choice: it keeps the rare large weights that
density-based initialisation would merge away); weights that pruning set to zero stay exactly
zero and zero becomes one of the 2^B values. Fine-tuning then updates the shared values, not the
weights: each weight's gradient is replaced by the sum of the gradients of its cluster, so every
weight of a cluster receives the same update under SGD, Adam or AdamW and the weights stay
shared exactly, while the state dict keeps its ordinary shape.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn
from torch.nn.modules.conv import _ConvNd

from leanseg.devices import follow_device


@dataclass
class SharedLayer:
    name: str
    bits: int
    index: torch.Tensor  # (numel,) cluster of every weight; -1 for the weights kept at zero
    clusters: int


def kmeans_1d(values: torch.Tensor, k: int, iters: int = 50) -> tuple[torch.Tensor, torch.Tensor]:
    """Centroids (ascending) and the cluster of each value, Lloyd's algorithm from a linear
    initialisation. In one dimension clusters are intervals, so assignment is a search among
    the midpoints between sorted centroids."""
    values = values.double()
    centroids = torch.linspace(float(values.min()), float(values.max()), k, dtype=torch.float64)
    for _ in range(iters):
        idx = torch.bucketize(values, (centroids[1:] + centroids[:-1]) / 2)
        sums = torch.zeros(k, dtype=torch.float64).scatter_add_(0, idx, values)
        counts = torch.bincount(idx, minlength=k)
        new = torch.where(counts > 0, sums / counts.clamp(min=1), centroids)
        if torch.equal(new, centroids):
            break
        centroids = new
    return centroids, torch.bucketize(values, (centroids[1:] + centroids[:-1]) / 2)


def shareable_layers(model: nn.Module) -> dict[str, nn.Module]:
    return {n: m for n, m in model.named_modules() if isinstance(m, (_ConvNd, nn.Linear))}


def share_weights(model: nn.Module, bits: dict[str, int] | int) -> list[SharedLayer]:
    """Replace every convolution's and linear layer's weights by at most 2^B shared values
    (B from `bits`, per layer name or one for all), in place."""
    layers = []
    for name, m in shareable_layers(model).items():
        b = bits if isinstance(bits, int) else bits.get(name, bits.get("default", 0))
        if not b:
            continue
        w = m.weight.detach()
        flat = w.flatten()
        nonzero = flat != 0
        zero_slot = int(not bool(nonzero.all()))
        k = min((1 << b) - zero_slot, int(nonzero.sum()))
        index = torch.full_like(flat, -1, dtype=torch.int64)
        if k > 0:
            centroids, idx = kmeans_1d(flat[nonzero], k)
            index[nonzero] = idx
            with torch.no_grad():
                shared = flat.clone()
                shared[nonzero] = centroids.to(w.dtype)[idx]
                m.weight.copy_(shared.view_as(w))
        layers.append(SharedLayer(name, b, index, k))
    return layers


def keep_shared(model: nn.Module, layers: list[SharedLayer]) -> list:
    """Gradient hooks that give every weight of a cluster its cluster's summed gradient (and
    zero weights none), so fine-tuning moves the shared values; returns the handles."""
    handles = []
    for layer in layers:
        w = model.get_submodule(layer.name).weight
        index = follow_device(layer.index)
        kept_at = follow_device(layer.index >= 0)

        def hook(g: torch.Tensor, index=index, kept_at=kept_at, k=layer.clusters) -> torch.Tensor:
            idx, kept = index(g.device), kept_at(g.device)
            flat = g.flatten()
            sums = torch.zeros(k, dtype=g.dtype, device=g.device)
            sums.scatter_add_(0, idx[kept], flat[kept])
            out = torch.zeros_like(flat)
            out[kept] = sums[idx[kept]]
            return out.view_as(g)

        handles.append(w.register_hook(hook))
    return handles


def distinct_values(model: nn.Module) -> dict[str, int]:
    """How many distinct values each convolution's and linear layer's weights hold."""
    return {n: int(m.weight.detach().unique().numel()) for n, m in shareable_layers(model).items()}
