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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class ChannelPlanError(LeansegError):
    """A plan naming a module that does not exist, an attribute it lacks, or impossible widths."""
mutants_x__width_attrs__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__width_attrs__mutmut)
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


def x__width_attrs__mutmut_orig(module: nn.Module) -> tuple[str, ...]:
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


def x__width_attrs__mutmut_1(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("XXin_channelsXX", "out_channels", "groups")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("in_features", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_2(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("IN_CHANNELS", "out_channels", "groups")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("in_features", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_3(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "XXout_channelsXX", "groups")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("in_features", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_4(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "OUT_CHANNELS", "groups")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("in_features", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_5(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "out_channels", "XXgroupsXX")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("in_features", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_6(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "out_channels", "GROUPS")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("in_features", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_7(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "out_channels", "groups")
    if isinstance(module, _BatchNorm):
        return ("XXnum_featuresXX",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("in_features", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_8(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "out_channels", "groups")
    if isinstance(module, _BatchNorm):
        return ("NUM_FEATURES",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("in_features", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_9(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "out_channels", "groups")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("XXnum_parametersXX",)
    if isinstance(module, nn.Linear):
        return ("in_features", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_10(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "out_channels", "groups")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("NUM_PARAMETERS",)
    if isinstance(module, nn.Linear):
        return ("in_features", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_11(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "out_channels", "groups")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("XXin_featuresXX", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_12(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "out_channels", "groups")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("IN_FEATURES", "out_features")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_13(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "out_channels", "groups")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("in_features", "XXout_featuresXX")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_14(module: nn.Module) -> tuple[str, ...]:
    """The attributes that hold a module's widths (empty for modules without any)."""
    if isinstance(module, _ConvNd):
        return ("in_channels", "out_channels", "groups")
    if isinstance(module, _BatchNorm):
        return ("num_features",)
    if isinstance(module, nn.PReLU):
        return ("num_parameters",)
    if isinstance(module, nn.Linear):
        return ("in_features", "OUT_FEATURES")
    if isinstance(module, nn.GroupNorm):
        return ("num_groups", "num_channels")
    return ()


def x__width_attrs__mutmut_15(module: nn.Module) -> tuple[str, ...]:
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
        return ("XXnum_groupsXX", "num_channels")
    return ()


def x__width_attrs__mutmut_16(module: nn.Module) -> tuple[str, ...]:
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
        return ("NUM_GROUPS", "num_channels")
    return ()


def x__width_attrs__mutmut_17(module: nn.Module) -> tuple[str, ...]:
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
        return ("num_groups", "XXnum_channelsXX")
    return ()


def x__width_attrs__mutmut_18(module: nn.Module) -> tuple[str, ...]:
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
        return ("num_groups", "NUM_CHANNELS")
    return ()

mutants_x__width_attrs__mutmut['_mutmut_orig'] = x__width_attrs__mutmut_orig # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_1'] = x__width_attrs__mutmut_1 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_2'] = x__width_attrs__mutmut_2 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_3'] = x__width_attrs__mutmut_3 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_4'] = x__width_attrs__mutmut_4 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_5'] = x__width_attrs__mutmut_5 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_6'] = x__width_attrs__mutmut_6 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_7'] = x__width_attrs__mutmut_7 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_8'] = x__width_attrs__mutmut_8 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_9'] = x__width_attrs__mutmut_9 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_10'] = x__width_attrs__mutmut_10 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_11'] = x__width_attrs__mutmut_11 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_12'] = x__width_attrs__mutmut_12 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_13'] = x__width_attrs__mutmut_13 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_14'] = x__width_attrs__mutmut_14 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_15'] = x__width_attrs__mutmut_15 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_16'] = x__width_attrs__mutmut_16 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_17'] = x__width_attrs__mutmut_17 # type: ignore # mutmut generated
mutants_x__width_attrs__mutmut['x__width_attrs__mutmut_18'] = x__width_attrs__mutmut_18 # type: ignore # mutmut generated
mutants_x_module_widths__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_module_widths__mutmut)
def module_widths(model: nn.Module) -> ChannelPlan:
    """Every width of every module that has one: `{name: {attr: value}}`."""
    return {
        name: {a: int(getattr(m, a)) for a in attrs}
        for name, m in model.named_modules()
        if (attrs := _width_attrs(m))
    }


def x_module_widths__mutmut_orig(model: nn.Module) -> ChannelPlan:
    """Every width of every module that has one: `{name: {attr: value}}`."""
    return {
        name: {a: int(getattr(m, a)) for a in attrs}
        for name, m in model.named_modules()
        if (attrs := _width_attrs(m))
    }


def x_module_widths__mutmut_1(model: nn.Module) -> ChannelPlan:
    """Every width of every module that has one: `{name: {attr: value}}`."""
    return {
        name: {a: int(None) for a in attrs}
        for name, m in model.named_modules()
        if (attrs := _width_attrs(m))
    }


def x_module_widths__mutmut_2(model: nn.Module) -> ChannelPlan:
    """Every width of every module that has one: `{name: {attr: value}}`."""
    return {
        name: {a: int(getattr(None, a)) for a in attrs}
        for name, m in model.named_modules()
        if (attrs := _width_attrs(m))
    }


def x_module_widths__mutmut_3(model: nn.Module) -> ChannelPlan:
    """Every width of every module that has one: `{name: {attr: value}}`."""
    return {
        name: {a: int(getattr(m, None)) for a in attrs}
        for name, m in model.named_modules()
        if (attrs := _width_attrs(m))
    }


def x_module_widths__mutmut_4(model: nn.Module) -> ChannelPlan:
    """Every width of every module that has one: `{name: {attr: value}}`."""
    return {
        name: {a: int(getattr(a)) for a in attrs}
        for name, m in model.named_modules()
        if (attrs := _width_attrs(m))
    }


def x_module_widths__mutmut_5(model: nn.Module) -> ChannelPlan:
    """Every width of every module that has one: `{name: {attr: value}}`."""
    return {
        name: {a: int(getattr(m, )) for a in attrs}
        for name, m in model.named_modules()
        if (attrs := _width_attrs(m))
    }


def x_module_widths__mutmut_6(model: nn.Module) -> ChannelPlan:
    """Every width of every module that has one: `{name: {attr: value}}`."""
    return {
        name: {a: int(getattr(m, a)) for a in attrs}
        for name, m in model.named_modules()
        if (attrs := _width_attrs(None))
    }

mutants_x_module_widths__mutmut['_mutmut_orig'] = x_module_widths__mutmut_orig # type: ignore # mutmut generated
mutants_x_module_widths__mutmut['x_module_widths__mutmut_1'] = x_module_widths__mutmut_1 # type: ignore # mutmut generated
mutants_x_module_widths__mutmut['x_module_widths__mutmut_2'] = x_module_widths__mutmut_2 # type: ignore # mutmut generated
mutants_x_module_widths__mutmut['x_module_widths__mutmut_3'] = x_module_widths__mutmut_3 # type: ignore # mutmut generated
mutants_x_module_widths__mutmut['x_module_widths__mutmut_4'] = x_module_widths__mutmut_4 # type: ignore # mutmut generated
mutants_x_module_widths__mutmut['x_module_widths__mutmut_5'] = x_module_widths__mutmut_5 # type: ignore # mutmut generated
mutants_x_module_widths__mutmut['x_module_widths__mutmut_6'] = x_module_widths__mutmut_6 # type: ignore # mutmut generated
mutants_x_channel_plan__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_channel_plan__mutmut)
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


def x_channel_plan__mutmut_orig(model: nn.Module, reference: nn.Module) -> ChannelPlan:
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


def x_channel_plan__mutmut_1(model: nn.Module, reference: nn.Module) -> ChannelPlan:
    """The widths of `model` that differ from `reference` (the registry's build)."""
    ref = None
    plan: ChannelPlan = {}
    for name, widths in module_widths(model).items():
        if name not in ref:
            raise ChannelPlanError(f"module {name!r} is not in the reference architecture")
        changed = {a: v for a, v in widths.items() if ref[name].get(a) != v}
        if changed:
            plan[name] = changed
    return plan


def x_channel_plan__mutmut_2(model: nn.Module, reference: nn.Module) -> ChannelPlan:
    """The widths of `model` that differ from `reference` (the registry's build)."""
    ref = module_widths(None)
    plan: ChannelPlan = {}
    for name, widths in module_widths(model).items():
        if name not in ref:
            raise ChannelPlanError(f"module {name!r} is not in the reference architecture")
        changed = {a: v for a, v in widths.items() if ref[name].get(a) != v}
        if changed:
            plan[name] = changed
    return plan


def x_channel_plan__mutmut_3(model: nn.Module, reference: nn.Module) -> ChannelPlan:
    """The widths of `model` that differ from `reference` (the registry's build)."""
    ref = module_widths(reference)
    plan: ChannelPlan = None
    for name, widths in module_widths(model).items():
        if name not in ref:
            raise ChannelPlanError(f"module {name!r} is not in the reference architecture")
        changed = {a: v for a, v in widths.items() if ref[name].get(a) != v}
        if changed:
            plan[name] = changed
    return plan


def x_channel_plan__mutmut_4(model: nn.Module, reference: nn.Module) -> ChannelPlan:
    """The widths of `model` that differ from `reference` (the registry's build)."""
    ref = module_widths(reference)
    plan: ChannelPlan = {}
    for name, widths in module_widths(None).items():
        if name not in ref:
            raise ChannelPlanError(f"module {name!r} is not in the reference architecture")
        changed = {a: v for a, v in widths.items() if ref[name].get(a) != v}
        if changed:
            plan[name] = changed
    return plan


def x_channel_plan__mutmut_5(model: nn.Module, reference: nn.Module) -> ChannelPlan:
    """The widths of `model` that differ from `reference` (the registry's build)."""
    ref = module_widths(reference)
    plan: ChannelPlan = {}
    for name, widths in module_widths(model).items():
        if name in ref:
            raise ChannelPlanError(f"module {name!r} is not in the reference architecture")
        changed = {a: v for a, v in widths.items() if ref[name].get(a) != v}
        if changed:
            plan[name] = changed
    return plan


def x_channel_plan__mutmut_6(model: nn.Module, reference: nn.Module) -> ChannelPlan:
    """The widths of `model` that differ from `reference` (the registry's build)."""
    ref = module_widths(reference)
    plan: ChannelPlan = {}
    for name, widths in module_widths(model).items():
        if name not in ref:
            raise ChannelPlanError(None)
        changed = {a: v for a, v in widths.items() if ref[name].get(a) != v}
        if changed:
            plan[name] = changed
    return plan


def x_channel_plan__mutmut_7(model: nn.Module, reference: nn.Module) -> ChannelPlan:
    """The widths of `model` that differ from `reference` (the registry's build)."""
    ref = module_widths(reference)
    plan: ChannelPlan = {}
    for name, widths in module_widths(model).items():
        if name not in ref:
            raise ChannelPlanError(f"module {name!r} is not in the reference architecture")
        changed = None
        if changed:
            plan[name] = changed
    return plan


def x_channel_plan__mutmut_8(model: nn.Module, reference: nn.Module) -> ChannelPlan:
    """The widths of `model` that differ from `reference` (the registry's build)."""
    ref = module_widths(reference)
    plan: ChannelPlan = {}
    for name, widths in module_widths(model).items():
        if name not in ref:
            raise ChannelPlanError(f"module {name!r} is not in the reference architecture")
        changed = {a: v for a, v in widths.items() if ref[name].get(None) != v}
        if changed:
            plan[name] = changed
    return plan


def x_channel_plan__mutmut_9(model: nn.Module, reference: nn.Module) -> ChannelPlan:
    """The widths of `model` that differ from `reference` (the registry's build)."""
    ref = module_widths(reference)
    plan: ChannelPlan = {}
    for name, widths in module_widths(model).items():
        if name not in ref:
            raise ChannelPlanError(f"module {name!r} is not in the reference architecture")
        changed = {a: v for a, v in widths.items() if ref[name].get(a) == v}
        if changed:
            plan[name] = changed
    return plan


def x_channel_plan__mutmut_10(model: nn.Module, reference: nn.Module) -> ChannelPlan:
    """The widths of `model` that differ from `reference` (the registry's build)."""
    ref = module_widths(reference)
    plan: ChannelPlan = {}
    for name, widths in module_widths(model).items():
        if name not in ref:
            raise ChannelPlanError(f"module {name!r} is not in the reference architecture")
        changed = {a: v for a, v in widths.items() if ref[name].get(a) != v}
        if changed:
            plan[name] = None
    return plan

mutants_x_channel_plan__mutmut['_mutmut_orig'] = x_channel_plan__mutmut_orig # type: ignore # mutmut generated
mutants_x_channel_plan__mutmut['x_channel_plan__mutmut_1'] = x_channel_plan__mutmut_1 # type: ignore # mutmut generated
mutants_x_channel_plan__mutmut['x_channel_plan__mutmut_2'] = x_channel_plan__mutmut_2 # type: ignore # mutmut generated
mutants_x_channel_plan__mutmut['x_channel_plan__mutmut_3'] = x_channel_plan__mutmut_3 # type: ignore # mutmut generated
mutants_x_channel_plan__mutmut['x_channel_plan__mutmut_4'] = x_channel_plan__mutmut_4 # type: ignore # mutmut generated
mutants_x_channel_plan__mutmut['x_channel_plan__mutmut_5'] = x_channel_plan__mutmut_5 # type: ignore # mutmut generated
mutants_x_channel_plan__mutmut['x_channel_plan__mutmut_6'] = x_channel_plan__mutmut_6 # type: ignore # mutmut generated
mutants_x_channel_plan__mutmut['x_channel_plan__mutmut_7'] = x_channel_plan__mutmut_7 # type: ignore # mutmut generated
mutants_x_channel_plan__mutmut['x_channel_plan__mutmut_8'] = x_channel_plan__mutmut_8 # type: ignore # mutmut generated
mutants_x_channel_plan__mutmut['x_channel_plan__mutmut_9'] = x_channel_plan__mutmut_9 # type: ignore # mutmut generated
mutants_x_channel_plan__mutmut['x_channel_plan__mutmut_10'] = x_channel_plan__mutmut_10 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_apply_channel_plan__mutmut)
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


def x_apply_channel_plan__mutmut_orig(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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


def x_apply_channel_plan__mutmut_1(model: nn.Module, plan: ChannelPlan) -> nn.Module:
    """Resize the modules `plan` names, in place; their weights are re-initialised (a caller
    loads the saved ones next). Returns `model`."""
    modules = None
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


def x_apply_channel_plan__mutmut_2(model: nn.Module, plan: ChannelPlan) -> nn.Module:
    """Resize the modules `plan` names, in place; their weights are re-initialised (a caller
    loads the saved ones next). Returns `model`."""
    modules = dict(None)
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


def x_apply_channel_plan__mutmut_3(model: nn.Module, plan: ChannelPlan) -> nn.Module:
    """Resize the modules `plan` names, in place; their weights are re-initialised (a caller
    loads the saved ones next). Returns `model`."""
    modules = dict(model.named_modules())
    for name, changes in plan.items():
        module = None
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


def x_apply_channel_plan__mutmut_4(model: nn.Module, plan: ChannelPlan) -> nn.Module:
    """Resize the modules `plan` names, in place; their weights are re-initialised (a caller
    loads the saved ones next). Returns `model`."""
    modules = dict(model.named_modules())
    for name, changes in plan.items():
        module = modules.get(None)
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


def x_apply_channel_plan__mutmut_5(model: nn.Module, plan: ChannelPlan) -> nn.Module:
    """Resize the modules `plan` names, in place; their weights are re-initialised (a caller
    loads the saved ones next). Returns `model`."""
    modules = dict(model.named_modules())
    for name, changes in plan.items():
        module = modules.get(name)
        if module is not None:
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


def x_apply_channel_plan__mutmut_6(model: nn.Module, plan: ChannelPlan) -> nn.Module:
    """Resize the modules `plan` names, in place; their weights are re-initialised (a caller
    loads the saved ones next). Returns `model`."""
    modules = dict(model.named_modules())
    for name, changes in plan.items():
        module = modules.get(name)
        if module is None:
            raise ChannelPlanError(None)
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


def x_apply_channel_plan__mutmut_7(model: nn.Module, plan: ChannelPlan) -> nn.Module:
    """Resize the modules `plan` names, in place; their weights are re-initialised (a caller
    loads the saved ones next). Returns `model`."""
    modules = dict(model.named_modules())
    for name, changes in plan.items():
        module = modules.get(name)
        if module is None:
            raise ChannelPlanError(f"channel plan names {name!r}, which the model does not have")
        allowed = None
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


def x_apply_channel_plan__mutmut_8(model: nn.Module, plan: ChannelPlan) -> nn.Module:
    """Resize the modules `plan` names, in place; their weights are re-initialised (a caller
    loads the saved ones next). Returns `model`."""
    modules = dict(model.named_modules())
    for name, changes in plan.items():
        module = modules.get(name)
        if module is None:
            raise ChannelPlanError(f"channel plan names {name!r}, which the model does not have")
        allowed = _width_attrs(None)
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


def x_apply_channel_plan__mutmut_9(model: nn.Module, plan: ChannelPlan) -> nn.Module:
    """Resize the modules `plan` names, in place; their weights are re-initialised (a caller
    loads the saved ones next). Returns `model`."""
    modules = dict(model.named_modules())
    for name, changes in plan.items():
        module = modules.get(name)
        if module is None:
            raise ChannelPlanError(f"channel plan names {name!r}, which the model does not have")
        allowed = _width_attrs(module)
        for attr, value in changes.items():
            if attr in allowed:
                raise ChannelPlanError(
                    f"channel plan: {name} ({type(module).__name__}) has no width {attr!r}"
                )
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ChannelPlanError(f"channel plan: {name}.{attr} must be a positive integer")
            setattr(module, attr, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_10(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
                    None
                )
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ChannelPlanError(f"channel plan: {name}.{attr} must be a positive integer")
            setattr(module, attr, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_11(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
                    f"channel plan: {name} ({type(None).__name__}) has no width {attr!r}"
                )
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ChannelPlanError(f"channel plan: {name}.{attr} must be a positive integer")
            setattr(module, attr, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_12(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
            if not isinstance(value, int) or isinstance(value, bool) and value < 1:
                raise ChannelPlanError(f"channel plan: {name}.{attr} must be a positive integer")
            setattr(module, attr, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_13(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
            if not isinstance(value, int) and isinstance(value, bool) or value < 1:
                raise ChannelPlanError(f"channel plan: {name}.{attr} must be a positive integer")
            setattr(module, attr, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_14(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
            if isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ChannelPlanError(f"channel plan: {name}.{attr} must be a positive integer")
            setattr(module, attr, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_15(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
            if not isinstance(value, int) or isinstance(value, bool) or value <= 1:
                raise ChannelPlanError(f"channel plan: {name}.{attr} must be a positive integer")
            setattr(module, attr, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_16(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
            if not isinstance(value, int) or isinstance(value, bool) or value < 2:
                raise ChannelPlanError(f"channel plan: {name}.{attr} must be a positive integer")
            setattr(module, attr, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_17(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
                raise ChannelPlanError(None)
            setattr(module, attr, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_18(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
            setattr(None, attr, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_19(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
            setattr(module, None, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_20(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
            setattr(module, attr, None)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_21(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
            setattr(attr, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_22(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
            setattr(module, value)
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_23(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
            setattr(module, attr, )
        _reallocate(name, module)
    return model


def x_apply_channel_plan__mutmut_24(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
        _reallocate(None, module)
    return model


def x_apply_channel_plan__mutmut_25(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
        _reallocate(name, None)
    return model


def x_apply_channel_plan__mutmut_26(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
        _reallocate(module)
    return model


def x_apply_channel_plan__mutmut_27(model: nn.Module, plan: ChannelPlan) -> nn.Module:
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
        _reallocate(name, )
    return model

mutants_x_apply_channel_plan__mutmut['_mutmut_orig'] = x_apply_channel_plan__mutmut_orig # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_1'] = x_apply_channel_plan__mutmut_1 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_2'] = x_apply_channel_plan__mutmut_2 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_3'] = x_apply_channel_plan__mutmut_3 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_4'] = x_apply_channel_plan__mutmut_4 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_5'] = x_apply_channel_plan__mutmut_5 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_6'] = x_apply_channel_plan__mutmut_6 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_7'] = x_apply_channel_plan__mutmut_7 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_8'] = x_apply_channel_plan__mutmut_8 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_9'] = x_apply_channel_plan__mutmut_9 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_10'] = x_apply_channel_plan__mutmut_10 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_11'] = x_apply_channel_plan__mutmut_11 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_12'] = x_apply_channel_plan__mutmut_12 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_13'] = x_apply_channel_plan__mutmut_13 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_14'] = x_apply_channel_plan__mutmut_14 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_15'] = x_apply_channel_plan__mutmut_15 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_16'] = x_apply_channel_plan__mutmut_16 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_17'] = x_apply_channel_plan__mutmut_17 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_18'] = x_apply_channel_plan__mutmut_18 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_19'] = x_apply_channel_plan__mutmut_19 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_20'] = x_apply_channel_plan__mutmut_20 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_21'] = x_apply_channel_plan__mutmut_21 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_22'] = x_apply_channel_plan__mutmut_22 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_23'] = x_apply_channel_plan__mutmut_23 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_24'] = x_apply_channel_plan__mutmut_24 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_25'] = x_apply_channel_plan__mutmut_25 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_26'] = x_apply_channel_plan__mutmut_26 # type: ignore # mutmut generated
mutants_x_apply_channel_plan__mutmut['x_apply_channel_plan__mutmut_27'] = x_apply_channel_plan__mutmut_27 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__reallocate__mutmut)
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


def x__reallocate__mutmut_orig(name: str, m: nn.Module) -> None:
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


def x__reallocate__mutmut_1(name: str, m: nn.Module) -> None:
    """Give `m` parameters and buffers of the shapes its width attributes now say."""
    if isinstance(m, _ConvNd):
        if m.in_channels % m.groups and m.out_channels % m.groups:
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


def x__reallocate__mutmut_2(name: str, m: nn.Module) -> None:
    """Give `m` parameters and buffers of the shapes its width attributes now say."""
    if isinstance(m, _ConvNd):
        if m.in_channels / m.groups or m.out_channels % m.groups:
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


def x__reallocate__mutmut_3(name: str, m: nn.Module) -> None:
    """Give `m` parameters and buffers of the shapes its width attributes now say."""
    if isinstance(m, _ConvNd):
        if m.in_channels % m.groups or m.out_channels / m.groups:
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


def x__reallocate__mutmut_4(name: str, m: nn.Module) -> None:
    """Give `m` parameters and buffers of the shapes its width attributes now say."""
    if isinstance(m, _ConvNd):
        if m.in_channels % m.groups or m.out_channels % m.groups:
            raise ChannelPlanError(
                None
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


def x__reallocate__mutmut_5(name: str, m: nn.Module) -> None:
    """Give `m` parameters and buffers of the shapes its width attributes now say."""
    if isinstance(m, _ConvNd):
        if m.in_channels % m.groups or m.out_channels % m.groups:
            raise ChannelPlanError(
                f"channel plan: {name} has {m.in_channels} in and {m.out_channels} out channels, "
                f"not divisible by its {m.groups} groups"
            )
        if m.transposed:
            shape = None
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


def x__reallocate__mutmut_6(name: str, m: nn.Module) -> None:
    """Give `m` parameters and buffers of the shapes its width attributes now say."""
    if isinstance(m, _ConvNd):
        if m.in_channels % m.groups or m.out_channels % m.groups:
            raise ChannelPlanError(
                f"channel plan: {name} has {m.in_channels} in and {m.out_channels} out channels, "
                f"not divisible by its {m.groups} groups"
            )
        if m.transposed:
            shape = (m.in_channels, m.out_channels / m.groups, *m.kernel_size)
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


def x__reallocate__mutmut_7(name: str, m: nn.Module) -> None:
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
            shape = None
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


def x__reallocate__mutmut_8(name: str, m: nn.Module) -> None:
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
            shape = (m.out_channels, m.in_channels / m.groups, *m.kernel_size)
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


def x__reallocate__mutmut_9(name: str, m: nn.Module) -> None:
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
        m.weight = None
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


def x__reallocate__mutmut_10(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(None)
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


def x__reallocate__mutmut_11(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(torch.empty(None))
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


def x__reallocate__mutmut_12(name: str, m: nn.Module) -> None:
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
        if m.bias is None:
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


def x__reallocate__mutmut_13(name: str, m: nn.Module) -> None:
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
            m.bias = None
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


def x__reallocate__mutmut_14(name: str, m: nn.Module) -> None:
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
            m.bias = nn.Parameter(None)
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


def x__reallocate__mutmut_15(name: str, m: nn.Module) -> None:
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
            m.bias = nn.Parameter(torch.empty(None))
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


def x__reallocate__mutmut_16(name: str, m: nn.Module) -> None:
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
        n = None
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


def x__reallocate__mutmut_17(name: str, m: nn.Module) -> None:
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
            m.weight = None
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


def x__reallocate__mutmut_18(name: str, m: nn.Module) -> None:
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
            m.weight = nn.Parameter(None)
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


def x__reallocate__mutmut_19(name: str, m: nn.Module) -> None:
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
            m.weight = nn.Parameter(torch.ones(None))
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


def x__reallocate__mutmut_20(name: str, m: nn.Module) -> None:
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
            m.bias = None
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


def x__reallocate__mutmut_21(name: str, m: nn.Module) -> None:
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
            m.bias = nn.Parameter(None)
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


def x__reallocate__mutmut_22(name: str, m: nn.Module) -> None:
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
            m.bias = nn.Parameter(torch.zeros(None))
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


def x__reallocate__mutmut_23(name: str, m: nn.Module) -> None:
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
            m.running_mean = None
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


def x__reallocate__mutmut_24(name: str, m: nn.Module) -> None:
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
            m.running_mean = torch.zeros(None)
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


def x__reallocate__mutmut_25(name: str, m: nn.Module) -> None:
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
            m.running_var = None
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


def x__reallocate__mutmut_26(name: str, m: nn.Module) -> None:
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
            m.running_var = torch.ones(None)
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


def x__reallocate__mutmut_27(name: str, m: nn.Module) -> None:
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
        m.weight = None
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


def x__reallocate__mutmut_28(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(None)
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


def x__reallocate__mutmut_29(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(torch.full(None, 0.25))
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


def x__reallocate__mutmut_30(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(torch.full((m.num_parameters,), None))
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


def x__reallocate__mutmut_31(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(torch.full(0.25))
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


def x__reallocate__mutmut_32(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(torch.full((m.num_parameters,), ))
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


def x__reallocate__mutmut_33(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(torch.full((m.num_parameters,), 1.25))
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


def x__reallocate__mutmut_34(name: str, m: nn.Module) -> None:
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
        m.weight = None
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


def x__reallocate__mutmut_35(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(None)
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


def x__reallocate__mutmut_36(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(torch.empty(None, m.in_features))
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


def x__reallocate__mutmut_37(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(torch.empty(m.out_features, None))
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


def x__reallocate__mutmut_38(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(torch.empty(m.in_features))
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


def x__reallocate__mutmut_39(name: str, m: nn.Module) -> None:
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
        m.weight = nn.Parameter(torch.empty(m.out_features, ))
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


def x__reallocate__mutmut_40(name: str, m: nn.Module) -> None:
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
        if m.bias is None:
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


def x__reallocate__mutmut_41(name: str, m: nn.Module) -> None:
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
            m.bias = None
        m.reset_parameters()
    elif isinstance(m, nn.GroupNorm):
        if m.num_channels % m.num_groups:
            raise ChannelPlanError(
                f"channel plan: {name} has {m.num_channels} channels in {m.num_groups} groups"
            )
        if m.affine:
            m.weight = nn.Parameter(torch.ones(m.num_channels))
            m.bias = nn.Parameter(torch.zeros(m.num_channels))


def x__reallocate__mutmut_42(name: str, m: nn.Module) -> None:
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
            m.bias = nn.Parameter(None)
        m.reset_parameters()
    elif isinstance(m, nn.GroupNorm):
        if m.num_channels % m.num_groups:
            raise ChannelPlanError(
                f"channel plan: {name} has {m.num_channels} channels in {m.num_groups} groups"
            )
        if m.affine:
            m.weight = nn.Parameter(torch.ones(m.num_channels))
            m.bias = nn.Parameter(torch.zeros(m.num_channels))


def x__reallocate__mutmut_43(name: str, m: nn.Module) -> None:
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
            m.bias = nn.Parameter(torch.empty(None))
        m.reset_parameters()
    elif isinstance(m, nn.GroupNorm):
        if m.num_channels % m.num_groups:
            raise ChannelPlanError(
                f"channel plan: {name} has {m.num_channels} channels in {m.num_groups} groups"
            )
        if m.affine:
            m.weight = nn.Parameter(torch.ones(m.num_channels))
            m.bias = nn.Parameter(torch.zeros(m.num_channels))


def x__reallocate__mutmut_44(name: str, m: nn.Module) -> None:
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
        if m.num_channels / m.num_groups:
            raise ChannelPlanError(
                f"channel plan: {name} has {m.num_channels} channels in {m.num_groups} groups"
            )
        if m.affine:
            m.weight = nn.Parameter(torch.ones(m.num_channels))
            m.bias = nn.Parameter(torch.zeros(m.num_channels))


def x__reallocate__mutmut_45(name: str, m: nn.Module) -> None:
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
                None
            )
        if m.affine:
            m.weight = nn.Parameter(torch.ones(m.num_channels))
            m.bias = nn.Parameter(torch.zeros(m.num_channels))


def x__reallocate__mutmut_46(name: str, m: nn.Module) -> None:
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
            m.weight = None
            m.bias = nn.Parameter(torch.zeros(m.num_channels))


def x__reallocate__mutmut_47(name: str, m: nn.Module) -> None:
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
            m.weight = nn.Parameter(None)
            m.bias = nn.Parameter(torch.zeros(m.num_channels))


def x__reallocate__mutmut_48(name: str, m: nn.Module) -> None:
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
            m.weight = nn.Parameter(torch.ones(None))
            m.bias = nn.Parameter(torch.zeros(m.num_channels))


def x__reallocate__mutmut_49(name: str, m: nn.Module) -> None:
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
            m.bias = None


def x__reallocate__mutmut_50(name: str, m: nn.Module) -> None:
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
            m.bias = nn.Parameter(None)


def x__reallocate__mutmut_51(name: str, m: nn.Module) -> None:
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
            m.bias = nn.Parameter(torch.zeros(None))

mutants_x__reallocate__mutmut['_mutmut_orig'] = x__reallocate__mutmut_orig # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_1'] = x__reallocate__mutmut_1 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_2'] = x__reallocate__mutmut_2 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_3'] = x__reallocate__mutmut_3 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_4'] = x__reallocate__mutmut_4 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_5'] = x__reallocate__mutmut_5 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_6'] = x__reallocate__mutmut_6 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_7'] = x__reallocate__mutmut_7 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_8'] = x__reallocate__mutmut_8 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_9'] = x__reallocate__mutmut_9 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_10'] = x__reallocate__mutmut_10 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_11'] = x__reallocate__mutmut_11 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_12'] = x__reallocate__mutmut_12 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_13'] = x__reallocate__mutmut_13 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_14'] = x__reallocate__mutmut_14 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_15'] = x__reallocate__mutmut_15 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_16'] = x__reallocate__mutmut_16 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_17'] = x__reallocate__mutmut_17 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_18'] = x__reallocate__mutmut_18 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_19'] = x__reallocate__mutmut_19 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_20'] = x__reallocate__mutmut_20 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_21'] = x__reallocate__mutmut_21 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_22'] = x__reallocate__mutmut_22 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_23'] = x__reallocate__mutmut_23 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_24'] = x__reallocate__mutmut_24 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_25'] = x__reallocate__mutmut_25 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_26'] = x__reallocate__mutmut_26 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_27'] = x__reallocate__mutmut_27 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_28'] = x__reallocate__mutmut_28 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_29'] = x__reallocate__mutmut_29 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_30'] = x__reallocate__mutmut_30 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_31'] = x__reallocate__mutmut_31 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_32'] = x__reallocate__mutmut_32 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_33'] = x__reallocate__mutmut_33 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_34'] = x__reallocate__mutmut_34 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_35'] = x__reallocate__mutmut_35 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_36'] = x__reallocate__mutmut_36 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_37'] = x__reallocate__mutmut_37 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_38'] = x__reallocate__mutmut_38 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_39'] = x__reallocate__mutmut_39 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_40'] = x__reallocate__mutmut_40 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_41'] = x__reallocate__mutmut_41 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_42'] = x__reallocate__mutmut_42 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_43'] = x__reallocate__mutmut_43 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_44'] = x__reallocate__mutmut_44 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_45'] = x__reallocate__mutmut_45 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_46'] = x__reallocate__mutmut_46 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_47'] = x__reallocate__mutmut_47 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_48'] = x__reallocate__mutmut_48 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_49'] = x__reallocate__mutmut_49 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_50'] = x__reallocate__mutmut_50 # type: ignore # mutmut generated
mutants_x__reallocate__mutmut['x__reallocate__mutmut_51'] = x__reallocate__mutmut_51 # type: ignore # mutmut generated
