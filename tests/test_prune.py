"""Pruning: channel units against the function they must preserve, criteria against planted
channels, the class-IoU floor against a planted fragile class, and the pruned run directory
through evaluate, export and a second prune. Nothing is mocked."""

from __future__ import annotations

import copy
import json
from collections import Counter
from dataclasses import replace

import pytest
import torch
import torch_pruning as tp
from click.testing import CliRunner
from conftest import randomize_norms, write_random_run, write_self_labelled_run
from torch import nn
from torch.nn import functional as F

from leanseg.cli import cli
from leanseg.distill import DistillationLoss
from leanseg.evaluate import evaluate
from leanseg.export import export_onnx
from leanseg.models import build_model
from leanseg.models.registry import model_names
from leanseg.prune.criteria import ScoringContext, get_criterion
from leanseg.prune.graph import (
    FEAT,
    OUT,
    ChannelUnit,
    PruningError,
    channel_units,
    layer_limits,
    remove_units,
)
from leanseg.prune.magnitude import magnitude_masks, sparsity
from leanseg.prune.recalibrate import recalibrate_bn
from leanseg.prune.runner import PruneConfig, prune_run
from leanseg.prune.sensitivity import layer_ratios, sensitivity
from leanseg.prune.structured import (
    count_for_target,
    cubic_ratio,
    model_macs,
    onnx_milliseconds,
    select_units,
)
from leanseg.runs import load_model, read_header

FAST = ["enet", "segnet_basic", "lraspp_mobilenet_v3_large"]
SLOW = [m for m in model_names() if m not in FAST]


def _silence(model: nn.Module, units) -> None:
    """Make `units` compute exact zeros: producers' filters and biases, and the norms' affine
    parameters on the way, set to zero."""
    with torch.no_grad():
        for u in units:
            for name, role, i in u.members:
                m = model.get_submodule(name)
                if role == OUT:
                    (m.weight[:, i] if isinstance(m, nn.ConvTranspose2d) else m.weight[i]).zero_()
                    if m.bias is not None:
                        m.bias[i] = 0
                elif role == FEAT and hasattr(m, "running_mean"):
                    m.weight[i] = 0
                    m.bias[i] = 0


def _some_units(units, share: float, seed: int = 1):
    scores = torch.rand(len(units), generator=torch.Generator().manual_seed(seed))
    return select_units(units, scores, int(share * len(units)), max_layer_ratio=0.5)


def _check_removal_is_exact(name: str) -> None:
    torch.manual_seed(0)
    model = build_model(name, 5).eval()
    randomize_norms(model)
    _check_model_removal_is_exact(model, torch.randn(1, 3, 64, 64))


def _check_model_removal_is_exact(model: nn.Module, x: torch.Tensor) -> None:
    units = channel_units(model, x)
    chosen = _some_units(units, 0.3)
    _silence(model, chosen)
    with torch.no_grad():
        before = model(x)
    params = sum(p.numel() for p in model.parameters())
    remove_units(model, chosen)
    with torch.no_grad():
        after = model(x)
    assert sum(p.numel() for p in model.parameters()) < params
    # Removing channels changes the order of float sums only: far below a wrong channel's effect.
    torch.testing.assert_close(after, before, atol=1e-4 * before.abs().max().item(), rtol=1e-4)


@pytest.mark.parametrize("name", FAST)
def test_removing_silent_channels_leaves_the_output_unchanged(name):
    _check_removal_is_exact(name)


@pytest.mark.slow
@pytest.mark.parametrize("name", SLOW)
def test_removing_silent_channels_leaves_the_output_unchanged_in_large_models(name):
    _check_removal_is_exact(name)


class _Cat(nn.Module):
    """Two convolutions concatenated (`how` says how) and a third reading the result; `image`
    puts the input itself in the concatenation, and `d` adds a branch tied to its output."""

    def __init__(self, how: str, widths: tuple[int, int] = (4, 6)):
        super().__init__()
        self.how = how
        self.a = nn.Conv2d(3, widths[0], 3, padding=1)
        self.b = nn.Conv2d(3, widths[1], 3, padding=1)
        joined = {"image": 3 + widths[0], "spatial": widths[0], "batch": widths[0]}
        width = joined.get(how, sum(widths))
        self.c = nn.Conv2d(width, 2, 1)
        self.d = nn.Conv2d(3, width, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a, b = self.a(x), self.b(x)
        if self.how == "args":
            y = torch.cat([a, b], 1)
        elif self.how == "kwarg":
            y = torch.cat((a, b), dim=1)
        elif self.how == "negative":
            y = torch.cat([a, b], -3)
        elif self.how == "spatial":
            y = torch.cat([a, b], dim=2)
        elif self.how == "batch":
            y = torch.cat([a, b])  # the default dim 0
        else:  # image
            y = torch.cat([x, a], 1) + self.d(x)
        return self.c(y)


def _members(model: nn.Module, x: torch.Tensor) -> set[frozenset]:
    return {frozenset(u.members) for u in channel_units(model, x)}


@pytest.mark.parametrize("how", ["args", "kwarg", "negative"])
def test_a_channel_concatenation_ties_each_input_to_its_slice_of_the_reader(how):
    x = torch.randn(1, 3, 8, 8)
    a = {frozenset({("a", OUT, i), ("c", "in", i)}) for i in range(4)}
    b = {frozenset({("b", OUT, j), ("c", "in", 4 + j)}) for j in range(6)}
    assert _members(_Cat(how), x) == a | b
    torch.manual_seed(0)
    _check_model_removal_is_exact(_Cat(how).eval(), x)


@pytest.mark.parametrize("how", ["spatial", "batch"])
def test_a_concatenation_along_another_dimension_ties_the_inputs_channel_by_channel(how):
    joined = {frozenset({("a", OUT, i), ("b", OUT, i), ("c", "in", i)}) for i in range(4)}
    assert _members(_Cat(how, (4, 4)), torch.randn(2, 3, 8, 8)) == joined


def test_a_concatenation_with_the_image_fixes_only_the_image_slice():
    # the image's three channels cannot go, so neither can the slices of c's input and of d's
    # output tied to them; a's channels follow them in the concatenation
    tied = {frozenset({("a", OUT, i), ("c", "in", 3 + i), ("d", OUT, 3 + i)}) for i in range(4)}
    unused = {frozenset({("b", OUT, j)}) for j in range(6)}  # b's output is never read
    assert _members(_Cat("image"), torch.randn(1, 3, 8, 8)) == tied | unused


class _Scaled(nn.Module):
    """a's output scaled by a parameter of `shape` (a scalar, per channel, or per channel
    written (4, 1, 1)), then read by c."""

    def __init__(self, shape: tuple[int, ...]):
        super().__init__()
        self.a = nn.Conv2d(3, 4, 1)
        self.scale = nn.Parameter(torch.rand(shape) + 0.5)
        self.c = nn.Conv2d(4, 2, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.c(self.a(x) * self.scale)


def _a_to_c(n: int = 4) -> set[frozenset]:
    return {frozenset({("a", OUT, i), ("c", "in", i)}) for i in range(n)}


def test_a_scalar_scale_leaves_channels_prunable_and_a_channel_parameter_fixes_them():
    x = torch.randn(1, 3, 8, 8)
    assert _members(_Scaled(()), x) == _a_to_c()  # one value for every channel
    torch.manual_seed(0)
    _check_model_removal_is_exact(_Scaled(()).eval(), x)
    # a parameter per channel cannot be sliced by the pruner: a's channels stay
    assert _members(_Scaled((1, 4, 1, 1)), x) == set()
    assert _members(_Scaled((4, 1, 1)), x) == set()  # broadcast from the right: axis 0 is C


class _Methods(nn.Module):
    """Tensor methods (relu, add), a convolution called with its input as a keyword, and a
    linear layer over the last axis of a 4-D tensor (channels-last: not a feature layer)."""

    def __init__(self):
        super().__init__()
        self.a = nn.Conv2d(3, 4, 1)
        self.b = nn.Conv2d(3, 4, 1)
        self.c = nn.Conv2d(4, 4, 1)
        self.d = nn.Conv2d(4, 4, 1)
        self.fc = nn.Linear(8, 4)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.c(self.a(x).relu().add(self.b(x)))
        return self.fc(self.d(input=y))


def test_methods_tie_channels_and_unknown_readers_fix_them():
    units = _members(_Methods(), torch.randn(1, 3, 8, 8))
    abc = {frozenset({("a", OUT, i), ("b", OUT, i), ("c", "in", i)}) for i in range(4)}
    assert abc <= units  # through .relu() and .add()
    # d reads c by keyword, as its input all the same
    assert {frozenset({("c", OUT, i), ("d", "in", i)}) for i in range(4)} <= units
    # fc over the last axis (width 8) is not a feature layer: d's output is fixed with it
    assert not [u for u in units if ("d", OUT) in {(m, r) for m, r, _ in u} or "fc" in str(u)]


class _Rule(nn.Module):
    """One tracing rule at a time: `a` (3 -> 4 channels) feeds an operation, `c` reads the
    result, and `d` (3 -> width of the result) is added to it where the rule must show whether
    the result's channels are fixed."""

    def __init__(self, rule: str):
        super().__init__()
        self.rule = rule
        self.a = nn.Conv2d(3, 4, 1)
        self.g = nn.Conv2d(3, 1, 1)
        self.g2 = nn.Conv2d(3, 1, 1)
        self.fc = nn.Linear(3, 8)
        width = {"pad6": 6, "zeros": 6, "ones": 6, "shuffle": 1, "multiplier": 8}.get(rule, 4)
        self.d = nn.Conv2d(3, width, 1)
        self.c = nn.Conv2d(width, 2, 1)
        self.act = nn.PReLU(4 if rule == "prelu" else 1)
        self.mult = nn.Conv2d(4, 8, 3, padding=1, groups=4)
        self.shuffle = nn.PixelShuffle(2)
        self.pool = nn.MaxPool2d(2, return_indices=True)
        self.unpool = nn.MaxUnpool2d(2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a, r = self.a(x), self.rule
        if r == "gate":  # a one-channel map scales every channel: no tie to it
            y = torch.sigmoid(self.g(x)) * a
        elif r == "functions":
            y = F.interpolate(F.relu(a), scale_factor=1.0)
        elif r == "pad":
            y = F.pad(a, (1, 1, 1, 1))[:, :, 1:-1, 1:-1] + F.pad(a, pad=(0, 0))
        elif r == "pad6":  # pads the channel axis too
            y = F.pad(a, (0, 0, 0, 0, 1, 1)) + self.d(x)
        elif r == "crop":
            y = torch.cat([a[:, :, 1:], a[:, :, :1]], dim=2)
        elif r == "channel_slice":  # a permutation of a's channels: fixed, and what it meets
            y = a[:, [3, 2, 1, 0]] + self.d(x)
        elif r == "all":
            y = a[:, :]
        elif r == "batch_slice":
            y = a[0:1, :] + self.d(x)
        elif r == "plain_slice":
            y = a[0:1] + self.d(x)
        elif r == "split":  # a part of an output not understood: fixed
            y = torch.split(a, 2, 1)[0].repeat(1, 2, 1, 1) + self.d(x)
        elif r == "cat_kwargs":
            y = torch.cat(tensors=[a[:, :, :, :4], a[:, :, :, 4:]], dim=3)
        elif r == "one_by_one":  # two one-channel maps multiplied: tied to each other
            y = a * (self.g(x) * self.g2(x))
        elif r == "vector_gate":  # a per-channel vector through an activation, rank 1: fixed
            y = a * torch.sigmoid(a.mean((0, 2, 3)))[:, None, None]
        elif r == "vector":  # (1, 8) broadcast from the right: over H and W, not channels
            y = a * self.fc(x.mean((2, 3)))
        elif r == "zeros":  # a computed padding: its channels may go with what they are tied to
            n, _, h, w = a.shape  # a traced size, so fx does not fold the zeros into a constant
            y = torch.cat([a, torch.zeros((n, 2, h, w))], 1) + self.d(x)
        elif r == "ones":  # made by an unknown function: fixed
            n, _, h, w = a.shape
            y = torch.cat([a, torch.ones((n, 2, h, w))], 1) + self.d(x)
        elif r == "roll":  # an unknown function of a's channels: fixed
            y = torch.roll(a, 1, 1) + self.d(x)
        elif r == "sum":  # an unknown reduction of a's channels: fixed
            y = a * a.sum()
        elif r == "shuffle":  # an unknown module: fixed
            y = self.shuffle(a) + F.interpolate(self.d(x), scale_factor=2.0)
        elif r == "size":  # shape queries tie nothing
            y = a.size(1) * a * a.dim() + a.new_zeros(1)
        elif r in ("prelu", "prelu1"):
            y = self.act(a)
        elif r == "multiplier":  # groups = in < out: not depthwise, fixed
            y = self.mult(a) + self.d(x)
        else:  # unpool, indices by keyword
            values, idx = self.pool(a)
            y = self.unpool(values, indices=idx)
        return self.c(y)


def _tied(*groups: tuple[str, str, int]) -> frozenset:
    return frozenset(groups)


A_TO_C = {_tied(("a", OUT, i), ("c", "in", i)) for i in range(4)}
A_C_D = {_tied(("a", OUT, i), ("c", "in", i), ("d", OUT, i)) for i in range(4)}


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("gate", A_TO_C | {_tied(("g", OUT, 0))}),
        ("functions", A_TO_C),
        ("pad", A_TO_C),
        ("pad6", set()),
        ("crop", A_TO_C),
        ("channel_slice", set()),
        ("all", A_TO_C),
        ("batch_slice", set()),
        ("plain_slice", set()),
        ("split", set()),
        ("cat_kwargs", A_TO_C),
        ("one_by_one", A_TO_C | {_tied(("g", OUT, 0), ("g2", OUT, 0))}),
        ("vector", set()),
        ("vector_gate", set()),
        ("zeros", A_C_D | {_tied(("c", "in", i), ("d", OUT, i)) for i in (4, 5)}),
        ("ones", A_C_D),
        ("roll", set()),
        ("sum", set()),
        ("shuffle", set()),
        ("size", A_TO_C),
        ("prelu", {_tied(("a", OUT, i), ("act", FEAT, i), ("c", "in", i)) for i in range(4)}),
        ("prelu1", A_TO_C),
        ("multiplier", set()),
        ("unpool", A_TO_C),
    ],
)  # fmt: skip
def test_each_tracing_rule_ties_or_fixes_the_channels_it_should(rule, expected):
    units = _members(_Rule(rule), torch.randn(1, 3, 8, 8))
    unused_d = {u for u in units if {m for m, _, _ in u} == {"d"}}  # d's output when unread
    assert units - unused_d == expected


@pytest.mark.parametrize("rule", ["gate", "functions", "pad", "crop", "prelu", "unpool"])
def test_removal_through_each_tying_rule_is_exact(rule):
    torch.manual_seed(0)
    _check_model_removal_is_exact(_Rule(rule).eval(), torch.randn(1, 3, 8, 8))


class _Heads(nn.Module):
    """A depthwise convolution of two channels (groups 2) and a linear head on pooled features."""

    def __init__(self):
        super().__init__()
        self.a = nn.Conv2d(3, 2, 3, padding=1)
        self.act = nn.PReLU(2)
        self.dw = nn.Conv2d(2, 2, 3, padding=1, groups=2)
        self.relu = nn.ReLU()
        self.b = nn.Conv2d(2, 8, 1)
        self.fc1 = nn.Linear(8, 6)
        self.fc2 = nn.Linear(6, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.b(torch.relu(self.dw(self.act(self.a(x)))))
        return self.fc2(self.relu(self.fc1(y.mean((2, 3)))))


def test_depthwise_and_linear_layers_are_removed_exactly():
    model, x = _Heads().eval(), torch.randn(2, 3, 8, 8)
    members = _members(model, x)
    depthwise = {("a", OUT, 1), ("act", FEAT, 1), ("dw", OUT, 1), ("b", "in", 1)}
    assert frozenset(depthwise) in members
    assert frozenset({("fc1", OUT, 5), ("fc2", "in", 5)}) in members
    torch.manual_seed(0)
    for seed in range(3):  # different channels each time, both layer kinds among them
        torch.manual_seed(seed)
        model = _Heads().eval()
        units = channel_units(model, x)
        chosen = [u for u in units if u.layer in ({"a", "dw"}, {"fc1"})][::2]
        _silence(model, chosen)
        with torch.no_grad():
            before = model(x)
        remove_units(model, chosen)
        with torch.no_grad():
            torch.testing.assert_close(model(x), before, atol=1e-5, rtol=1e-5)
    assert (model.dw.groups, model.dw.in_channels, model.fc2.in_features) == (1, 1, 3)


def test_removing_every_channel_of_a_layer_is_refused_and_all_but_one_is_not():
    model = _Heads().eval()
    fc1 = [u for u in channel_units(model, torch.randn(1, 3, 8, 8)) if u.layer == {"fc1"}]
    with pytest.raises(PruningError, match="^pruning would remove every channel of fc1$"):
        remove_units(copy.deepcopy(model), fc1)
    remove_units(model, fc1[1:])
    assert model.fc1.out_features == 1 and model.fc2.in_features == 1


def test_layer_limits_allow_a_share_of_each_layer_and_never_all():
    units = [ChannelUnit(((name, OUT, i),)) for name, n in (("x", 10), ("y", 3), ("z", 1))
             for i in range(n)]  # fmt: skip
    x, y, z = (frozenset({n}) for n in "xyz")
    assert layer_limits(units, 0.5) == {x: 5, y: 1, z: 0}
    assert layer_limits(units, 0.95) == {x: 9, y: 2, z: 0}  # floor(0.95 n)
    assert layer_limits(units, 1.0) == {x: 9, y: 2, z: 0}  # never all n


def test_enet_units_tie_unpooling_to_its_pooling_indices():
    model = build_model("enet", 4).eval()
    units = channel_units(model, torch.randn(1, 3, 64, 64))
    # up5's identity branch unpools with down1's indices: its 1x1 conv's output channel i is
    # the initial block's channel i, so both sit in one unit (and the image's three pooled
    # channels, 13-15, are not prunable at all).
    tied = [u for u in units if ("up5.main_conv.0", OUT, 0) in u.members]
    assert len(tied) == 1 and ("initial.conv", OUT, 0) in tied[0].members
    assert not [u for u in units if ("up5.main_conv.0", OUT, 14) in u.members]
    # torch-pruning 1.6.1 maps the 16-, 64- and 128-channel streams one to one instead:
    graph = tp.DependencyGraph().build_dependency(model, example_inputs=torch.randn(1, 3, 64, 64))
    group = graph.get_pruning_group(
        model.get_submodule("stage3.7.ext.6"), tp.prune_conv_out_channels, list(range(128))
    )
    sizes = {graph._module2name.get(i.dep.target.module): len(i.idxs) for i in group}
    assert sizes["initial.conv"] == 128  # a 13-channel layer asked to lose 128 channels


@pytest.mark.parametrize("name", FAST)
def test_a_pruned_model_trains_exports_and_rebuilds(name, tmp_path):
    parent = write_random_run(tmp_path, name, 3, (64, 48), name="parent")
    cfg = PruneConfig(criterion="l1", ratio=0.4, samples=2, sample_size=(48, 64))
    result = prune_run(parent, cfg, tmp_path / "pruned", progress=False)
    units_before = len(channel_units(build_model(name, 3).eval(), torch.randn(1, 3, 48, 64)))
    model, pruned_header = load_model(result.run_dir)
    assert pruned_header.step == "prune" and pruned_header.parent == str(parent.resolve())
    assert result.removed == round(0.4 * units_before)
    assert result.params[1] < 0.8 * result.params[0]
    model.train()
    out = model(torch.randn(2, 3, 48, 64))
    out.mean().backward()
    assert out.shape == (2, 3, 48, 64)
    report = export_onnx(result.run_dir, check_images=1)
    assert report.agreement == 1.0


@pytest.mark.slow
@pytest.mark.parametrize("name", SLOW)
def test_large_registry_models_prune_train_and_export(name, tmp_path):
    # A high ratio keeps the exported file of FCN's 134M-parameter family small.
    parent = write_random_run(tmp_path, name, 3, (48, 32), name="parent")
    cfg = PruneConfig(ratio=0.85, samples=1, sample_size=(32, 48), val_images=1)
    result = prune_run(parent, cfg, tmp_path / "pruned", progress=False)
    assert result.params[1] < 0.1 * result.params[0]
    model, _ = load_model(result.run_dir)
    model.train()(torch.randn(2, 3, 32, 48)).mean().backward()
    assert export_onnx(result.run_dir, check_images=1).agreement == 1.0


def _planted_context(name: str = "segnet_basic"):
    torch.manual_seed(0)
    model = build_model(name, 3).eval()
    x = torch.rand(4, 3, 32, 32)
    target = torch.randint(0, 3, (4, 32, 32))
    units = channel_units(model, x[:1])
    planted = next(i for i, u in enumerate(units) if "encoder.0.0" in u.layer)
    _silence(model, [units[planted]])
    return model, units, planted, ScoringContext(x[:1], [(x, target)], nn.CrossEntropyLoss())


@pytest.mark.parametrize("criterion", ["taylor", "oracle", "l1", "bn"])
def test_criteria_rank_a_silenced_channel_last(criterion):
    model, units, planted, ctx = _planted_context()
    scoring = get_criterion(criterion)
    scoring.progress = False
    scores = scoring.scores(model, units, ctx)
    # The silenced channel scores 0, the least possible; so may channels that a random
    # initialisation left dead behind a ReLU, but not most.
    assert scores[planted] == 0 == scores.min()
    assert (scores > 0).double().mean() > 0.8


def test_energy_criterion_prefers_the_channels_that_cost_most():
    model, units, _, ctx = _planted_context()
    l1 = get_criterion("l1").scores(model, units, ctx)
    energy = get_criterion("energy").scores(model, units, ctx)
    from leanseg.prune.criteria.energy import unit_energy

    cost = unit_energy(model, units, ctx.example)
    ratio = l1 / energy
    # the energy score is the L1 score divided by the unit's energy relative to the mean
    torch.testing.assert_close(ratio[l1 > 0], (cost / cost.mean())[l1 > 0])


def test_selection_never_empties_a_layer_and_follows_the_scores():
    model = build_model("segnet_basic", 3).eval()
    units = channel_units(model, torch.randn(1, 3, 32, 32))
    scores = torch.arange(len(units), dtype=torch.float64)
    chosen = select_units(units, scores, len(units), max_layer_ratio=0.5)
    per_layer: dict = {}
    for u in units:
        per_layer[u.layer] = per_layer.get(u.layer, 0) + 1
    for layer, n in per_layer.items():
        assert sum(u.layer == layer for u in chosen) == n // 2
    first = select_units(units, scores, 3)
    assert first == units[:3]
    assert cubic_ratio(0.5, 0, 3) == 0 and cubic_ratio(0.5, 3, 3) == 0.5
    assert cubic_ratio(0.5, 1, 3) == pytest.approx(0.5 * (1 - (2 / 3) ** 3))


def test_magnitude_masks_zero_the_smallest_weights_per_layer_or_globally():
    model = nn.Sequential(nn.Conv2d(1, 2, 1, bias=False), nn.Conv2d(2, 2, 1, bias=False))
    with torch.no_grad():
        model[0].weight.copy_(torch.tensor([1.0, 2.0]).view(2, 1, 1, 1))
        model[1].weight.copy_(torch.tensor([10.0, 20.0, 30.0, 40.0]).view(2, 2, 1, 1))
    layer = magnitude_masks(model, 0.5, "layer")
    assert layer["0"].flatten().tolist() == [False, True]
    assert layer["1"].flatten().tolist() == [False, False, True, True]
    glob = magnitude_masks(model, 0.5, "global")
    assert glob["0"].flatten().tolist() == [False, False]
    assert glob["1"].flatten().tolist() == [False, True, True, True]


def test_a_class_iou_floor_stops_pruning_where_a_class_would_break(tmp_path):
    run = write_self_labelled_run(tmp_path / "self")
    # the run's batch-norm statistics are random, not its data's: re-estimating them would
    # change every class by itself, so the floor is tested on the removals alone
    base = dict(criterion="l1", ratio=0.6, samples=2, sample_size=None, recalibrate_bn=False)
    free = prune_run(run, PruneConfig(**base), tmp_path / "free", progress=False)
    report = json.loads((free.run_dir / "prune.json").read_text())
    worst = min(c["pruned"] for c in report["class_iou"] if c["pruned"] is not None)
    assert worst < 0.9  # without a floor, some class breaks
    floor = PruneConfig(**base, min_class_iou=0.9)
    kept = prune_run(run, floor, tmp_path / "floor", progress=False)
    report = json.loads((kept.run_dir / "prune.json").read_text())
    assert all(c["pruned"] >= 0.9 for c in report["class_iou"] if c["pruned"] is not None)
    assert 0 < kept.removed < free.removed
    assert report["frozen_layers"]  # the layers whose removal broke the floor were left alone


def test_prune_cli_writes_a_run_that_evaluate_and_a_second_prune_accept(tmp_path):
    run = write_self_labelled_run(tmp_path / "self")
    runner = CliRunner()
    args = ["prune", str(run), "--ratio", "0.3", "--samples", "2", "--out", str(tmp_path / "p1")]
    result = runner.invoke(cli, args + ["--criterion", "taylor", "--finetune-epochs", "1"])
    assert result.exit_code == 0, result.output
    assert "val mIoU" in result.output and (tmp_path / "p1" / "model.safetensors").is_file()
    header = read_header(tmp_path / "p1")
    assert header.step == "prune" and header.settings["criterion"] == "taylor"
    assert header.channels  # the channel plan
    metrics, _, _ = evaluate(tmp_path / "p1", progress=False)
    assert metrics.miou == pytest.approx(
        json.loads((tmp_path / "p1" / "metrics.json").read_text())["miou"]
    )
    images = tmp_path / "self" / "images"
    predicted = runner.invoke(cli, ["predict", str(images), "--model", str(tmp_path / "p1"),
                                    "--out", str(tmp_path / "pred")])  # fmt: skip
    assert predicted.exit_code == 0, predicted.output
    assert len(list((tmp_path / "pred").rglob("*.png"))) >= 4
    args = ["--size", "48x32", "--runs", "1", "--warmup", "0", "--out", str(tmp_path / "prof")]
    profiled = runner.invoke(cli, ["profile", str(tmp_path / "p1"), *args])
    assert profiled.exit_code == 0, profiled.output
    prof = json.loads((tmp_path / "prof" / "profile.json").read_text())
    assert prof["params"] == sum(p.numel() for p in load_model(tmp_path / "p1")[0].parameters())
    again = runner.invoke(cli, ["prune", str(tmp_path / "p1"), "--ratio", "0.2",
                                "--out", str(tmp_path / "p2")])  # fmt: skip
    assert again.exit_code == 0, again.output
    assert read_header(tmp_path / "p2").parent == str((tmp_path / "p1").resolve())
    bad = runner.invoke(cli, ["prune", str(run), "--ratio", "1.5", "--out", str(tmp_path / "b")])
    assert bad.exit_code == 2 and "ratio must be in [0, 1)" in bad.output
    assert not (tmp_path / "b").exists()
    unknown = runner.invoke(cli, ["prune", str(run), "--criterion", "bogus"])
    assert unknown.exit_code == 2 and "or magnitude" in unknown.output


def test_iterative_pruning_follows_the_cubic_schedule(tmp_path):
    run = write_self_labelled_run(tmp_path / "self")
    cfg = PruneConfig(ratio=0.5, steps=2, finetune_epochs=2, samples=2)
    result = prune_run(run, cfg, tmp_path / "it", progress=False)
    units = len(channel_units(load_model(run)[0], torch.randn(1, 3, 32, 48)))
    assert result.removed == round(0.5 * units)
    log = (result.run_dir / "metrics.csv").read_text().splitlines()
    assert len(log) == 2  # the last round's epoch (each round fine-tunes one of the two)
    assert read_header(result.run_dir).settings["steps"] == 2


def test_magnitude_pruning_keeps_zeros_through_fine_tuning(tmp_path):
    run = write_self_labelled_run(tmp_path / "self")
    cfg = PruneConfig(criterion="magnitude", ratio=0.5, finetune_epochs=1, lr=1e-2)
    result = prune_run(run, cfg, tmp_path / "mag", progress=False)
    model, _ = load_model(result.run_dir)
    parent, _ = load_model(run)
    assert sparsity(model) >= 0.5 and sparsity(parent) < 0.01
    changed = any(
        not torch.equal(a, b)
        for a, b in zip(model.state_dict().values(), parent.state_dict().values(), strict=True)
    )
    assert changed  # fine-tuning did train


def test_sensitivity_scores_every_layer_and_derives_ratios(tmp_path):
    run = write_self_labelled_run(tmp_path / "self")
    result = sensitivity(run, (0.5,), 2, target=0.2, out=tmp_path / "s", progress=False)
    model, _ = load_model(run)
    layers = {u.layer for u in channel_units(model, torch.randn(1, 3, 32, 48))}
    assert len(result["layers"]) == len(layers)
    assert (tmp_path / "s" / "sensitivity.png").stat().st_size > 0
    ratios = result["layer_ratios"]
    total = sum(c["channels"] for c in result["layers"].values())
    assert sum(ratios[n] * c["channels"] for n, c in result["layers"].items()) >= 0.2 * total


def test_layer_ratios_take_the_most_tolerant_layers_first():
    curves = {"a": {"channels": 10, "miou": [0.9, 0.5]}, "b": {"channels": 10, "miou": [0.8, 0.7]}}
    assert layer_ratios(curves, [0.25, 0.5], 0.9, 0.1) == {"a": 0.25, "b": 0.0}
    assert layer_ratios(curves, [0.25, 0.5], 0.9, 0.3) == {"a": 0.25, "b": 0.5}
    with pytest.raises(PruningError):
        layer_ratios(curves, [0.25, 0.5], 0.9, 0.9)


def test_layer_ratios_meet_a_cost_budget_with_the_smallest_tolerance():
    # "b" is fragile, and the budget is only met once "b" loses a quarter of its channels: the
    # plan must go that far, and no further than the budget asks
    curves = {
        "a": {"channels": 10, "miou": [0.9, 0.89]},
        "b": {"channels": 10, "miou": [0.85, 0.6]},
    }
    calls = []

    def fits(plan: dict[str, float]) -> bool:
        calls.append(plan)
        return plan["b"] >= 0.25

    assert layer_ratios(curves, [0.25, 0.5], 0.9, None, fits) == {"a": 0.5, "b": 0.25}
    assert len(calls) < 6  # bisection over the tolerances, not every one of them
    assert layer_ratios(curves, [0.25, 0.5], 0.9, 0.5, fits) == {"a": 0.5, "b": 0.5}
    with pytest.raises(PruningError, match="the budget"):
        layer_ratios(curves, [0.25, 0.5], 0.9, None, lambda plan: False)


def test_a_sensitivity_plan_meets_a_mac_budget(tmp_path):
    run = write_self_labelled_run(tmp_path / "self")
    args = ["sensitivity", str(run), "--ratios", "0.25,0.5,0.75", "--val-images", "2",
            "--target-macs", "0.6", "--out", str(tmp_path / "s")]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "per-layer ratios removing" in result.output
    saved = json.loads((tmp_path / "s" / "sensitivity.json").read_text())
    assert saved["budget"]["kind"] == "macs" and saved["batch_norm_recalibrated"]
    out = tmp_path / "p"
    plan = str(tmp_path / "s" / "sensitivity.json")
    result = CliRunner().invoke(cli, ["prune", str(run), "--plan", plan, "--out", str(out)])
    assert result.exit_code == 0, result.output
    x = torch.randn(1, 3, 32, 48)  # the run's val size
    parent, pruned = load_model(run)[0], load_model(out)[0]
    assert model_macs(pruned, x) <= 0.6 * model_macs(parent, x)
    both = [*args, "--target-energy", "0.5"]
    result = CliRunner().invoke(cli, both)
    assert result.exit_code != 0 and "give one of" in result.output
    with pytest.raises(PruningError, match="budget must be"):
        sensitivity(run, (0.5,), 2, out=tmp_path / "t", budget=("flops", 0.5), progress=False)


def test_sensitivity_replans_from_earlier_curves_without_measuring(tmp_path, monkeypatch):
    import leanseg.prune.sensitivity as module

    run = write_self_labelled_run(tmp_path / "self")
    first = sensitivity(run, (0.25, 0.5, 0.75), 2, target=0.1, out=tmp_path / "s", progress=False)
    saved = tmp_path / "s" / "sensitivity.json"

    def no_scoring(*args, **kwargs):
        raise AssertionError("the curves were measured again")

    monkeypatch.setattr(module, "evaluate_model", no_scoring)
    args = ["sensitivity", str(run), "--curves", str(saved), "--target", "0.6",
            "--out", str(tmp_path / "again")]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    again = json.loads((tmp_path / "again" / "sensitivity.json").read_text())
    assert again["layers"] == first["layers"] and again["curves_from"] == str(saved)
    expected = layer_ratios(first["layers"], first["ratios"], first["base_miou"], 0.6)
    assert again["layer_ratios"] == expected != first["layer_ratios"]
    assert (tmp_path / "again" / "sensitivity.png").stat().st_size > 0
    with pytest.raises(PruningError, match="give a target or a budget"):
        sensitivity(run, out=tmp_path / "t", curves=saved, progress=False)
    pruned = prune_run(run, PruneConfig(ratio=0.3, val_images=2), tmp_path / "p", progress=False)
    with pytest.raises(PruningError, match="other layers"):
        sensitivity(pruned.run_dir, target=0.2, out=tmp_path / "u", curves=saved, progress=False)
    (tmp_path / "bad.json").write_text('{"layers": 3}')
    with pytest.raises(PruningError, match="bad.json: cannot read sensitivity curves"):
        sensitivity(run, target=0.2, out=tmp_path / "v", curves=tmp_path / "bad.json")


def test_recalibration_gives_batch_norm_the_statistics_of_its_inputs():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.ReLU()).eval()
    batches = [torch.randn(2, 3, 8, 8) * 3 + 1 for _ in range(3)]
    with torch.no_grad():
        seen = [model[0](b) for b in batches]
    recalibrate_bn(model, batches)
    assert not model.training  # the mode it had
    bn = model[1]
    # the plain average over the batches of each batch's statistics
    torch.testing.assert_close(bn.running_mean, torch.cat(seen).mean((0, 2, 3)))
    torch.testing.assert_close(
        bn.running_var, torch.stack([s.var((0, 2, 3)) for s in seen]).mean(0)
    )
    assert bn.momentum == 0.1  # put back for fine-tuning
    assert int(bn.num_batches_tracked) == 0  # no training step was taken
    before = bn.running_var.clone()
    recalibrate_bn(model, [])
    recalibrate_bn(model, [torch.randn(1, 3, 8, 8)])  # one image: no statistics to take
    torch.testing.assert_close(bn.running_var, before)


def test_prune_recalibrates_batch_norm_after_removing_channels(tmp_path, monkeypatch):
    import leanseg.prune.runner as runner

    run = write_self_labelled_run(tmp_path / "self")
    calls = []
    monkeypatch.setattr(runner, "recalibrate_bn", lambda model, images: calls.append(images))
    cfg = PruneConfig(ratio=0.3, val_images=2, samples=4)
    prune_run(run, cfg, tmp_path / "on", progress=False)
    assert len(calls) == 1 and sum(len(b) for b in calls[0]) == 4  # the 4 training images
    prune_run(run, replace(cfg, recalibrate_bn=False), tmp_path / "off", progress=False)
    assert len(calls) == 1


def test_prune_follows_a_sensitivity_plan_layer_by_layer(tmp_path):
    run = write_self_labelled_run(tmp_path / "self")
    sensitivity(run, (0.25, 0.5), 2, target=0.3, out=tmp_path / "s", progress=False)
    plan_file = tmp_path / "s" / "sensitivity.json"
    saved = json.loads(plan_file.read_text())
    x = torch.randn(1, 3, 32, 48)
    parent, _ = load_model(run)
    units = channel_units(parent, x)
    # the layer fed by the image: its kept filters can be compared with the parent's whole
    conv = "encoder.0.0"  # SegNet-Basic's first convolution, coupled to a decoder's by indices
    first = next(u for u in units if conv in u.layer)
    saved["layer_ratios"][first.layer_name] = 0.5
    plan_file.write_text(json.dumps(saved))
    plan = saved["layer_ratios"]
    assert len(set(plan.values())) > 1  # a plan that is not one ratio everywhere

    def widths(model) -> dict[str, int]:
        return dict(Counter(u.layer_name for u in channel_units(model, x)))

    before = widths(parent)
    args = ["prune", str(run), "--plan", str(plan_file), "--val-images", "2",
            "--out", str(tmp_path / "p")]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    pruned, header = load_model(tmp_path / "p")
    assert widths(pruned) == {n: w - int(plan[n] * w) for n, w in before.items()}
    assert header.settings["layer_ratios"] == plan
    # within a layer the lowest-L1 channels went: the kept filters are the parent's strongest
    scores = get_criterion("l1").scores(parent, units, ScoringContext(x))
    mine = [i for i, u in enumerate(units) if u.layer == first.layer]
    kept = sorted(mine, key=lambda i: float(scores[i]))[len(mine) // 2 :]
    channels = sorted(dict(units[i].producers)[conv] for i in kept)
    torch.testing.assert_close(pruned.get_submodule(conv).weight,
                               parent.get_submodule(conv).weight[channels])  # fmt: skip


def test_a_plan_on_the_cubic_schedule_ends_where_one_round_does(tmp_path, monkeypatch):
    import leanseg.prune.runner as runner

    run = write_self_labelled_run(tmp_path / "self")
    x = torch.randn(1, 3, 32, 48)
    parent, _ = load_model(run)
    before = Counter(u.layer_name for u in channel_units(parent, x))
    plan = {name: (0.25, 0.5, 0.75)[i % 3] for i, name in enumerate(before)}
    rounds = []

    def counting(model, units):
        rounds.append(len(units))
        remove_units(model, units)

    monkeypatch.setattr(runner, "remove_units", counting)
    cfg = PruneConfig(layer_ratios=plan, steps=3, val_images=2, samples=2)
    prune_run(run, cfg, tmp_path / "p", progress=False)
    pruned, _ = load_model(tmp_path / "p")
    after = Counter(u.layer_name for u in channel_units(pruned, x))
    assert after == {n: w - int(plan[n] * w) for n, w in before.items()}
    assert len(rounds) == 3 and rounds[0] > rounds[1] > rounds[2] > 0  # cubic: fast, then slow


def test_a_plan_for_another_model_is_refused(tmp_path):
    run = write_self_labelled_run(tmp_path / "self")
    (tmp_path / "plan.json").write_text(json.dumps({"layer_ratios": {"no.such.conv": 0.5}}))
    args = ["prune", str(run), "--plan", str(tmp_path / "plan.json"), "--out", str(tmp_path / "p")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0 and "lacks: no.such.conv" in result.output
    (tmp_path / "bad.json").write_text("{}")
    result = CliRunner().invoke(cli, [*args[:3], str(tmp_path / "bad.json"), *args[4:]])
    assert "bad.json: no per-layer ratios" in result.output
    assert not (tmp_path / "p").exists()


def test_a_model_that_cannot_be_traced_is_refused():
    class Dynamic(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 4, 1)

        def forward(self, x):
            return self.conv(x) if x.sum() > 0 else x

    with pytest.raises(PruningError, match="^cannot trace the model with torch.fx: "):
        channel_units(Dynamic(), torch.randn(1, 3, 4, 4))


def test_a_mac_target_removes_as_few_channels_as_reach_it():
    model = build_model("segnet_basic", 3).eval()
    x = torch.randn(1, 3, 32, 48)
    units = channel_units(model, x)
    scores = get_criterion("l1").scores(model, units, ScoringContext(x))
    goal = 0.5 * model_macs(model, x)
    n = count_for_target(model, units, scores, model_macs, goal, x, 0.9)

    def macs_after(count: int) -> float:
        trial = copy.deepcopy(model)
        remove_units(trial, select_units(units, scores, count, 0.9))
        return model_macs(trial, x)

    assert macs_after(n) <= goal < macs_after(n - 1)
    with pytest.raises(PruningError, match="cannot be met"):
        count_for_target(model, units, scores, model_macs, 1.0, x, 0.9)


@pytest.mark.slow
def test_a_latency_target_is_measured_in_onnx_runtime(tmp_path):
    # Timings are not asserted (they belong in benchmarks): a target no model can meet is
    # refused after measuring the smallest allowed one, with the latency it reached.
    run = write_self_labelled_run(tmp_path / "self")
    assert onnx_milliseconds(load_model(run)[0], torch.randn(1, 3, 32, 48)) > 0
    with pytest.raises(PruningError, match="cannot be met"):
        prune_run(run, PruneConfig(target_latency=1e-6, samples=2), tmp_path / "a", progress=False)
    assert not (tmp_path / "a").exists()
    easy = prune_run(
        run, PruneConfig(target_latency=1e6, samples=2), tmp_path / "b", progress=False
    )
    assert easy.removed == 0


def test_distillation_matches_the_teacher_and_skips_ignored_pixels():
    teacher = nn.Conv2d(3, 2, 1)
    images = torch.randn(1, 3, 1, 2)
    with torch.no_grad():
        t = teacher(images)
    masks = torch.tensor([[[0, 255]]])
    ce = nn.CrossEntropyLoss(ignore_index=255)
    loss = DistillationLoss(teacher, ce, alpha=1.0, temperature=2.0, ignore_index=255)
    assert loss(t.clone(), masks, images).item() == pytest.approx(0.0, abs=1e-7)
    student = torch.zeros(1, 2, 1, 2)  # uniform: KL = sum p log(2p) at the one valid pixel
    p = torch.softmax(t[0, :, 0, 0] / 2.0, 0)
    expected = float((p * (2 * p).log()).sum()) * 4.0
    assert loss(student, masks, images).item() == pytest.approx(expected, rel=1e-5)
    half = DistillationLoss(teacher, ce, alpha=0.5, temperature=2.0, ignore_index=255)
    assert half(student, masks, images).item() == pytest.approx(
        0.5 * ce(student, masks).item() + 0.5 * expected, rel=1e-5
    )


def test_pruning_can_fine_tune_with_distillation_from_the_parent(tmp_path):
    run = write_self_labelled_run(tmp_path / "self")
    cfg = PruneConfig(ratio=0.3, finetune_epochs=1, distill=0.5, samples=2)
    result = prune_run(run, cfg, tmp_path / "kd", progress=False)
    header = read_header(result.run_dir)
    assert header.settings["distill"] == 0.5 and (result.run_dir / "metrics.csv").is_file()
