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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x__layer_macs__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__layer_macs__mutmut)
def _layer_macs(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() * module.in_features
    k = int(torch.tensor(module.kernel_size).prod())
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() * (module.out_channels // module.groups) * k
    return out.numel() * (module.in_channels // module.groups) * k


def x__layer_macs__mutmut_orig(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() * module.in_features
    k = int(torch.tensor(module.kernel_size).prod())
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() * (module.out_channels // module.groups) * k
    return out.numel() * (module.in_channels // module.groups) * k


def x__layer_macs__mutmut_1(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() / module.in_features
    k = int(torch.tensor(module.kernel_size).prod())
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() * (module.out_channels // module.groups) * k
    return out.numel() * (module.in_channels // module.groups) * k


def x__layer_macs__mutmut_2(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() * module.in_features
    k = None
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() * (module.out_channels // module.groups) * k
    return out.numel() * (module.in_channels // module.groups) * k


def x__layer_macs__mutmut_3(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() * module.in_features
    k = int(None)
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() * (module.out_channels // module.groups) * k
    return out.numel() * (module.in_channels // module.groups) * k


def x__layer_macs__mutmut_4(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() * module.in_features
    k = int(torch.tensor(None).prod())
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() * (module.out_channels // module.groups) * k
    return out.numel() * (module.in_channels // module.groups) * k


def x__layer_macs__mutmut_5(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() * module.in_features
    k = int(torch.tensor(module.kernel_size).prod())
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() * (module.out_channels // module.groups) / k
    return out.numel() * (module.in_channels // module.groups) * k


def x__layer_macs__mutmut_6(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() * module.in_features
    k = int(torch.tensor(module.kernel_size).prod())
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() / (module.out_channels // module.groups) * k
    return out.numel() * (module.in_channels // module.groups) * k


def x__layer_macs__mutmut_7(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() * module.in_features
    k = int(torch.tensor(module.kernel_size).prod())
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() * (module.out_channels / module.groups) * k
    return out.numel() * (module.in_channels // module.groups) * k


def x__layer_macs__mutmut_8(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() * module.in_features
    k = int(torch.tensor(module.kernel_size).prod())
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() * (module.out_channels // module.groups) * k
    return out.numel() * (module.in_channels // module.groups) / k


def x__layer_macs__mutmut_9(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() * module.in_features
    k = int(torch.tensor(module.kernel_size).prod())
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() * (module.out_channels // module.groups) * k
    return out.numel() / (module.in_channels // module.groups) * k


def x__layer_macs__mutmut_10(module: nn.Module, inp: torch.Tensor, out: torch.Tensor) -> int:
    if isinstance(module, nn.Linear):
        return out.numel() * module.in_features
    k = int(torch.tensor(module.kernel_size).prod())
    if isinstance(module, nn.ConvTranspose2d):
        return inp.numel() * (module.out_channels // module.groups) * k
    return out.numel() * (module.in_channels / module.groups) * k

mutants_x__layer_macs__mutmut['_mutmut_orig'] = x__layer_macs__mutmut_orig # type: ignore # mutmut generated
mutants_x__layer_macs__mutmut['x__layer_macs__mutmut_1'] = x__layer_macs__mutmut_1 # type: ignore # mutmut generated
mutants_x__layer_macs__mutmut['x__layer_macs__mutmut_2'] = x__layer_macs__mutmut_2 # type: ignore # mutmut generated
mutants_x__layer_macs__mutmut['x__layer_macs__mutmut_3'] = x__layer_macs__mutmut_3 # type: ignore # mutmut generated
mutants_x__layer_macs__mutmut['x__layer_macs__mutmut_4'] = x__layer_macs__mutmut_4 # type: ignore # mutmut generated
mutants_x__layer_macs__mutmut['x__layer_macs__mutmut_5'] = x__layer_macs__mutmut_5 # type: ignore # mutmut generated
mutants_x__layer_macs__mutmut['x__layer_macs__mutmut_6'] = x__layer_macs__mutmut_6 # type: ignore # mutmut generated
mutants_x__layer_macs__mutmut['x__layer_macs__mutmut_7'] = x__layer_macs__mutmut_7 # type: ignore # mutmut generated
mutants_x__layer_macs__mutmut['x__layer_macs__mutmut_8'] = x__layer_macs__mutmut_8 # type: ignore # mutmut generated
mutants_x__layer_macs__mutmut['x__layer_macs__mutmut_9'] = x__layer_macs__mutmut_9 # type: ignore # mutmut generated
mutants_x__layer_macs__mutmut['x__layer_macs__mutmut_10'] = x__layer_macs__mutmut_10 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_layer_costs__mutmut)
def layer_costs(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_orig(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_1(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = None

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_2(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = None
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_3(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[1]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_4(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = None
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_5(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = None
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_6(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int(None)
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_7(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w == 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_8(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 1).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_9(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = None
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_10(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(None, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_11(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, None, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_12(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, None)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_13(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_14(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_15(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, )
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_16(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = None
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_17(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(None)
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_18(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=None))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_19(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=True))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_20(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = None
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_21(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(None)
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_22(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int(None) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_23(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p == 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_24(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 1).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_25(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=None))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_26(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=True))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_27(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = None
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_28(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if (hasattr(module, "kernel_size")) and False
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_29(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if (hasattr(module, "kernel_size")) or True
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_30(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[1], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_31(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[+1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_32(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-2])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_33(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(None, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_34(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, None)
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_35(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr("kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_36(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, )
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_37(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "XXkernel_sizeXX")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_38(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "KERNEL_SIZE")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_39(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (2, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_40(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 2)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_41(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = None
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_42(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(None, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_43(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, None, getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_44(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", None)
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_45(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr("in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_46(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_47(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", )
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_48(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "XXin_channelsXX", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_49(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "IN_CHANNELS", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_50(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(None, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_51(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, None, 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_52(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", None))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_53(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr("in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_54(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_55(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", ))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_56(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "XXin_featuresXX", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_57(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "IN_FEATURES", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_58(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 1))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_59(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = None
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_60(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(None, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_61(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, None, getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_62(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", None)
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_63(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr("out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_64(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_65(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", )
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_66(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "XXout_channelsXX", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_67(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "OUT_CHANNELS", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_68(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(None, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_69(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, None, 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_70(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", None))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_71(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr("out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_72(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_73(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", ))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_74(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "XXout_featuresXX", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_75(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "OUT_FEATURES", 0))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_76(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 1))
            effective = macs * nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_77(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = None
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


def x_layer_costs__mutmut_78(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz / max(w.numel(), 1)
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


def x_layer_costs__mutmut_79(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs / nz // max(w.numel(), 1)
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


def x_layer_costs__mutmut_80(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(None, 1)
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


def x_layer_costs__mutmut_81(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), None)
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


def x_layer_costs__mutmut_82(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(1)
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


def x_layer_costs__mutmut_83(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), )
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


def x_layer_costs__mutmut_84(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 2)
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


def x_layer_costs__mutmut_85(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                None
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_86(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    None, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_87(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, None, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_88(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, None, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_89(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, None, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_90(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, None, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_91(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, None,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_92(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    None, out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_93(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), None, w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_94(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), None, nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_95(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), None, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_96(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, None, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_97(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, None, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_98(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, None, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_99(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, None,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_100(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_101(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_102(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_103(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_104(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_105(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_106(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_107(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_108(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_109(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_110(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_111(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_112(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_113(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_114(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(None).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_115(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = None
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_116(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(None) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, compute)
    return costs


def x_layer_costs__mutmut_117(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(None, x, compute)
    return costs


def x_layer_costs__mutmut_118(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, None, compute)
    return costs


def x_layer_costs__mutmut_119(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, None)
    return costs


def x_layer_costs__mutmut_120(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(x, compute)
    return costs


def x_layer_costs__mutmut_121(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, compute)
    return costs


def x_layer_costs__mutmut_122(model: nn.Module, x: torch.Tensor) -> list[LayerCost]:
    """Run `model(x)` once and return the cost of every convolution and linear layer."""
    costs: list[LayerCost] = []

    def hook(name: str):
        def record(module: nn.Module, args, out) -> None:
            inp = args[0]
            w = module.weight
            nz = int((w != 0).sum())
            macs = _layer_macs(module, inp, out)
            params = sum(p.numel() for p in module.parameters(recurse=False))
            nz_params = sum(int((p != 0).sum()) for p in module.parameters(recurse=False))
            kh, kw = (
                (module.kernel_size[0], module.kernel_size[-1])
                if hasattr(module, "kernel_size")
                else (1, 1)
            )
            cin = getattr(module, "in_channels", getattr(module, "in_features", 0))
            cout = getattr(module, "out_channels", getattr(module, "out_features", 0))
            effective = macs * nz // max(w.numel(), 1)
            costs.append(
                LayerCost(
                    name, type(module).__name__, params, nz_params, macs, effective,
                    inp.numel(), out.numel(), w.numel(), nz, cin, cout, kh, kw,
                )
            )  # fmt: skip

        return record

    compute = {m: hook(n) for n, m in model.named_modules() if isinstance(m, COMPUTE_LAYERS)}
    forward_with_hooks(model, x, )
    return costs

mutants_x_layer_costs__mutmut['_mutmut_orig'] = x_layer_costs__mutmut_orig # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_1'] = x_layer_costs__mutmut_1 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_2'] = x_layer_costs__mutmut_2 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_3'] = x_layer_costs__mutmut_3 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_4'] = x_layer_costs__mutmut_4 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_5'] = x_layer_costs__mutmut_5 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_6'] = x_layer_costs__mutmut_6 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_7'] = x_layer_costs__mutmut_7 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_8'] = x_layer_costs__mutmut_8 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_9'] = x_layer_costs__mutmut_9 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_10'] = x_layer_costs__mutmut_10 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_11'] = x_layer_costs__mutmut_11 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_12'] = x_layer_costs__mutmut_12 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_13'] = x_layer_costs__mutmut_13 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_14'] = x_layer_costs__mutmut_14 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_15'] = x_layer_costs__mutmut_15 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_16'] = x_layer_costs__mutmut_16 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_17'] = x_layer_costs__mutmut_17 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_18'] = x_layer_costs__mutmut_18 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_19'] = x_layer_costs__mutmut_19 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_20'] = x_layer_costs__mutmut_20 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_21'] = x_layer_costs__mutmut_21 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_22'] = x_layer_costs__mutmut_22 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_23'] = x_layer_costs__mutmut_23 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_24'] = x_layer_costs__mutmut_24 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_25'] = x_layer_costs__mutmut_25 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_26'] = x_layer_costs__mutmut_26 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_27'] = x_layer_costs__mutmut_27 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_28'] = x_layer_costs__mutmut_28 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_29'] = x_layer_costs__mutmut_29 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_30'] = x_layer_costs__mutmut_30 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_31'] = x_layer_costs__mutmut_31 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_32'] = x_layer_costs__mutmut_32 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_33'] = x_layer_costs__mutmut_33 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_34'] = x_layer_costs__mutmut_34 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_35'] = x_layer_costs__mutmut_35 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_36'] = x_layer_costs__mutmut_36 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_37'] = x_layer_costs__mutmut_37 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_38'] = x_layer_costs__mutmut_38 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_39'] = x_layer_costs__mutmut_39 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_40'] = x_layer_costs__mutmut_40 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_41'] = x_layer_costs__mutmut_41 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_42'] = x_layer_costs__mutmut_42 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_43'] = x_layer_costs__mutmut_43 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_44'] = x_layer_costs__mutmut_44 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_45'] = x_layer_costs__mutmut_45 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_46'] = x_layer_costs__mutmut_46 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_47'] = x_layer_costs__mutmut_47 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_48'] = x_layer_costs__mutmut_48 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_49'] = x_layer_costs__mutmut_49 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_50'] = x_layer_costs__mutmut_50 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_51'] = x_layer_costs__mutmut_51 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_52'] = x_layer_costs__mutmut_52 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_53'] = x_layer_costs__mutmut_53 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_54'] = x_layer_costs__mutmut_54 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_55'] = x_layer_costs__mutmut_55 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_56'] = x_layer_costs__mutmut_56 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_57'] = x_layer_costs__mutmut_57 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_58'] = x_layer_costs__mutmut_58 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_59'] = x_layer_costs__mutmut_59 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_60'] = x_layer_costs__mutmut_60 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_61'] = x_layer_costs__mutmut_61 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_62'] = x_layer_costs__mutmut_62 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_63'] = x_layer_costs__mutmut_63 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_64'] = x_layer_costs__mutmut_64 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_65'] = x_layer_costs__mutmut_65 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_66'] = x_layer_costs__mutmut_66 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_67'] = x_layer_costs__mutmut_67 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_68'] = x_layer_costs__mutmut_68 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_69'] = x_layer_costs__mutmut_69 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_70'] = x_layer_costs__mutmut_70 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_71'] = x_layer_costs__mutmut_71 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_72'] = x_layer_costs__mutmut_72 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_73'] = x_layer_costs__mutmut_73 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_74'] = x_layer_costs__mutmut_74 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_75'] = x_layer_costs__mutmut_75 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_76'] = x_layer_costs__mutmut_76 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_77'] = x_layer_costs__mutmut_77 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_78'] = x_layer_costs__mutmut_78 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_79'] = x_layer_costs__mutmut_79 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_80'] = x_layer_costs__mutmut_80 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_81'] = x_layer_costs__mutmut_81 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_82'] = x_layer_costs__mutmut_82 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_83'] = x_layer_costs__mutmut_83 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_84'] = x_layer_costs__mutmut_84 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_85'] = x_layer_costs__mutmut_85 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_86'] = x_layer_costs__mutmut_86 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_87'] = x_layer_costs__mutmut_87 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_88'] = x_layer_costs__mutmut_88 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_89'] = x_layer_costs__mutmut_89 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_90'] = x_layer_costs__mutmut_90 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_91'] = x_layer_costs__mutmut_91 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_92'] = x_layer_costs__mutmut_92 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_93'] = x_layer_costs__mutmut_93 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_94'] = x_layer_costs__mutmut_94 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_95'] = x_layer_costs__mutmut_95 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_96'] = x_layer_costs__mutmut_96 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_97'] = x_layer_costs__mutmut_97 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_98'] = x_layer_costs__mutmut_98 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_99'] = x_layer_costs__mutmut_99 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_100'] = x_layer_costs__mutmut_100 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_101'] = x_layer_costs__mutmut_101 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_102'] = x_layer_costs__mutmut_102 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_103'] = x_layer_costs__mutmut_103 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_104'] = x_layer_costs__mutmut_104 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_105'] = x_layer_costs__mutmut_105 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_106'] = x_layer_costs__mutmut_106 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_107'] = x_layer_costs__mutmut_107 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_108'] = x_layer_costs__mutmut_108 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_109'] = x_layer_costs__mutmut_109 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_110'] = x_layer_costs__mutmut_110 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_111'] = x_layer_costs__mutmut_111 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_112'] = x_layer_costs__mutmut_112 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_113'] = x_layer_costs__mutmut_113 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_114'] = x_layer_costs__mutmut_114 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_115'] = x_layer_costs__mutmut_115 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_116'] = x_layer_costs__mutmut_116 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_117'] = x_layer_costs__mutmut_117 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_118'] = x_layer_costs__mutmut_118 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_119'] = x_layer_costs__mutmut_119 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_120'] = x_layer_costs__mutmut_120 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_121'] = x_layer_costs__mutmut_121 # type: ignore # mutmut generated
mutants_x_layer_costs__mutmut['x_layer_costs__mutmut_122'] = x_layer_costs__mutmut_122 # type: ignore # mutmut generated
mutants_x_forward_with_hooks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_forward_with_hooks__mutmut)
def forward_with_hooks(model: nn.Module, x: torch.Tensor, hooks: dict[nn.Module, Callable]) -> None:
    """One inference pass of `model(x)` with forward hooks attached to the given modules."""
    handles = [m.register_forward_hook(h) for m, h in hooks.items()]
    try:
        with torch.inference_mode():
            model.eval()(x)
    finally:
        for h in handles:
            h.remove()


def x_forward_with_hooks__mutmut_orig(model: nn.Module, x: torch.Tensor, hooks: dict[nn.Module, Callable]) -> None:
    """One inference pass of `model(x)` with forward hooks attached to the given modules."""
    handles = [m.register_forward_hook(h) for m, h in hooks.items()]
    try:
        with torch.inference_mode():
            model.eval()(x)
    finally:
        for h in handles:
            h.remove()


def x_forward_with_hooks__mutmut_1(model: nn.Module, x: torch.Tensor, hooks: dict[nn.Module, Callable]) -> None:
    """One inference pass of `model(x)` with forward hooks attached to the given modules."""
    handles = None
    try:
        with torch.inference_mode():
            model.eval()(x)
    finally:
        for h in handles:
            h.remove()


def x_forward_with_hooks__mutmut_2(model: nn.Module, x: torch.Tensor, hooks: dict[nn.Module, Callable]) -> None:
    """One inference pass of `model(x)` with forward hooks attached to the given modules."""
    handles = [m.register_forward_hook(None) for m, h in hooks.items()]
    try:
        with torch.inference_mode():
            model.eval()(x)
    finally:
        for h in handles:
            h.remove()


def x_forward_with_hooks__mutmut_3(model: nn.Module, x: torch.Tensor, hooks: dict[nn.Module, Callable]) -> None:
    """One inference pass of `model(x)` with forward hooks attached to the given modules."""
    handles = [m.register_forward_hook(h) for m, h in hooks.items()]
    try:
        with torch.inference_mode():
            model.eval()(None)
    finally:
        for h in handles:
            h.remove()

mutants_x_forward_with_hooks__mutmut['_mutmut_orig'] = x_forward_with_hooks__mutmut_orig # type: ignore # mutmut generated
mutants_x_forward_with_hooks__mutmut['x_forward_with_hooks__mutmut_1'] = x_forward_with_hooks__mutmut_1 # type: ignore # mutmut generated
mutants_x_forward_with_hooks__mutmut['x_forward_with_hooks__mutmut_2'] = x_forward_with_hooks__mutmut_2 # type: ignore # mutmut generated
mutants_x_forward_with_hooks__mutmut['x_forward_with_hooks__mutmut_3'] = x_forward_with_hooks__mutmut_3 # type: ignore # mutmut generated
mutants_x_count_flops__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_count_flops__mutmut)
def count_flops(model: nn.Module, x: torch.Tensor) -> int:
    """Total FLOPs of one forward pass, as torch.utils.flop_counter counts them."""
    with torch.inference_mode(), FlopCounterMode(display=False) as counter:
        model.eval()(x)
    return int(counter.get_total_flops())


def x_count_flops__mutmut_orig(model: nn.Module, x: torch.Tensor) -> int:
    """Total FLOPs of one forward pass, as torch.utils.flop_counter counts them."""
    with torch.inference_mode(), FlopCounterMode(display=False) as counter:
        model.eval()(x)
    return int(counter.get_total_flops())


def x_count_flops__mutmut_1(model: nn.Module, x: torch.Tensor) -> int:
    """Total FLOPs of one forward pass, as torch.utils.flop_counter counts them."""
    with torch.inference_mode(), FlopCounterMode(display=None) as counter:
        model.eval()(x)
    return int(counter.get_total_flops())


def x_count_flops__mutmut_2(model: nn.Module, x: torch.Tensor) -> int:
    """Total FLOPs of one forward pass, as torch.utils.flop_counter counts them."""
    with torch.inference_mode(), FlopCounterMode(display=True) as counter:
        model.eval()(x)
    return int(counter.get_total_flops())


def x_count_flops__mutmut_3(model: nn.Module, x: torch.Tensor) -> int:
    """Total FLOPs of one forward pass, as torch.utils.flop_counter counts them."""
    with torch.inference_mode(), FlopCounterMode(display=False) as counter:
        model.eval()(None)
    return int(counter.get_total_flops())


def x_count_flops__mutmut_4(model: nn.Module, x: torch.Tensor) -> int:
    """Total FLOPs of one forward pass, as torch.utils.flop_counter counts them."""
    with torch.inference_mode(), FlopCounterMode(display=False) as counter:
        model.eval()(x)
    return int(None)

mutants_x_count_flops__mutmut['_mutmut_orig'] = x_count_flops__mutmut_orig # type: ignore # mutmut generated
mutants_x_count_flops__mutmut['x_count_flops__mutmut_1'] = x_count_flops__mutmut_1 # type: ignore # mutmut generated
mutants_x_count_flops__mutmut['x_count_flops__mutmut_2'] = x_count_flops__mutmut_2 # type: ignore # mutmut generated
mutants_x_count_flops__mutmut['x_count_flops__mutmut_3'] = x_count_flops__mutmut_3 # type: ignore # mutmut generated
mutants_x_count_flops__mutmut['x_count_flops__mutmut_4'] = x_count_flops__mutmut_4 # type: ignore # mutmut generated
