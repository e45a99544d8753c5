"""Choosing which channel units go: by share, by a MAC or energy target, on a cubic schedule."""

from __future__ import annotations

import copy
import math
import tempfile
from collections import defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path

import torch
from torch import nn

from leanseg.measure.energy import model_energy
from leanseg.measure.macs import layer_costs
from leanseg.prune.graph import (
    ChannelUnit,
    PruningError,
    layer_limit,
    layer_limits,
    remove_units,
    units_by_layer,
)


def select_units(
    units: list[ChannelUnit],
    scores: torch.Tensor,
    count: int,
    max_layer_ratio: float = 0.9,
    frozen: frozenset[frozenset[str]] = frozenset(),
) -> list[ChannelUnit]:
    """The `count` lowest-scoring units, skipping layers that reached `max_layer_ratio` (no
    layer ever loses all its channels) and `frozen` layers."""
    limits = layer_limits(units, max_layer_ratio)
    taken: dict[frozenset[str], int] = defaultdict(int)
    chosen: list[ChannelUnit] = []
    for i in torch.argsort(scores, stable=True).tolist():
        if len(chosen) >= count:
            break
        u = units[i]
        if u.layer in frozen or taken[u.layer] >= limits[u.layer] or math.isinf(scores[i]):
            continue
        taken[u.layer] += 1
        chosen.append(u)
    return chosen


def select_by_plan(
    units: list[ChannelUnit],
    scores: torch.Tensor,
    plan: dict[str, float],
    max_layer_ratio: float = 0.9,
    widths: dict[str, int] | None = None,
) -> list[ChannelUnit]:
    """Per layer, its `plan` share of lowest-scoring units (a sensitivity plan: each layer
    pruned as hard as it tolerates), capped by `max_layer_ratio`; layers the plan does not name
    stay whole, and a name the model lacks is refused (a plan made for another model). Shares
    and cap are of the layer's width in `widths` (the parent's, before earlier rounds removed
    some; default: its width now), less what is already gone, so that rounds on a schedule end
    where one round would."""
    layers = units_by_layer(units)
    unknown = sorted(set(plan) - set(layers))
    if unknown:
        raise PruningError(f"the plan names layers this model lacks: {', '.join(unknown[:3])}")
    chosen: list[ChannelUnit] = []
    for name, ratio in plan.items():
        idx = sorted(layers[name], key=lambda i: float(scores[i]))
        width = widths[name] if widths else len(idx)
        goal = min(math.floor(ratio * width), layer_limit(width, max_layer_ratio))
        count = max(0, goal - (width - len(idx)))
        chosen += [units[i] for i in idx[:count]]
    return chosen


def cubic_ratio(final: float, step: int, steps: int) -> float:
    """Share pruned after `step` of `steps` rounds: Zhu and Gupta's (2017) cubic schedule,
    which prunes fast while many redundant channels remain and slowly near the end."""
    return final * (1 - (1 - step / steps) ** 3)


def model_macs(model: nn.Module, example: torch.Tensor) -> float:
    return float(sum(c.macs for c in layer_costs(model, example)))


def model_energy_units(model: nn.Module, example: torch.Tensor) -> float:
    return model_energy(layer_costs(model, example))[0]


def onnx_milliseconds(model: nn.Module, example: torch.Tensor, threads: int = 2) -> float:
    """Median ONNX Runtime latency on this machine (exported to a temporary file)."""
    from leanseg.export import write_onnx
    from leanseg.measure.latency import onnx_latency

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.onnx"
        write_onnx(model.eval(), example, path)
        return onnx_latency(path, example, threads, warmup=2, runs=7).median_ms


MEASURES: dict[str, Callable[[nn.Module, torch.Tensor], float]] = {
    "macs": model_macs,
    "energy": model_energy_units,
    "latency": onnx_milliseconds,
}


def cost_limit(
    kind: str, value: float, model: nn.Module, example: torch.Tensor, threads: int = 2
) -> tuple[Callable[[nn.Module, torch.Tensor], float], float]:
    """The measure of a cost target and the limit it sets: `value` milliseconds on `threads`
    threads for latency, a share of `model`'s own MACs or energy otherwise."""
    if kind == "latency":
        return partial(onnx_milliseconds, threads=threads), value
    return MEASURES[kind], value * MEASURES[kind](model, example)


def count_for_target(
    model: nn.Module,
    units: list[ChannelUnit],
    scores: torch.Tensor,
    measure: Callable[[nn.Module, torch.Tensor], float],
    target: float,
    example: torch.Tensor,
    max_layer_ratio: float,
) -> int:
    """The fewest units (in score order) whose removal brings `measure` to `target` or below,
    by bisection on pruned copies; fails when even the most allowed does not reach it."""

    def value(count: int) -> float:
        trial = copy.deepcopy(model)
        remove_units(trial, select_units(units, scores, count, max_layer_ratio))
        return measure(trial, example)

    most = len(select_units(units, scores, len(units), max_layer_ratio))
    reached = value(most)  # each value is a pruned copy measured: the costly step
    if reached > target:
        raise PruningError(
            f"the target cannot be met: removing every allowed channel leaves {reached:.4g} "
            f"(target {target:.4g}); raise --max-layer-ratio or the target"
        )
    if value(0) <= target:  # met already: nothing to remove
        return 0
    lo, hi = 1, most
    while lo < hi:
        mid = (lo + hi) // 2
        if value(mid) <= target:
            hi = mid
        else:
            lo = mid + 1
    return lo
