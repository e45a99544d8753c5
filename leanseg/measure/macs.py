"""Multiply-accumulates per layer, and effective MACs that skip weights known to be zero.

Totals come from torch.utils.flop_counter (FLOPs = 2 x MACs for convolutions and matrix
products); the per-layer split comes from forward hooks on convolution and linear layers, whose
MACs are: output elements x (input channels / groups) x kernel area for a convolution, input
elements x (output channels / groups) x kernel area for a transposed convolution, and
output elements x input features for a linear layer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

COMPUTE_LAYERS = (nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.ConvTranspose2d, nn.Linear)


@dataclass(frozen=True)
class LayerCost:
    name: str
    kind: str  # module class name
    params: int
    nonzero_params: int
    macs: int
    effective_macs: int  # MACs scaled by the share of non-zero weights
    input_elements: int
    output_elements: int
    weight_elements: int
    nonzero_weights: int
    in_channels: int
    out_channels: int
    kernel_h: int
    kernel_w: int


def _layer_macs(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() * module.in_features
    k = int(torch.tensor(module.kernel_size).prod())
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() * (module.out_channels // module.groups) * k
    return out.numel() * (module.in_channels // module.groups) * k


def layer_costs(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters())  # compute layers are leaves
            nz_params = sum(int((p != 0).sum()) for p in module.parameters())
            if isinstance(module, nn.Linear):
                cin, cout, kh, kw = module.in_features, module.out_features, 1, 1
            else:  # Conv1d's kernel (k,) counts as k x k here, as in the energy model's rows
                cin, cout = module.in_channels, module.out_channels
                kh, kw = module.kernel_size[0], module.kernel_size[-1]
            effective = macs * nz // w.numel()
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def forward_with_hooks(model: nn.Module, x: torch.Tensor, hooks: dict[nn.Module, Callable]) -> None:
    """One inference pass of `model(x)` with forward hooks attached to the given modules."""
    handles = [m.register_forward_hook(h) for m, h in hooks.items()]
    try:
        with torch.inference_mode():
            model.eval()(x)
    finally:
        for h in handles:
            h.remove()


def count_flops(model: nn.Module, x: torch.Tensor) -> int:
    """Total FLOPs of one forward pass, as torch.utils.flop_counter counts them."""
    with torch.inference_mode(), FlopCounterMode(display=False) as counter:
        model.eval()(x)
    return int(counter.get_total_flops())
