"""Costs measured together: every model once per round, the median of its round medians, and
each model timed in the runtime its file needs."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import write_random_run

from leanseg.measure import interleaved
from leanseg.measure.interleaved import CostConfig, measure_costs
from leanseg.measure.profile import ProfileConfig, profile

QUICK = CostConfig(size=(40, 48), rounds=3, runs=3, warmup=0, onnx=False)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("interleaved")
    return [write_random_run(root, m, n=2, size=(48, 40), name=m) for m in ("enet", "segnet_basic")]


def test_every_model_is_timed_once_per_round_and_scored_by_its_median_round(runs, monkeypatch):
    rounds = {0: [[1, 2, 3], [1, 2, 3], [7, 8, 9]], 1: [[5, 5, 5], [4, 6, 8], [1, 1, 1]]}
    order: list[int] = []
    seen: dict[int, int] = {}

    def fake_time_calls(fn, warmup, count):  # milliseconds from the table, in seconds
        fn()
        model = seen.setdefault(id(fn), len(seen))
        order.append(model)
        return np.array(rounds[model][order.count(model) - 1]) / 1e3

    monkeypatch.setattr(interleaved, "time_calls", fake_time_calls)
    costs = measure_costs(runs, QUICK, progress=False)
    assert order == [0, 1, 0, 1, 0, 1]
    # Round medians 2, 2, 8 and 5, 6, 1: medians 2 and 5 (the pooled median of the first
    # would be 3, the mean of its round medians 4).
    assert [(c.latency_ms, c.low_ms, c.high_ms) for c in costs] == [(2, 2, 8), (5, 1, 6)]
    assert [c.backend for c in costs] == ["pytorch", "pytorch"]


def test_energy_is_the_profiles_for_the_same_input(runs):
    costs = measure_costs(runs, QUICK, progress=False)
    quick = ProfileConfig(size=(40, 48), runs=1, warmup=0, onnx=False, layers=False)
    expected = [profile(r, quick, progress=False)["energy"]["millijoules"] for r in runs]
    assert [c.energy_mj for c in costs] == pytest.approx(expected, rel=1e-12)
    assert costs[0].energy_mj != costs[1].energy_mj


def _conv_onnx(path: Path) -> None:
    """A 1x1 convolution from `images` to `logits`: enough for ONNX Runtime to time."""
    import onnx
    from onnx import TensorProto, helper

    weight = helper.make_tensor("w", TensorProto.FLOAT, [3, 3, 1, 1], np.eye(3).ravel().tolist())
    x = helper.make_tensor_value_info("images", TensorProto.FLOAT, [1, 3, "h", "w"])
    y = helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, 3, "h", "w"])
    node = helper.make_node("Conv", ["images", "w"], ["logits"])
    graph = helper.make_graph([node], "conv", [x], [y], [weight])
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)]), path)


def test_each_model_runs_where_its_file_does_and_exports_only_if_needed(
    runs, tmp_path, monkeypatch
):
    run = tmp_path / "exported"
    shutil.copytree(runs[0], run)
    _conv_onnx(run / "model.onnx")

    def no_export(*args, **kwargs):
        raise AssertionError("exported although the run has its ONNX file")

    monkeypatch.setattr("leanseg.export.write_onnx", no_export)
    with_onnx = CostConfig(size=(40, 48), rounds=1, runs=1, warmup=0, onnx=True)
    chosen = measure_costs([run, run / "model.onnx", runs[1]], QUICK, progress=False)
    assert [c.backend for c in chosen] == ["pytorch", "onnxruntime", "pytorch"]
    assert measure_costs([run], with_onnx, progress=False)[0].backend == "onnxruntime"
    with pytest.raises(AssertionError, match="exported although"):  # no ONNX file: export
        measure_costs([runs[1]], with_onnx, progress=False)
