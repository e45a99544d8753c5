"""Post-training int8 quantization in ONNX Runtime, on a real model and real images: the file
holds int8 weights, predicts like its fp32 parent, and every command takes the run."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnx
import pytest
import torch
from click.testing import CliRunner
from conftest import write_random_run
from onnx import numpy_helper

from leanseg.backends import OnnxBackend, TorchBackend
from leanseg.cli import cli
from leanseg.data import load_spec
from leanseg.evaluate import evaluate, validation_set
from leanseg.models import build_model
from leanseg.quantize.ptq import PtqConfig, QuantizationError, quantize_ptq
from leanseg.runs import load_model, read_header


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    return write_random_run(tmp_path_factory.mktemp("quant"), "segnet_basic", 6, (48, 32))


@pytest.fixture(scope="module")
def quantized(run: Path) -> Path:
    return quantize_ptq(run, PtqConfig(images=4), run.parent / "int8", progress=False).run_dir


def test_the_int8_file_holds_int8_weights_per_channel(quantized: Path):
    graph = onnx.load(str(quantized / "model.int8.onnx")).graph
    ops = {n.op_type for n in graph.node}
    assert {"QuantizeLinear", "DequantizeLinear", "Conv"} <= ops
    int8 = [
        numpy_helper.to_array(t) for t in graph.initializer if t.data_type == onnx.TensorProto.INT8
    ]
    weights = sum(a.size for a in int8)
    torch_weights = sum(m.weight.numel() for m in build_model("segnet_basic", 3).modules()
                        if isinstance(m, torch.nn.Conv2d))  # fmt: skip
    assert weights >= torch_weights  # every convolution's weights are stored as int8
    scales = [n for n in graph.node if n.op_type == "DequantizeLinear"]
    assert any(len(n.attribute) and n.attribute[0].name == "axis" for n in scales)


def test_int8_predicts_like_fp32(run: Path, quantized: Path):
    spec = load_spec(read_header(run).dataset)
    model, _ = load_model(run)
    fp32, int8 = TorchBackend(model), OnnxBackend(quantized / "model.int8.onnx")
    agree = []
    for image, _ in validation_set(spec):
        agree.append(
            float((fp32(image[None]).argmax(1) == int8(image[None]).argmax(1)).double().mean())
        )
    assert np.mean(agree) > 0.9
    report = json.loads((quantized / "quantize.json").read_text())
    assert report["bytes"][1] < 0.4 * report["bytes"][0]  # int8 weights: about 4x smaller
    header = read_header(quantized)
    assert header.step == "quantize" and header.parent == str(run.resolve())


def test_evaluate_predict_and_profile_take_the_quantized_run(run: Path, quantized: Path, tmp_path):
    metrics, _, _ = evaluate(quantized, progress=False, out=tmp_path / "ev")
    saved = json.loads((quantized / "metrics.json").read_text())
    assert metrics.miou == pytest.approx(saved["miou"])
    runner = CliRunner()
    images = Path(read_header(run).dataset).parent / "images"
    result = runner.invoke(cli, ["predict", str(images), "--model", str(quantized), "--out",
                                 str(tmp_path / "pred")])  # fmt: skip
    assert result.exit_code == 0, result.output
    args = ["--size", "48x32", "--runs", "1", "--warmup", "0", "--out", str(tmp_path / "prof")]
    result = runner.invoke(cli, ["profile", str(quantized / "model.int8.onnx"), *args])
    assert result.exit_code == 0, result.output


def test_nodes_kept_in_float_are_not_quantized(run: Path, tmp_path):
    cfg = PtqConfig(images=2, keep_float=("Conv",), val_images=1)
    result = quantize_ptq(run, cfg, tmp_path / "float", progress=False)
    graph = onnx.load(str(result.run_dir / "model.int8.onnx")).graph
    int8 = [t for t in graph.initializer if t.data_type == onnx.TensorProto.INT8]
    assert all(np.prod(t.dims) <= 1 for t in int8)  # zero points only: no int8 weights
    assert result.nodes_in_fp32


def test_bad_settings_fail_in_one_line_and_write_nothing(run: Path, tmp_path):
    with pytest.raises(QuantizationError, match="no node or operator type Bogus"):
        quantize_ptq(
            run, PtqConfig(images=1, keep_float=("Bogus",)), tmp_path / "a", progress=False
        )
    assert not (tmp_path / "a" / "model.int8.onnx").exists()
    result = CliRunner().invoke(
        cli, ["quantize", str(run), "--images", "0", "--out", str(tmp_path / "b")]
    )
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "b").exists()
