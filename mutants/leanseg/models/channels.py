"""Channel plans: the widths of a derived (pruned) model, so that it rebuilds without pickle.

Pruning changes widths, never structure: kernels, strides, skips and the order of layers stay
as the family built them. A channel plan therefore only names, for each module whose width
differs from the registry's build, the width attributes that differ:

    {"down1.ext.0": {"out_channels": 8}, "down1.ext.1": {"num_features": 8}}

`build_model(name, num_classes, channels=plan)` builds the family as usual and then resizes
each named module in place with `apply_channel_plan`. This works for every family, torchvision's
included, without each constructor having to accept a width list of its own. A trained model's
plan is empty; a run directory's header stores the plan next to the architecture name.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn.modules.batchnorm import _BatchNorm
from torch.nn.modules.conv import _ConvNd

from leanseg.errors import LeansegError

ChannelPlan = dict[str, dict[str, int]]


class ChannelPlanError(LeansegError):
    """A plan naming a module that does not exist, an attribute it lacks, or impossible widths."""


def _width_attrs(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "out_channels", "groups")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("in_features", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def module_widths(model: nn.Module) -> ChannelPlan:
    """Every width of every module that has one: `{name: {attr: value}}`."""
    return {
        name: {a: int(getattr(m, a)) for a in attrs}
        for name, m in model.named_modules()
        if (attrs := _width_attrs(m))
    }


def channel_plan(model: nn.Module, reference: nn.Module) -> ChannelPlan:
    """The widths of `model` that differ from `reference` (the registry's build)."""
    ref = module_widths(reference)
    plan: ChannelPlan = {}
    for name, widths in module_widths(model).items():
        if name not in ref:
            raise ChannelPlanError(f"module {name!r} is not in the reference architecture")
        changed = {a: v for a, v in widths.items() if ref[name].get(a) != v}
        if changed:
            plan[name] = changed
    return plan


def apply_channel_plan(model: nn.Module, plan: ChannelPlan) -> nn.Module:
    """Resize the modules `plan` names, in place; their weights are re-initialised (a caller
    loads the saved ones next). Returns `model`."""
    modules = dict(model.named_modules())
    for name, changes in plan.items():
        module = modules.get(name)
        if module is None:
            raise ChannelPlanError(f"channel plan names {name!r}, which the model does not have")
        allowed = _width_attrs(module)
        for attr, value in changes.items():
            if attr not in allowed:
                raise ChannelPlanError(
                    f"channel plan: {name} ({type(module).__name__}) has no width {attr!r}"
                )
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ChannelPlanError(f"channel plan: {name}.{attr} must be a positive integer")
            setattr(module, attr, value)
        _reallocate(name, module)
    return model


def _reallocate(name: str, m: nn.Module) -> None:
    """Give `m` parameters and buffers of the shapes its width attributes now say."""
    if isinstance(m, _ConvNd):
        if m.in_channels % m.groups or m.out_channels % m.groups:
            raise ChannelPlanError(
                f"channel plan: {name} has {m.in_channels} in and {m.out_channels} out channels, "
                f"not divisible by its {m.groups} groups"
            )
        if m.transposed:
            shape = (m.in_channels, m.out_channels // m.groups, *m.kernel_size)
        else:
            shape = (m.out_channels, m.in_channels // m.groups, *m.kernel_size)
        m.weight = nn.Parameter(torch.empty(shape))
        if m.bias is not None:
            m.bias = nn.Parameter(torch.empty(m.out_channels))
        m.reset_parameters()
    elif isinstance(m, _BatchNorm):
        n = m.num_features
        if m.affine:
            m.weight = nn.Parameter(torch.ones(n))
            m.bias = nn.Parameter(torch.zeros(n))
        if m.track_running_stats:
            m.running_mean = torch.zeros(n)
            m.running_var = torch.ones(n)
    elif isinstance(m, nn.PReLU):
        m.weight = nn.Parameter(torch.full((m.num_parameters,), 0.25))
    elif isinstance(m, nn.Linear):
        m.weight = nn.Parameter(torch.empty(m.out_features, m.in_features))
        if m.bias is not None:
            m.bias = nn.Parameter(torch.empty(m.out_features))
        m.reset_parameters()
    elif isinstance(m, nn.GroupNorm):
        if m.num_channels % m.num_groups:
            raise ChannelPlanError(
                f"channel plan: {name} has {m.num_channels} channels in {m.num_groups} groups"
            )
        if m.affine:
            m.weight = nn.Parameter(torch.ones(m.num_channels))
            m.bias = nn.Parameter(torch.zeros(m.num_channels))
