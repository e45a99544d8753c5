"""Batch-norm scale |gamma| (Liu et al. 2017, network slimming): a channel the norm multiplies
by almost zero contributes almost nothing downstream. Units without a batch norm are kept."""

from __future__ import annotations

from collections import defaultdict

import torch
from torch import nn
from torch.nn.modules.batchnorm import _BatchNorm

from leanseg.prune.criteria import ScoringContext, criterion
from leanseg.prune.graph import FEAT, ChannelUnit


@criterion("bn")
class BatchNormScale:
    def scores(
        self, model: nn.Module, units: list[ChannelUnit], ctx: ScoringContext
    ) -> torch.Tensor:
        gammas: dict[str, torch.Tensor] = {}
        means: dict[str, float] = defaultdict(float)
        for name, m in model.named_modules():
            if isinstance(m, _BatchNorm) and m.affine:
                gammas[name] = m.weight.detach().abs()
                means[name] = float(gammas[name].mean().clamp_min(1e-12))
        out = []
        for u in units:
            vals = [
                float(gammas[m][i]) / means[m]
                for m, role, i in u.members
                if role == FEAT and m in gammas
            ]
            out.append(sum(vals) / len(vals) if vals else float("inf"))
        return torch.tensor(out, dtype=torch.float64)
