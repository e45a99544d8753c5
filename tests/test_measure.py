"""Cost figures checked against hand computation and against torch's own counters."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch
from click.testing import CliRunner
from torch import nn

from leanseg.cli import cli
from leanseg.measure import peak
from leanseg.measure.budget import BudgetError, judge, parse_limit
from leanseg.measure.energy import EnergyConstants, model_energy, to_millijoules
from leanseg.measure.macs import LayerCost, count_flops, layer_costs
from leanseg.measure.memory import largest_activation_bytes, rss_increase_bytes
from leanseg.measure.profile import ProfileConfig, profile
from leanseg.models import MODELS, build_model
from leanseg.runs import ModelHeader, create_run, load_model, save_weights


def _stack() -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(3, 8, 3, padding=1),  # 10x12 out: 120 * 8 * 3 * 9 = 25920 MACs
        nn.ReLU(),
        nn.Conv2d(8, 4, 1),  # 120 * 4 * 8 = 3840
        nn.Conv2d(4, 6, 3, stride=2, padding=1),  # 5x6 out: 30 * 6 * 4 * 9 = 6480
        nn.Conv2d(6, 6, 3, padding=1, groups=6),  # depthwise: 30 * 6 * 1 * 9 = 1620
        nn.ConvTranspose2d(6, 4, 2, stride=2, groups=2),  # 30 * 6 inputs * 2 out per group * 4
    )


def test_macs_of_a_conv_stack_equal_the_hand_computed_values():
    model = _stack()
    x = torch.randn(1, 3, 10, 12)
    costs = layer_costs(model, x)
    assert [c.macs for c in costs] == [25920, 3840, 6480, 1620, 1440]
    assert all(type(c.macs) is int for c in costs)  # counts, not floats from `/`
    assert count_flops(model, x) == 2 * (25920 + 3840 + 6480 + 1620 + 1440)


def test_zeroed_weights_lower_effective_macs_exactly():
    model = _stack()
    with torch.no_grad():
        model[0].weight.view(-1)[:54] = 0  # 54 of 216 weights
    costs = layer_costs(model, torch.randn(1, 3, 10, 12))
    assert costs[0].effective_macs == 25920 * 162 // 216 == 19440
    assert costs[1].effective_macs == costs[1].macs


def test_every_field_of_a_layer_cost():
    model = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.Conv2d(8, 2, (5, 1), padding=(2, 0)))
    with torch.no_grad():
        model[0].weight.view(-1)[:54] = 0  # 54 of 216 weights; the 8 biases stay non-zero
    first, second = layer_costs(model, torch.randn(1, 3, 10, 12))
    assert first == LayerCost(
        "0", "Conv2d", params=224, nonzero_params=170, macs=25920, effective_macs=19440,
        input_elements=360, output_elements=960, weight_elements=216, nonzero_weights=162,
        in_channels=3, out_channels=8, kernel_h=3, kernel_w=3,
    )  # fmt: skip
    assert (second.name, second.kernel_h, second.kernel_w, second.macs) == ("1", 5, 1, 240 * 8 * 5)
    assert all(isinstance(v, int) for v in (first.macs, first.effective_macs, second.macs))
    (tiny,) = layer_costs(nn.Conv2d(1, 1, 1), torch.randn(1, 1, 3, 3))  # one weight
    assert (tiny.macs, tiny.effective_macs, tiny.weight_elements) == (9, 9, 1)
    (line,) = layer_costs(nn.Conv1d(4, 6, 3, groups=2), torch.randn(1, 4, 10))
    assert (line.macs, line.kernel_h, line.kernel_w) == (8 * 6 * 2 * 3, 3, 3)
    (linear,) = layer_costs(nn.Linear(12, 5), torch.randn(2, 12))
    assert (linear.macs, linear.params, linear.in_channels, linear.out_channels) == (120, 65, 12, 5)
    assert (linear.kernel_h, linear.kernel_w, linear.input_elements) == (1, 1, 24)
    assert count_flops(nn.Linear(12, 5), torch.randn(2, 12)) == 240


def test_energy_model_reproduces_a_hand_worked_layer():
    conv = nn.Conv2d(2, 3, 3, padding=1, bias=False)
    (cost,) = layer_costs(conv, torch.randn(1, 2, 4, 4))
    # I = 32 inputs, O = 48 outputs, W = 54 weights, M = 48 * 2 * 9 = 864, one tile each way.
    # RF 4M = 3456; array 32*3 + 48*3 + 54 = 294; buffer 54 + 32 + 2*48 = 182; DRAM 54+32+48 = 134
    # E = 864 + 3456*1 + 294*2 + 182*6 + 134*200 = 32800
    total, (layer,) = model_energy([cost])
    assert (layer.rf, layer.array, layer.buffer, layer.dram) == (3456, 294, 182, 134)
    assert total == 32800
    cheap_dram = EnergyConstants(dram=100.0)
    assert model_energy([cost], cheap_dram)[0] == 32800 - 134 * 100


def test_energy_of_a_tiled_layer_with_distinct_constants():
    conv = nn.Conv2d(30, 20, (3, 1), padding=(1, 0), bias=False)
    (cost,) = layer_costs(conv, torch.randn(1, 30, 5, 4))
    # I = 600, O = 400, W = 1800, M = 400 * 30 * 3 = 36000; t_out = ceil(20/14) = 2 output-
    # channel tiles, t_in = ceil(30/12) = 3 input-channel tiles, k_h = 3 filter rows.
    # array 600*2*3 + 400*3*3 + 1800 = 9000; buffer 1800 + 600*2 + 2*400*3 = 5400;
    # DRAM 1800 + 600 + 400 = 2800; RF 4 * 36000 = 144000.
    c = EnergyConstants(mac=1.5, rf=1.1, array=2.3, buffer=5.7, dram=190.0, mac_pj=2.0)
    total, (layer,) = model_energy([cost], c)
    assert (layer.macs, layer.rf, layer.array, layer.buffer, layer.dram) == (
        36000,
        144000,
        9000,
        5400,
        2800,
    )
    expected = 36000 * 1.5 + 144000 * 1.1 + 9000 * 2.3 + 5400 * 5.7 + 2800 * 190.0
    assert total == pytest.approx(expected) and layer.energy == pytest.approx(expected)
    assert model_energy([cost, cost], c)[0] == pytest.approx(2 * expected)
    assert layer.to_dict()["dram"] == 2800 and layer.name == cost.name == ""
    assert to_millijoules(1e9) == pytest.approx(4.6)  # 4.6 pJ per MAC by default
    assert to_millijoules(1e9, c) == pytest.approx(2.0)


def test_largest_activation_and_rss_increase():
    model = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
    size, layer = largest_activation_bytes(model, torch.randn(1, 3, 32, 32))
    assert size == 16 * 32 * 32 * 4 and layer == "0"
    grown = rss_increase_bytes(lambda: np.ones(60_000_000 // 8).sum())
    assert grown >= 40_000_000


def test_peak_rate_is_cached(monkeypatch):
    monkeypatch.setattr(peak, "measure_peak_macs", lambda threads: 1e9 * threads)
    assert peak.peak_macs_per_second(3) == 3e9
    monkeypatch.setattr(peak, "measure_peak_macs", lambda threads: pytest.fail("not cached"))
    assert peak.peak_macs_per_second(3) == 3e9
    assert "|3" in (peak.cache_dir() / "peak_macs.json").read_text()


def test_budget_limits_parse_and_judge():
    assert parse_limit("size", "10MB") == 1e7 and parse_limit("size", "1.5 MiB") == 1.5 * 2**20
    assert parse_limit("latency", "1s") == 1000.0 and parse_limit("latency", "50ms") == 50.0
    assert parse_limit("energy", "2mJ") == 2.0
    with pytest.raises(BudgetError, match="cannot read size limit '10 parsecs'"):
        parse_limit("size", "10 parsecs")
    report = {
        "bytes": {"safetensors": 4_000_000, "onnx": 3_000_000},
        "latency": {"pytorch": {"median_ms": 900.0}, "onnxruntime": {"median_ms": 120.0}},
        "energy": {"millijoules": 7.0},
    }
    size, latency, energy = judge(report, "3.5MB", "100ms", "10mJ")
    assert size.passed and size.measured_on == "onnx"
    assert not latency.passed and latency.value == 120.0
    assert energy.passed


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    torch.manual_seed(0)
    model = build_model("segnet_basic", 4)
    with torch.no_grad():
        model.encoder[1][0].weight.zero_()
    header = ModelHeader("segnet_basic", 4, ["a", "b", "c", "d"], [[0, 0, 0]] * 4, 255)
    save_weights(create_run(tmp_path / "run", header), model)
    return tmp_path / "run"


def test_profile_of_a_run_directory(run_dir: Path):
    r = profile(run_dir, ProfileConfig(size=(64, 96), warmup=1, runs=2), progress=False)
    assert r["bytes"] == {"safetensors": (run_dir / "model.safetensors").stat().st_size}
    # SegNet-Basic, 4 classes, by hand: conv 3->64 7x7 (9472) and 7 convs 64->64 7x7 (200768
    # each), each with a batch norm (128), and a 1x1 classifier 64->4 (260).
    assert r["params"] == 9472 + 128 + 7 * (200768 + 128) + 260 == 1416132
    # zero: the weights zeroed above, and the 8 batch norms' biases (initialised at 0)
    assert r["nonzero_params"] == r["params"] - 64 * 64 * 49 - 8 * 64
    assert r["effective_macs"] < r["macs"] and r["flops"] == 2 * r["macs"]
    for backend in ("pytorch", "onnxruntime"):
        lat = r["latency"][backend]
        assert 0 < lat["median_ms"] <= lat["p90_ms"] and lat["threads"] == 2
        assert 0 < r["compute_bound"][f"{backend}_fraction"]
    ops = r["onnxruntime_operators"]  # SegNet-Basic's time is in its 7x7 convolutions
    assert ops["runs"] == 2 and ops["by_type"][0]["name"] in ("Conv", "FusedConv")
    model, _ = load_model(run_dir)
    total, layers = model_energy(layer_costs(model, torch.randn(1, 3, 64, 96)))
    assert r["energy"]["units"] == total
    shares = {layer["name"]: layer["energy_share"] for layer in r["layers"]}
    assert shares == {e.name: pytest.approx(e.energy / total) for e in layers}
    conv_time = [layer["latency_share"] for layer in r["layers"]]
    assert len(conv_time) == 9 and all(t > 0 for t in conv_time)  # the profiler saw each conv
    assert sum(conv_time) > 0.5  # 7x7 convolutions dominate SegNet-Basic's time
    # the largest activation: a (1, 64, 64, 96) float32 map after the first convolution
    assert r["memory"]["largest_activation_bytes"] == 64 * 64 * 96 * 4


def test_cli_profile_budget_pass_and_fail(run_dir: Path, tmp_path: Path):
    args = ["profile", str(run_dir), "--size", "64x48", "--runs", "1", "--warmup", "0", "--no-onnx"]
    ok = CliRunner().invoke(
        cli,
        [*args, "--max-size", "10MB", "--max-latency", "10s", "--json", str(tmp_path / "p.json")],
    )
    assert ok.exit_code == 0, ok.output
    assert "PASS size" in ok.output and "PASS latency" in ok.output
    assert json.loads((tmp_path / "p.json").read_text())["budget"][0]["passed"] is True
    saved = run_dir / "profile-64x48-2t"
    assert json.loads((saved / "profile.json").read_text())["input"] == [48, 64]
    assert json.loads((saved / "lineage.json").read_text())["parent"] == str(run_dir)
    again = CliRunner().invoke(cli, [*args, "--max-size", "100KB"])
    assert again.exit_code == 2 and "profile-64x48-2t: folder exists" in again.output
    bad = CliRunner().invoke(cli, [*args, "--max-size", "100KB", "--overwrite"])
    assert bad.exit_code == 1 and "FAIL size" in bad.output
    typo = CliRunner().invoke(cli, [*args, "--max-latency", "fast"])
    assert typo.exit_code == 2 and "cannot read latency limit" in typo.output


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(MODELS))
def test_profile_runs_on_every_registered_model(name: str):
    entry = MODELS[name]
    model = build_model(name, entry.ref_classes)
    r = profile(
        model,
        ProfileConfig(size=(64, 64), warmup=0, runs=1, onnx=False, layers=False),
        progress=False,
    )
    assert r["macs"] > 0 and r["flops"] == 2 * r["macs"]  # hooks agree with torch's counter
    assert abs(r["params"] - entry.ref_params) / entry.ref_params < 0.02  # the paper's count
    assert r["bytes"]["safetensors"] > 4 * r["params"]
    assert r["energy"]["millijoules"] > 0


def test_operator_profile_sums_kernel_events_by_type_and_node():
    from leanseg.measure.ort_profile import kernel_events, summarise

    def kernel(node: str, op: str, us: float) -> dict:
        return {"cat": "Node", "name": f"{node}_kernel_time", "dur": us, "args": {"op_name": op}}

    trace = [
        {"cat": "Session", "name": "model_run", "dur": 5000},
        {"cat": "Node", "name": "conv1_fence_before", "dur": 1, "args": {"op_name": "Conv"}},
        kernel("conv1", "Conv", 600), kernel("conv2", "Conv", 200), kernel("act", "PRelu", 200),
        kernel("conv1", "Conv", 400), kernel("conv2", "Conv", 200), kernel("act", "PRelu", 400),
    ]  # fmt: skip
    events = kernel_events(trace)
    assert events[0] == ("conv1", "Conv", 600.0) and len(events) == 6
    p = summarise(events, runs=2)
    assert p.total_ms == pytest.approx(1.0)  # 2000 us over 2 runs
    assert [(t.name, t.nodes, t.ms, t.share) for t in p.by_type] == [
        ("Conv", 2, pytest.approx(0.7), pytest.approx(0.7)),
        ("PRelu", 1, pytest.approx(0.3), pytest.approx(0.3)),
    ]
    assert [t.name for t in p.by_node] == ["conv1", "act", "conv2"]
    assert p.by_node[0].ms == pytest.approx(0.5) and p.by_node[0].op_type == "Conv"


def test_operator_profile_of_a_real_session(tmp_path: Path):
    from leanseg.errors import LeansegError
    from leanseg.export import write_onnx
    from leanseg.measure.ort_profile import operator_profile

    net = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
    write_onnx(net, torch.randn(1, 3, 33, 33), tmp_path / "m.onnx")
    p = operator_profile(tmp_path / "m.onnx", np.zeros((1, 3, 32, 32), np.float32), 1, runs=3)
    types = {t.name for t in p.by_type}
    assert "MaxPool" in types and types & {"Conv", "FusedConv"}
    assert p.runs == 3 and p.total_ms > 0
    assert sum(t.share for t in p.by_type) == pytest.approx(1.0)
    assert sum(t.ms for t in p.by_node) == pytest.approx(p.total_ms)
    with pytest.raises(LeansegError, match="no such ONNX file"):
        operator_profile(tmp_path / "missing.onnx", np.zeros((1, 3, 8, 8), np.float32), 1)
