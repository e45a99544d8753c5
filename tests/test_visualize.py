"""`leanseg visualize`: filters, feature maps, deconvnet projections, occlusion, comparisons."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest
import torch
from click.testing import CliRunner
from conftest import write_random_run
from PIL import Image
from torch import nn

from leanseg.cli import cli
from leanseg.runs import load_model, save_weights
from leanseg.visualize.compare import (
    match_channels,
    prediction_change,
    removed_channels,
    surviving_channels,
    survivor_maps,
    survivor_projections,
)
from leanseg.visualize.deconvnet import Hit, projection, top_activations
from leanseg.visualize.features import activations, default_layers
from leanseg.visualize.occlusion import occlusion_map
from leanseg.visualize.runner import VisualizeConfig, VisualizeError, visualize


class _Spot(nn.Module):
    """Class 1's logit is the image's red minus its green channel: red pixels are class 1, and
    green ones lower class 1's logit where it is not the class."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 2, 1)
        with torch.no_grad():
            self.conv.weight.zero_()
            self.conv.bias.copy_(torch.tensor([0.5, 0.0]))
            self.conv.weight[1, 0] = 1.0
            self.conv.weight[1, 1] = -1.0

    def forward(self, x):
        return self.conv(nn.functional.relu(x))


def test_occlusion_finds_the_pixels_the_class_depends_on():
    image = torch.zeros(1, 3, 32, 32)
    image[:, 0, 8:16, 20:28] = 3.0  # a red square
    image[:, 1, 20:28, 4:12] = 3.0  # a green square: not class 1, so it must not count
    heat = occlusion_map(_Spot(), image, target=1, window=8, stride=4)
    assert heat[8:16, 20:28].mean() > 0
    assert np.abs(heat[20:28, 4:12]).max() == pytest.approx(0.0)
    assert np.abs(heat[:4, :8]).max() == pytest.approx(0.0)  # grey on black changes nothing
    y, x = np.unravel_index(heat.argmax(), heat.shape)
    assert 4 <= y < 20 and 16 <= x < 32


def test_the_strongest_activation_and_its_deconvnet_projection_are_where_the_pattern_is():
    model = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Conv2d(4, 2, 1))
    torch.manual_seed(0)
    images = [torch.zeros(1, 3, 20, 20) for _ in range(3)]
    images[1][:, :, 5:8, 12:15] = 4.0  # only image 1 has anything to excite a filter
    hits = top_activations(model, "0", images, filters=2, top_k=2)
    assert len(hits) == 2 and all(len(h) == 2 for h in hits)
    strongest = hits[0][0]
    assert strongest.image == 1 and 4 <= strongest.y <= 8 and 11 <= strongest.x <= 15
    proj = projection(model, "0", images[1], strongest)  # (3, 20, 20)
    reach = np.abs(proj).sum(0)
    ys, xs = np.nonzero(reach)
    assert ys.min() >= strongest.y - 1 and ys.max() <= strongest.y + 1  # a 3x3 filter's reach
    assert xs.min() >= strongest.x - 1 and xs.max() <= strongest.x + 1
    assert isinstance(strongest, Hit) and strongest.value == pytest.approx(
        float(activations(model, images[1], ["0"])["0"][strongest.channel].max())
    )


def test_compare_names_removed_channels_and_marks_changed_pixels():
    parent = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.Conv2d(8, 2, 1))
    child = nn.Sequential(nn.Conv2d(3, 5, 3, padding=1), nn.ReLU(), nn.Conv2d(5, 2, 1))
    assert removed_channels(parent, child) == [{"layer": "0", "parent": 8, "child": 5}]
    image = torch.randn(1, 3, 12, 12)
    picture, share = prediction_change(parent, parent, image)
    assert share == 0.0 and picture.shape == (12, 12, 3)
    _, share = prediction_change(parent, child, image)
    assert 0.0 < share <= 1.0


def test_surviving_channels_are_found_by_what_they_compute():
    torch.manual_seed(0)
    parent = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.Conv2d(8, 2, 1))
    kept = [6, 1, 4]  # a pruned child keeps these filters, renumbered, slightly fine-tuned
    child = nn.Sequential(nn.Conv2d(3, 3, 3, padding=1), nn.ReLU(), nn.Conv2d(3, 2, 1))
    with torch.no_grad():
        child[0].weight.copy_(parent[0].weight[kept] * 1.1 + 0.01 * torch.randn(3, 3, 3, 3))
        child[0].bias.copy_(parent[0].bias[kept])
    images = [torch.randn(1, 3, 16, 16) for _ in range(2)]
    found = surviving_channels(parent, child, "0", images)
    assert found["kept"] == kept and (found["parent"], found["child"]) == (8, 3)
    assert min(found["correlation"]) > 0.95
    stranger = nn.Sequential(nn.Conv2d(3, 3, 3, padding=1))  # same shape, unrelated filters
    unrelated = surviving_channels(parent, stranger, "0", images)
    assert unrelated["mean_correlation"] < found["mean_correlation"] - 0.3
    maps = survivor_maps(parent, child, found, images[0], tile=16)
    assert maps.shape[0] > 32 and maps.std() > 0  # parent above child, per channel
    projections = survivor_projections(parent, child, found, images, filters=2, top_k=2, tile=16)
    assert projections.shape[0] > 48  # patch, parent's projection, child's


def test_match_channels_is_the_best_one_to_one_assignment():
    torch.manual_seed(3)
    parent = torch.randn(5, 40)
    child = parent[[0, 0, 3]] + 0.3 * torch.randn(3, 40)  # two children resemble parent 0
    kept, corr = match_channels(parent, child)
    assert len(set(kept)) == 3  # one-to-one
    c = torch.corrcoef(torch.cat([child, parent]))[:3, 3:]
    best = max(itertools.permutations(range(5), 3),
               key=lambda p: sum(float(c[i, j]) for i, j in enumerate(p)))  # fmt: skip
    assert tuple(kept) == best
    assert corr == pytest.approx([float(c[i, j]) for i, j in enumerate(kept)])


def test_visualize_writes_every_picture_and_compares_with_a_descendant(tmp_path: Path):
    run = write_random_run(tmp_path, "enet", n=4, size=(48, 40))
    model, _ = load_model(run)
    with torch.no_grad():
        model.fullconv.weight.mul_(-1)  # a "compressed" descendant that predicts differently
    other = write_random_run(tmp_path, "enet", n=4, size=(48, 40), name="other")
    save_weights(other, model)
    cfg = VisualizeConfig(images=2, filters=2, top_k=2, window=16, stride=8)
    out = visualize(run, tmp_path / "vis", cfg, compare=other, progress=False)
    record = json.loads((out / "visualize.json").read_text())
    assert record["layers"] == default_layers(model) and len(record["layers"]) == 3
    for name in record["files"]:
        picture = np.asarray(Image.open(out / name))
        assert picture.ndim == 3 and picture.std() > 0, name  # not a blank image
    assert {"filters.png", "changes.png"} <= set(record["files"])
    assert record["compare"]["removed_channels"] == []
    assert max(record["compare"]["changed_pixels"]) > 0
    survivors = record["compare"]["survivors"]
    assert [s["layer"] for s in survivors] == record["layers"]
    for s in survivors:  # only the classifier changed: every channel is its own survivor
        assert s["kept"] == list(range(s["parent"])) and s["mean_correlation"] > 0.999
        assert f"survivors_deconv_{s['layer'].replace('.', '_')}.png" in record["files"]


def test_visualize_refuses_unknown_layers_and_classes_in_one_line(tmp_path: Path):
    run = write_random_run(tmp_path, "enet", n=4, size=(48, 40))
    with pytest.raises(VisualizeError, match="no layer 'nope'"):
        visualize(run, tmp_path / "a", VisualizeConfig(layers=("nope",), images=1))
    with pytest.raises(VisualizeError, match="no class 'cat'; classes: c0, c1, c2"):
        visualize(run, tmp_path / "b", VisualizeConfig(target="cat", images=1))
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()
    result = CliRunner().invoke(cli, ["visualize", str(run), "--layers", "nope"])
    assert result.exit_code == 2 and "no layer 'nope'" in result.output
