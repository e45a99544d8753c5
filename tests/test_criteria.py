"""Every pruning criterion against a reference computed here, independently of leanseg: on a
three-layer network small enough to work each score out with plain tensor operations (autograd
for the gradients, the energy model's formula by hand for the energies)."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
from torch import nn
from torch.nn import functional as F

from leanseg.prune.criteria import ScoringContext, get_criterion
from leanseg.prune.criteria.energy import unit_energy
from leanseg.prune.graph import channel_units
from leanseg.prune.magnitude import magnitude_masks


@pytest.fixture(scope="module")
def tiny():
    """conv0 (3->4, then batch norm) -> conv3 (4->4) -> conv5 (4->2) on 4x4 images: 8 units,
    conv0's four channels (members conv0 out, bn feat, conv3 in) and conv3's four."""
    torch.manual_seed(3)
    model = nn.Sequential(
        nn.Conv2d(3, 4, 1, bias=False), nn.BatchNorm2d(4), nn.ReLU(),
        nn.Conv2d(4, 4, 1, bias=False), nn.ReLU(), nn.Conv2d(4, 2, 1, bias=False),
    ).eval()  # fmt: skip
    with torch.no_grad():
        model[1].weight.copy_(torch.tensor([0.5, -2.0, 1.0, 0.25]))
        model[1].bias.copy_(torch.tensor([0.1, 0.2, -0.1, 0.3]))
        model[1].running_mean.copy_(torch.tensor([0.1, -0.2, 0.0, 0.05]))
    x = torch.randn(3, 3, 4, 4)
    target = torch.randint(0, 2, (3, 4, 4))
    units = channel_units(model, x[:1])
    assert [u.producers[0] for u in units] == [("0", i) for i in range(4)] + [
        ("3", i) for i in range(4)
    ]
    return model, units, ScoringContext(x[:1], [(x[:2], target[:2]), (x[2:], target[2:])],
                                        nn.CrossEntropyLoss())  # fmt: skip


def _relative(per_layer: list[torch.Tensor]) -> torch.Tensor:
    """Each value over the mean of its layer, layers concatenated."""
    return torch.cat([v / v.mean() for v in per_layer]).double()


def _score(name: str, tiny) -> torch.Tensor:
    model, units, ctx = tiny
    scoring = get_criterion(name)
    scoring.progress = False
    return scoring.scores(model, units, ctx)


def test_l1_is_each_filters_absolute_sum_over_its_layers_mean(tiny):
    model = tiny[0]
    w0, w3 = model[0].weight.detach(), model[3].weight.detach()
    expected = _relative([w0.abs().sum((1, 2, 3)), w3.abs().sum((1, 2, 3))])
    torch.testing.assert_close(_score("l1", tiny), expected)


def test_bn_is_the_absolute_scale_over_its_norms_mean_and_infinite_without_a_norm(tiny):
    gamma = torch.tensor([0.5, 2.0, 1.0, 0.25])  # |gamma|, mean 0.9375
    expected = torch.cat([gamma / 0.9375, torch.full((4,), float("inf"))]).double()
    torch.testing.assert_close(_score("bn", tiny), expected)


def test_taylor_is_the_absolute_mean_of_activation_times_gradient(tiny):
    """Molchanov et al. 2017: |mean over positions of a * dL/da|, averaged over images."""
    model, _, ctx = tiny
    w = [model[i].weight.detach() for i in (0, 3, 5)]
    bn = model[1]
    per_image = {0: [], 3: []}
    for images, targets in ctx.batches:
        a0 = F.conv2d(images, w[0]).requires_grad_()
        normed = (a0 - bn.running_mean.view(1, -1, 1, 1)) / torch.sqrt(
            bn.running_var.view(1, -1, 1, 1) + bn.eps
        ) * bn.weight.detach().view(1, -1, 1, 1) + bn.bias.detach().view(1, -1, 1, 1)
        a3 = F.conv2d(F.relu(normed), w[1])
        a3.retain_grad()
        loss = F.cross_entropy(F.conv2d(F.relu(a3), w[2]), targets)
        (g0, g3) = torch.autograd.grad(loss, [a0, a3])
        for key, a, g in ((0, a0, g0), (3, a3, g3)):
            per_image[key].append((a * g).mean((2, 3)).abs().detach())  # (images, channels)
    expected = _relative([torch.cat(per_image[k]).mean(0) for k in (0, 3)])
    torch.testing.assert_close(_score("taylor", tiny), expected, rtol=1e-5, atol=1e-7)


def test_oracle_is_the_loss_change_when_a_channel_is_silenced(tiny):
    model, units, ctx = tiny

    def loss(m: nn.Module) -> float:
        with torch.no_grad():
            total = sum(F.cross_entropy(m(x), t).item() * len(x) for x, t in ctx.batches)
        return total / sum(len(x) for x, _ in ctx.batches)

    base = loss(model)
    expected = []
    for layer, i in [u.producers[0] for u in units]:
        silenced = copy.deepcopy(model)
        silenced.get_submodule(layer).weight.data[i] = 0  # no bias: the channel is all zeros
        if layer == "0":  # the norm after it would turn zeros into its shift; silence it too
            silenced[1].weight.data[i] = 0
            silenced[1].bias.data[i] = 0
        expected.append(abs(loss(silenced) - base))
    torch.testing.assert_close(
        _score("oracle", tiny), torch.tensor(expected, dtype=torch.float64), rtol=1e-5, atol=1e-7
    )


def test_energy_divides_l1_by_the_energy_each_unit_costs_worked_by_hand(tiny):
    """Per layer, from the energy model's formula (docstring of leanseg.measure.energy), one
    tile each way, every weight non-zero, constants 1, 1, 2, 6, 200:
    conv0: I 48, O 64, W 12, M 192: 192 + 4*192 + 2*(48+64+12) + 6*(12+48+128) + 200*124
           = 27136
    conv3: I 64, O 64, W 16, M 256: 256 + 1024 + 2*144 + 6*208 + 200*144 = 31616
    conv5: I 64, O 32, W 8,  M 128: 128 + 512 + 2*104 + 6*136 + 200*104 = 22464
    A conv0 unit saves a quarter of conv0 and of conv3: 14688; a conv3 unit a quarter of conv3
    and of conv5: 13520; the mean unit 14104."""
    model, units, ctx = tiny
    per_unit = torch.tensor([14688.0] * 4 + [13520.0] * 4, dtype=torch.float64)
    torch.testing.assert_close(unit_energy(model, units, ctx.example), per_unit)
    w0, w3 = model[0].weight.detach(), model[3].weight.detach()
    l1 = _relative([w0.abs().sum((1, 2, 3)), w3.abs().sum((1, 2, 3))])
    torch.testing.assert_close(_score("energy", tiny), l1 / (per_unit / 14104.0))


@pytest.mark.parametrize("scope", ["layer", "global"])
def test_magnitude_masks_match_a_sort_of_the_absolute_weights(scope):
    torch.manual_seed(1)
    model = nn.Sequential(nn.Conv2d(3, 5, 3, bias=False), nn.Conv2d(5, 4, 1, bias=False))
    masks = magnitude_masks(model, 0.6, scope)
    weights = {n: m.weight.detach().abs().flatten().numpy() for n, m in model.named_children()}
    if scope == "layer":
        for name, w in weights.items():
            cut = np.sort(w)[int(0.6 * w.size) - 1]  # the largest of the smallest 60%
            assert np.array_equal(masks[name].flatten().numpy(), w > cut)
    else:
        everything = np.sort(np.concatenate(list(weights.values())))
        cut = everything[int(0.6 * everything.size) - 1]
        for name, w in weights.items():
            assert np.array_equal(masks[name].flatten().numpy(), w > cut)
