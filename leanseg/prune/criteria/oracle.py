"""The oracle: set a unit's feature maps to zero and measure how much the loss changes on a
data sample. Slow (one pass over the sample per unit), but the ground truth the other
criteria are judged against (Molchanov et al. 2017 report each criterion's rank correlation
with it)."""

from __future__ import annotations

import torch
from torch import nn
from tqdm import tqdm

from leanseg.prune.criteria import ScoringContext, criterion
from leanseg.prune.graph import IN, ChannelUnit, PruningError


def _loss(model: nn.Module, ctx: ScoringContext) -> float:
    total = 0.0
    for images, targets in ctx.batches:
        total += float(ctx.loss(model(images), targets)) * images.shape[0]
    return total / sum(images.shape[0] for images, _ in ctx.batches)


@criterion("oracle", needs_data=True)
class Oracle:
    progress: bool = True

    def scores(
        self, model: nn.Module, units: list[ChannelUnit], ctx: ScoringContext
    ) -> torch.Tensor:
        if not ctx.batches or ctx.loss is None:
            raise PruningError("the oracle criterion needs a data sample")
        was_training = model.training
        model.eval()
        out = []
        try:
            with torch.no_grad():
                base = _loss(model, ctx)
                for unit in tqdm(units, desc="oracle", disable=not self.progress, leave=False):
                    hooks = [
                        model.get_submodule(m).register_forward_hook(_zero_channel(i))
                        for m, role, i in unit.members
                        if role != IN  # outputs of producers, norms and activations
                    ]
                    try:
                        out.append(abs(_loss(model, ctx) - base))
                    finally:
                        for h in hooks:
                            h.remove()
        finally:
            model.train(was_training)
        return torch.tensor(out, dtype=torch.float64)


def _zero_channel(i: int):
    def hook(_m, _a, out: torch.Tensor) -> torch.Tensor:
        out = out.clone()
        out[:, i] = 0
        return out

    return hook
