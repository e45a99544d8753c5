"""First-order Taylor expansion (Molchanov et al. 2017, "Pruning Convolutional Neural Networks
for Resource Efficient Inference"): the loss change from removing a feature map is estimated
by |mean over positions of activation x gradient|, averaged over a data sample."""

from __future__ import annotations

from collections import defaultdict

import torch
from torch import nn

from leanseg.prune.criteria import ScoringContext, criterion, relative_to_layer
from leanseg.prune.graph import ChannelUnit, PruningError


@criterion("taylor", needs_data=True)
class Taylor:
    def scores(
        self, model: nn.Module, units: list[ChannelUnit], ctx: ScoringContext
    ) -> torch.Tensor:
        if not ctx.batches or ctx.loss is None:
            raise PruningError("the taylor criterion needs a data sample")
        names = {m for u in units for m, _ in u.producers}
        total: dict[str, torch.Tensor] = defaultdict(lambda: torch.zeros(()))
        outputs: dict[str, list[torch.Tensor]] = defaultdict(list)

        def keep(name: str):
            def hook(_m, _a, out: torch.Tensor) -> None:
                out.retain_grad()
                outputs[name].append(out)

            return hook

        hooks = [model.get_submodule(n).register_forward_hook(keep(n)) for n in names]
        was_training = model.training
        model.eval()  # batch statistics of a small sample would distort the activations
        images_seen = 0
        try:
            for images, targets in ctx.batches:
                model.zero_grad(set_to_none=True)
                ctx.loss(model(images), targets).backward()
                for name, outs in outputs.items():
                    for a in outs:
                        contrib = (a * a.grad).flatten(2).mean(2).abs().sum(0).detach()
                        total[name] = total[name] + contrib
                outputs.clear()
                images_seen += images.shape[0]
        finally:
            for h in hooks:
                h.remove()
            model.zero_grad(set_to_none=True)
            model.train(was_training)
        return relative_to_layer(units, {n: v / images_seen for n, v in total.items()})
