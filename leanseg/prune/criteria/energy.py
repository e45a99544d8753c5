"""Energy-aware pruning (Yang, Chen and Sze 2017, "Designing Energy-Efficient Convolutional
Neural Networks using Energy-Aware Pruning"): where removing a channel saves the most energy
in the profile's energy model, prune first. A unit's score is its filter importance (L1,
relative to its layer) divided by the energy it costs (relative to the mean unit), so among
equally important channels the most energy-hungry layers lose theirs first."""

from __future__ import annotations

import torch
from torch import nn

from leanseg.measure.energy import model_energy
from leanseg.measure.macs import layer_costs
from leanseg.prune.criteria import ScoringContext, criterion, filter_norms, relative_to_layer
from leanseg.prune.graph import FEAT, OUT, ChannelUnit


def unit_energy(model: nn.Module, units: list[ChannelUnit], example: torch.Tensor) -> torch.Tensor:
    """Energy (model units) each unit's removal saves: for every compute layer it touches,
    the layer's energy divided by the width it is cut along."""
    costs = {c.name: c for c in layer_costs(model, example)}
    _, layers = model_energy(list(costs.values()))
    energy = {layer.name: layer.energy for layer in layers}
    out = []
    for u in units:
        e = 0.0
        for m, role, _ in u.members:
            if role == FEAT or m not in energy:
                continue
            c = costs[m]
            e += energy[m] / (c.out_channels if role == OUT else c.in_channels)
        out.append(e)
    return torch.tensor(out, dtype=torch.float64)


@criterion("energy")
class EnergyAware:
    def scores(
        self, model: nn.Module, units: list[ChannelUnit], ctx: ScoringContext
    ) -> torch.Tensor:
        importance = relative_to_layer(units, filter_norms(model, units))
        e = unit_energy(model, units, ctx.example)
        return importance / (e / e.mean()).clamp_min(1e-12)
