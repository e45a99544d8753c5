"""L1 norm of each filter (Li et al. 2017, "Pruning Filters for Efficient ConvNets")."""

from __future__ import annotations

import torch
from torch import nn

from leanseg.prune.criteria import ScoringContext, criterion, filter_norms, relative_to_layer
from leanseg.prune.graph import ChannelUnit


@criterion("l1")
class L1:
    def scores(
        self, model: nn.Module, units: list[ChannelUnit], ctx: ScoringContext
    ) -> torch.Tensor:
        return relative_to_layer(units, filter_norms(model, units))
