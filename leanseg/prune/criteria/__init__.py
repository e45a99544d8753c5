"""Pruning criteria: each scores every channel unit; the lowest scores are removed first.

A criterion is one small class in its own file with one method, `scores(model, units, ctx)`,
registered under its `--criterion` name with `@criterion`. Scores of different layers are
compared globally, so criteria that measure a per-channel quantity divide it by the mean of its
layer (`relative_to_layer`): a channel counts as unimportant relative to its neighbours, not
because its layer happens to have small weights.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import torch
from torch import nn

from leanseg.prune.graph import ChannelUnit, PruningError


@dataclass
class ScoringContext:
    """What a criterion may use besides the model: an input batch, a data sample and the loss."""

    example: torch.Tensor
    batches: list[tuple[torch.Tensor, torch.Tensor]] = field(default_factory=list)
    loss: Callable[[torch.Tensor, torch.Tensor], torch.Tensor] | None = None


class Criterion(Protocol):
    name: str
    needs_data: bool

    def scores(
        self, model: nn.Module, units: list[ChannelUnit], ctx: ScoringContext
    ) -> torch.Tensor: ...


CRITERIA: dict[str, type] = {}


def criterion(name: str, needs_data: bool = False):
    """Register a criterion class under `name`."""

    def wrap(cls: type) -> type:
        cls.name, cls.needs_data = name, needs_data
        CRITERIA[name] = cls
        return cls

    return wrap


def get_criterion(name: str) -> Criterion:
    if name not in CRITERIA:
        raise PruningError(f"unknown criterion {name!r}; choose from {', '.join(sorted(CRITERIA))}")
    return CRITERIA[name]()


def relative_to_layer(
    units: list[ChannelUnit], per_module: dict[str, torch.Tensor], missing: float = float("inf")
) -> torch.Tensor:
    """Each unit's mean over its producing modules of value / (mean value of that module).
    A unit none of whose producers has a value scores `missing`."""
    means = {m: v.mean().clamp_min(1e-12) for m, v in per_module.items()}
    out = []
    for u in units:
        vals = [float(per_module[m][i] / means[m]) for m, i in u.producers if m in per_module]
        out.append(sum(vals) / len(vals) if vals else missing)
    return torch.tensor(out, dtype=torch.float64)


def filter_norms(model: nn.Module, units: list[ChannelUnit]) -> dict[str, torch.Tensor]:
    """L1 norm of every output filter of every producing module."""
    names = {m for u in units for m, _ in u.producers}
    norms: dict[str, torch.Tensor] = {}
    for name in names:
        w = model.get_submodule(name).weight.detach().abs()
        if isinstance(model.get_submodule(name), nn.ConvTranspose2d):
            w = w.transpose(0, 1)
        norms[name] = w.flatten(1).sum(1)
    return norms


from leanseg.prune.criteria import bn, energy, l1, oracle, taylor  # noqa: E402, F401  (registers)
