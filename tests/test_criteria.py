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

from leanseg.prune.criteria import ScoringContext, filter_norms, get_criterion, relative_to_layer
from leanseg.prune.criteria.energy import unit_energy
from leanseg.prune.graph import IN, OUT, ChannelUnit, PruningError, channel_units
from leanseg.prune.magnitude import apply_masks, magnitude_masks, sparsity


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


def test_magnitude_defaults_to_per_layer_and_names_a_bad_scope():
    torch.manual_seed(2)
    model = nn.Sequential(nn.Conv2d(2, 3, 3, bias=False), nn.Conv2d(3, 2, 1, bias=False))
    by_default, per_layer = magnitude_masks(model, 0.5), magnitude_masks(model, 0.5, "layer")
    assert all(torch.equal(by_default[n], per_layer[n]) for n in per_layer)
    assert all(m.dtype == torch.bool for m in per_layer.values())
    with pytest.raises(PruningError, match=r"^unknown magnitude scope 'all'; choose layer or glob"):
        magnitude_masks(model, 0.5, "all")


def test_magnitude_removes_nothing_at_ratio_0_and_exactly_the_smallest_weight_at_one():
    model = nn.Sequential(nn.Linear(2, 2, bias=False), nn.Linear(2, 1, bias=False))
    with torch.no_grad():  # all below 1: a threshold of +1 instead of none would remove them
        model[0].weight.copy_(torch.tensor([[0.5, -0.2], [0.3, 0.9]]))
        model[1].weight.copy_(torch.tensor([[0.05, -0.7]]))
    for scope in ("layer", "global"):
        assert all(bool(m.all()) for m in magnitude_masks(model, 0.0, scope).values())
    one = magnitude_masks(model, 1 / 6, "global")  # k = 1 of 6 weights: the 0.05
    assert one["0"].all() and one["1"].flatten().tolist() == [False, True]


def test_magnitude_breaks_ties_by_position():
    model = nn.Sequential(nn.Linear(4, 1, bias=False))
    with torch.no_grad():
        model[0].weight.fill_(0.5)
    assert magnitude_masks(model, 0.5)["0"].flatten().tolist() == [False, False, True, True]


def test_masked_weights_get_no_gradient_and_the_rest_their_own():
    torch.manual_seed(4)
    model = nn.Sequential(nn.Linear(3, 2, bias=False))
    mask = torch.tensor([[True, False, True], [False, True, True]])
    handles = apply_masks(model, {"0": mask})
    x = torch.randn(5, 3)
    model(x).pow(2).sum().backward()
    w = model[0].weight.detach()
    plain = 2 * (x @ w.T).T @ x  # d/dW of sum((x W^T)^2)
    assert not w[~mask].any()  # two masked weights are zero
    torch.testing.assert_close(model[0].weight.grad, plain * mask)
    for h in handles:
        h.remove()


def test_sparsity_is_the_share_of_zero_weights():
    model = nn.Sequential(nn.Linear(1, 1, bias=False))
    with torch.no_grad():
        model[0].weight.zero_()
    assert sparsity(model) == 1.0
    two = nn.Sequential(nn.Conv2d(1, 2, 1, bias=False), nn.Linear(3, 1, bias=False))
    with torch.no_grad():
        two[0].weight.copy_(torch.tensor([0.0, 2.0]).view(2, 1, 1, 1))
        two[1].weight.copy_(torch.tensor([[1.0, 0.0, 0.0]]))
    assert sparsity(two) == pytest.approx(3 / 5)
    assert sparsity(nn.Sequential(nn.ReLU())) == 0.0


def test_an_unknown_criterion_names_every_registered_one():
    with pytest.raises(PruningError, match=r"^unknown criterion 'l2'; choose from bn, energy, l1, "
                       r"oracle, taylor$"):  # fmt: skip
        get_criterion("l2")


@pytest.mark.parametrize("name", ["taylor", "oracle"])
def test_the_data_driven_criteria_refuse_a_context_without_data_or_loss(name, tiny):
    model, units, ctx = tiny
    for partial in (ScoringContext(ctx.example, ctx.batches, None),
                    ScoringContext(ctx.example, [], ctx.loss)):  # fmt: skip
        with pytest.raises(PruningError, match=rf"^the {name} criterion needs a data sample$"):
            get_criterion(name).scores(model, units, partial)


def test_layer_relative_scores_average_over_producers_and_miss_without_one():
    both = ChannelUnit((("a", OUT, 0), ("b", OUT, 1)))
    neither = ChannelUnit((("c", OUT, 0),))
    per_module = {"a": torch.tensor([1.0, 3.0]), "b": torch.tensor([2.0, 6.0])}
    # a: 1 / mean 2 = 0.5; b: 6 / mean 4 = 1.5; their mean 1.0
    assert relative_to_layer([both, neither], per_module, missing=-1.0).tolist() == [1.0, -1.0]


def test_filter_norms_sum_each_output_filter_of_convolutions_and_transposed_ones():
    torch.manual_seed(5)
    conv, up = nn.Conv2d(3, 4, 3), nn.ConvTranspose2d(4, 2, 2, stride=2)
    model = nn.Sequential(conv, up)
    units = [ChannelUnit((("0", OUT, i), ("1", IN, i))) for i in range(4)]
    units += [ChannelUnit((("1", OUT, i),)) for i in range(2)]
    norms = filter_norms(model, units)
    torch.testing.assert_close(norms["0"], conv.weight.detach().abs().sum((1, 2, 3)))
    torch.testing.assert_close(norms["1"], up.weight.detach().abs().sum((0, 2, 3)))  # (in, out)


@pytest.fixture(scope="module")
def branches():
    """Two convolution + batch-norm branches added together, then read by one convolution:
    each unit holds a channel of both branches, so its scores average two layers."""

    class Branches(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.a, self.na = nn.Conv2d(3, 4, 3, padding=1, bias=False), nn.BatchNorm2d(4)
            self.b, self.nb = nn.Conv2d(3, 4, 1, bias=False), nn.BatchNorm2d(4)
            self.c = nn.Conv2d(4, 2, 1)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.c(torch.relu(self.na(self.a(x)) + self.nb(self.b(x))))

    torch.manual_seed(6)
    model = Branches().eval()
    with torch.no_grad():
        model.na.weight.copy_(torch.tensor([1.0, 2.0, 3.0, 2.0]))  # mean 2
        model.nb.weight.copy_(torch.tensor([-4.0, 1.0, 1.0, 2.0]))  # |.| mean 2
    x = torch.randn(1, 3, 5, 5)
    return model, channel_units(model, x), ScoringContext(x)


def test_scores_of_a_unit_with_two_producers_average_both(branches):
    model, units, ctx = branches
    assert [sorted(u.producers) for u in units] == [[("a", i), ("b", i)] for i in range(4)]
    bn = get_criterion("bn").scores(model, units, ctx)
    # (|gamma_a| / 2 + |gamma_b| / 2) / 2 per channel
    assert bn.tolist() == [1.25, 0.75, 1.0, 1.0]
    wa, wb = (
        model.a.weight.detach().abs().sum((1, 2, 3)),
        model.b.weight.detach().abs().sum((1, 2, 3)),
    )
    expected = ((wa / wa.mean() + wb / wb.mean()) / 2).double()
    torch.testing.assert_close(get_criterion("l1").scores(model, units, ctx), expected)
