"""Post-training int8 quantization in ONNX Runtime, on a real model and real images: the file
holds int8 weights, predicts like its fp32 parent, and every command takes the run."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest
import torch
from click.testing import CliRunner
from conftest import randomize_norms, write_random_run, write_self_labelled_run
from onnx import numpy_helper

from leanseg.backends import OnnxBackend, TorchBackend
from leanseg.cli import cli
from leanseg.data import load_spec
from leanseg.evaluate import evaluate, validation_set
from leanseg.export import write_onnx
from leanseg.models import build_model
from leanseg.quantize.bias_correction import correct_biases
from leanseg.quantize.ptq import (
    PtqConfig,
    QuantizationError,
    _preprocess,
    _quantize,
    format_quantize_report,
    quantize_ptq,
)
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
    assert "MaxUnpool" in ops and "ScatterND" not in ops  # the unpooling rewrite
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
    with pytest.raises(QuantizationError, match="no node, operator type or layer Bogus"):
        quantize_ptq(
            run, PtqConfig(images=1, keep_float=("Bogus",)), tmp_path / "a", progress=False
        )
    assert not (tmp_path / "a" / "model.int8.onnx").exists()
    result = CliRunner().invoke(
        cli, ["quantize", str(run), "--images", "0", "--out", str(tmp_path / "b")]
    )
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "b").exists()


def test_bias_correction_restores_the_mean_that_rounding_lost(tmp_path: Path):
    # Activations of about 0.005 beside one of 5.0 per image: the int8 scale (5/255) rounds them
    # all to zero, so the last convolution's output mean falls by its weights times 0.005.
    model = torch.nn.Sequential(
        torch.nn.Conv2d(3, 4, 1), torch.nn.ReLU(), torch.nn.Conv2d(4, 2, 3, padding=1)
    ).eval()
    with torch.no_grad():
        model[0].weight.copy_(torch.eye(4, 3)[:, :, None, None])
        model[0].bias.zero_()
        model[2].weight.uniform_(0.5, 1.0)
        model[2].weight[1] *= -1  # the two output channels shift in opposite directions
    rng = np.random.default_rng(0)
    images = [rng.uniform(0, 0.01, (1, 3, 16, 16)).astype(np.float32) for _ in range(4)]
    for x in images:
        x[0, :, 0, 0] = 5.0
    fp32, prepared, int8 = (tmp_path / f"{n}.onnx" for n in ("fp32", "prepared", "int8"))
    write_onnx(model, torch.from_numpy(images[0]), fp32, rewrite=False)
    _preprocess(fp32, prepared)
    _quantize(prepared, int8, [torch.from_numpy(x) for x in images], PtqConfig(), [])
    corrected = tmp_path / "corrected.onnx"
    corrected.write_bytes(int8.read_bytes())
    assert correct_biases(prepared, corrected, images) == 1  # the exporter drops a zero bias

    def last_conv_means(path: Path) -> np.ndarray:
        # measured at the convolution's own output, before the output is rounded to int8
        model = onnx.load(str(path))
        last = [n for n in model.graph.node if n.op_type == "Conv"][-1].output[0]
        model.graph.output.append(onnx.helper.make_tensor_value_info(last, 1, None))
        session = ort.InferenceSession(model.SerializeToString())
        return np.mean([session.run([last], {"images": x})[0].mean((0, 2, 3)) for x in images], 0)

    want = last_conv_means(prepared)
    before = np.abs(last_conv_means(int8) - want)
    assert before.min() > 0.005  # both channels shifted without the correction
    assert (np.abs(last_conv_means(corrected) - want) < 0.1 * before).all()


def test_bias_correction_skips_float_convolutions_and_a_model_without_biases(tmp_path: Path):
    torch.manual_seed(0)
    images = [torch.rand(1, 3, 12, 12) for _ in range(2)]
    plain = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 3, bias=False), torch.nn.ReLU())
    mixed = torch.nn.Sequential(
        torch.nn.Conv2d(3, 4, 3), torch.nn.ReLU(), torch.nn.Conv2d(4, 2, 1), torch.nn.ReLU(),
        torch.nn.Conv2d(2, 2, 1),
    )  # fmt: skip
    counts = {}
    for name, model, keep_first in (("plain", plain, False), ("mixed", mixed, True)):
        fp32, prepared, int8 = (tmp_path / f"{name}-{n}.onnx" for n in ("fp32", "prep", "int8"))
        write_onnx(model.eval(), images[0], fp32, rewrite=False)
        _preprocess(fp32, prepared)
        first = next(n.name for n in onnx.load(str(prepared)).graph.node if n.op_type == "Conv")
        _quantize(prepared, int8, images, PtqConfig(), [first] if keep_first else [])
        before = int8.read_bytes()
        counts[name] = correct_biases(prepared, int8, [x.numpy() for x in images])
        if name == "plain":
            assert int8.read_bytes() == before  # nothing to correct: the file is not rewritten
    # the first convolution stays float (its bias is no int32 tensor); the two after it move
    assert counts == {"plain": 0, "mixed": 2}


def test_bias_correction_is_recorded_and_can_be_turned_off(run: Path, quantized: Path, tmp_path):
    record = json.loads((quantized / "quantize.json").read_text())
    kept = record["bias_corrected_layers"] > 0
    before, after = record["bias_correction_agreement"]
    assert kept == (after >= before)
    assert f"correction {'kept' if kept else 'rejected'}" in format_quantize_report(quantized)
    args = ["quantize", str(run), "--images", "2", "--val-images", "1", "--no-bias-correction"]
    result = CliRunner().invoke(cli, [*args, "--out", str(tmp_path / "plain")])
    assert result.exit_code == 0, result.output
    assert "no bias correction" in result.output
    report = json.loads((tmp_path / "plain" / "quantize.json").read_text())
    assert report["bias_correction"] is False and report["bias_corrected_layers"] == 0


def test_a_bias_correction_that_moves_predictions_away_from_fp32_is_undone(
    run: Path, tmp_path: Path, monkeypatch
):
    import leanseg.quantize.bias_correction as bc

    plain = quantize_ptq(run, PtqConfig(images=2, val_images=1, bias_correction=False),
                         tmp_path / "plain", progress=False)  # fmt: skip

    def ruin(fp32, int8, images, threads=2):  # every int32 bias far too large
        model = onnx.load(str(int8))
        for _, bias, _ in bc._quantized_biases(model):
            big = np.full(numpy_helper.to_array(bias).shape, 2**30, np.int32)
            bias.CopyFrom(numpy_helper.from_array(big, bias.name))
        onnx.save(model, str(int8))
        return 7

    monkeypatch.setattr(bc, "correct_biases", ruin)
    cfg = PtqConfig(images=2, val_images=1)
    guarded = quantize_ptq(run, cfg, tmp_path / "guarded", progress=False)
    record = json.loads((guarded.run_dir / "quantize.json").read_text())
    before, after = record["bias_correction_agreement"]
    assert record["bias_corrected_layers"] == 0 and after < before
    files = (r.run_dir / "model.int8.onnx" for r in (plain, guarded))
    assert onnx.load(str(next(files))) == onnx.load(str(next(files)))
    monkeypatch.setattr(bc, "correct_biases", lambda *a, **k: 7)  # changes nothing: kept
    kept = quantize_ptq(run, cfg, tmp_path / "kept", progress=False)
    assert json.loads((kept.run_dir / "quantize.json").read_text())["bias_corrected_layers"] == 7


class _InitialBlock(torch.nn.Module):
    """ENet's first block: a batch norm after a concatenation, which stays unfolded."""

    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 5, 3, stride=2, padding=1)
        self.pool = torch.nn.MaxPool2d(3, stride=2, padding=1)
        self.bn = torch.nn.BatchNorm2d(8)
        self.head = torch.nn.Conv2d(8, 2, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.bn(torch.cat([self.conv(x), self.pool(x)], 1)))


def test_the_per_tensor_fallback_of_a_batch_norm_is_not_reported(tmp_path: Path, caplog):
    images = [torch.rand(1, 3, 16, 16) for _ in range(2)]
    fp32, prepared, int8 = (tmp_path / f"{n}.onnx" for n in ("fp32", "prepared", "int8"))
    write_onnx(_InitialBlock().eval(), images[0], fp32, rewrite=False)
    _preprocess(fp32, prepared)
    assert "BatchNormalization" in {n.op_type for n in onnx.load(str(prepared)).graph.node}
    with caplog.at_level("WARNING"):
        _quantize(prepared, int8, images, PtqConfig(), [])
    assert int8.is_file()
    assert not [r for r in caplog.records if "out-of-range" in r.getMessage()]


def _with_random_norms(name: str) -> torch.nn.Module:
    torch.manual_seed(0)
    model = build_model(name, 3).eval()
    randomize_norms(model)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.weight.uniform_(0.5, 1.5)
    return model


@pytest.mark.parametrize("name", ["segnet_basic", "enet"])
def test_folding_batch_norms_keeps_outputs_and_state_dict_keys(name: str):
    from leanseg.quantize.fake_quant import fold_batchnorms

    model = _with_random_norms(name)
    x = torch.randn(2, 3, 32, 48)
    with torch.no_grad():
        before = model(x)
    keys = list(model.state_dict())
    folded = fold_batchnorms(model)
    assert list(model.state_dict()) == keys
    with torch.no_grad():
        torch.testing.assert_close(model(x), before, rtol=1e-4, atol=1e-4)
    if name == "segnet_basic":  # every convolution but the classifier has its batch norm
        assert len(folded) == 8 and "encoder.0.0" in folded
        bn = model.encoder[0][1]
        assert torch.equal(bn.weight, torch.ones(64)) and not bn.weight.requires_grad
        with torch.no_grad():  # training neither uses nor updates batch statistics
            torch.testing.assert_close(model.train()(x), before, rtol=1e-4, atol=1e-4)
        assert torch.equal(bn.running_mean, torch.zeros(64))
    else:  # ENet: the transposed convolutions fold too; the initial block's norm cannot
        assert "up4.ext.3" in folded and not any(f.startswith("initial") for f in folded)


def test_fake_quantized_weights_lie_on_the_int8_grid_and_pass_gradients_straight():
    from leanseg.quantize.fake_quant import fake_quant_weight

    w = torch.randn(4, 3, 3, 3) * torch.tensor([1.0, 0.1, 10.0, 0.01]).view(4, 1, 1, 1)
    w.requires_grad_(True)
    q = fake_quant_weight(w, 0)
    scale = w.detach().abs().amax(dim=(1, 2, 3)) / 127
    steps = q.detach() / scale.view(4, 1, 1, 1)
    assert torch.allclose(steps, steps.round(), atol=1e-3) and steps.abs().max() <= 127.001
    assert (q.detach() - w.detach()).abs().max(dim=1).values.max() > 0  # it does round
    q.sum().backward()
    assert torch.equal(w.grad, torch.ones_like(w))  # the straight-through estimator
    per_tensor = fake_quant_weight(w.detach(), 0, per_channel=False)
    assert torch.equal(per_tensor[3], torch.zeros_like(per_tensor[3]))  # 0.01 << 10 / 127
    t = torch.randn(3, 5, 2, 2)  # a transposed convolution: output channels on axis 1
    steps = fake_quant_weight(t, 1) / (t.abs().amax(dim=(0, 2, 3)) / 127).view(1, 5, 1, 1)
    assert torch.allclose(steps, steps.round(), atol=1e-3)


def test_prepared_model_quantizes_inputs_from_a_running_range_and_releases():
    from leanseg.quantize.fake_quant import prepare_qat, release_qat

    model = _with_random_norms("enet")
    x = torch.randn(1, 3, 32, 48)
    keys = list(model.state_dict())
    count = prepare_qat(model)
    assert count == sum(isinstance(m, torch.nn.Conv2d | torch.nn.ConvTranspose2d)
                        for m in build_model("enet", 3).modules())  # fmt: skip
    assert list(model.state_dict()) == keys  # the run directory's weights stay loadable
    conv = model.initial.conv
    model.train()(x * 2)  # the first batch sets the range, later ones move it by 10%
    first = conv.act_range.clone()
    model(x)
    assert torch.allclose(conv.act_range, 0.9 * first + 0.1 * torch.stack([x.min(), x.max()]))
    assert first[0] < 0 < first[1]
    norm = model.stage1[0].ext[1]  # a folded norm: the fused convolution's output quantizes
    assert norm.act_range[0] < 0 < norm.act_range[1]
    with torch.no_grad():
        quantized = model.eval()(x)
    release_qat(model)
    assert type(model.initial.conv) is torch.nn.Conv2d and type(norm) is torch.nn.BatchNorm2d
    assert not any(name.endswith("act_range") for name, _ in model.named_buffers())
    with torch.no_grad():
        plain = model(x)
    assert 0 < (quantized - plain).abs().max() < plain.abs().max()  # close, not equal


def test_qat_writes_an_int8_run_scored_against_its_parent(run: Path, quantized: Path, tmp_path):
    from leanseg.quantize.qat import TRAINING_DIR

    out = tmp_path / "qat"
    args = ["quantize", str(run), "--method", "qat", "--finetune-epochs", "1", "--images", "2",
            "--set", "batch_size=2", "--out", str(out)]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "quantization-aware training (1 epochs)" in result.output
    assert "bias" not in result.output  # QAT exports are not bias-corrected
    report = json.loads((out / "quantize.json").read_text())
    assert report["method"] == "qat" and report["quantized_convolutions"] == 9
    ptq = json.loads((quantized / "quantize.json").read_text())
    assert report["miou"][0] == pytest.approx(ptq["miou"][0])  # the parent's fp32 figure
    header = read_header(out)
    assert header.step == "quantize" and header.parent == str(run.resolve())
    assert sorted(p.name for p in out.iterdir() if p.suffix == ".onnx") == ["model.int8.onnx"]
    trained, _ = load_model(out / TRAINING_DIR)  # the fine-tuned float weights, folded
    assert torch.equal(trained.encoder[0][1].running_var, torch.full((64,), 1 - 1e-5))
    metrics, _, _ = evaluate(out, progress=False, out=tmp_path / "ev")  # the int8 model
    assert metrics.miou == pytest.approx(report["miou"][1])
    zero = CliRunner().invoke(cli, [*args[:5], "0", "--out", str(tmp_path / "z")])
    assert zero.exit_code == 2 and "use --method ptq" in zero.output
    assert not (tmp_path / "z").exists()


def _outliers_in_the_first_convolution(model: torch.nn.Module) -> None:
    """One weight per filter 100x the others: per-channel int8 rounds most others to 0."""
    with torch.no_grad():
        w = model.encoder[0][0].weight
        w[:, :, 3, 3] = 100 * w.abs().amax(dim=(1, 2, 3))[:, None]


def test_int8_sensitivity_names_the_layer_that_rounding_breaks(tmp_path: Path):
    from leanseg.quantize.sensitivity import int8_sensitivity

    run = write_self_labelled_run(tmp_path / "self", modify=_outliers_in_the_first_convolution)
    result = int8_sensitivity(run, val_images=0, calibration=2, tolerance=0.05,
                              out=tmp_path / "s", progress=False)  # fmt: skip
    assert result["base_miou"] == pytest.approx(1.0)  # folding the norms is exact
    rows = result["layers"]
    assert len(rows) == 9 and rows[0]["layer"] == "encoder.0.0"
    assert rows[0]["drop"] > 0.1 and rows[0]["drop"] > 3 * rows[1]["drop"]
    assert result["keep_float"][0] == "encoder.0.0"
    assert (tmp_path / "s" / "int8-sensitivity.png").stat().st_size > 0
    saved = json.loads((tmp_path / "s" / "int8-sensitivity.json").read_text())
    assert saved["keep_float"] == result["keep_float"]
    args = ["sensitivity", str(run), "--int8", "--images", "2", "--val-images", "0",
            "--tolerance", "0.05", "--out", str(tmp_path / "cli")]  # fmt: skip
    cli_result = CliRunner().invoke(cli, args)
    assert cli_result.exit_code == 0, cli_result.output
    assert "--keep-float encoder.0.0" in cli_result.output


def test_keep_float_takes_pytorch_layer_names(run: Path, tmp_path: Path):
    cfg = PtqConfig(images=2, keep_float=("encoder.0.0", "classifier"), val_images=1)
    result = quantize_ptq(run, cfg, tmp_path / "layers", progress=False)
    graph = onnx.load(str(result.run_dir / "model.int8.onnx")).graph
    float_weights = {i.name for i in graph.initializer if i.data_type == onnx.TensorProto.FLOAT}
    assert {"model.encoder.0.0.weight", "model.classifier.weight"} <= float_weights
    assert "model.encoder.1.0.weight" not in float_weights  # the others are int8
    assert len(result.nodes_in_fp32) == 2


def _zero_point_types(path: Path) -> set[int]:
    """The element types of the activations' zero points (QuantizeLinear's third input)."""
    graph = onnx.load(str(path)).graph
    types = {t.name: t.data_type for t in graph.initializer}
    return {types[n.input[2]] for n in graph.node if n.op_type == "QuantizeLinear"}


def test_activations_are_uint8_by_default_and_int8_on_request(
    run: Path, quantized: Path, tmp_path: Path
):
    assert _zero_point_types(quantized / "model.int8.onnx") == {onnx.TensorProto.UINT8}
    cfg = PtqConfig(images=2, val_images=1, activations="int8")
    signed = quantize_ptq(run, cfg, tmp_path / "s8", progress=False).run_dir
    assert _zero_point_types(signed / "model.int8.onnx") == {onnx.TensorProto.INT8}
    assert json.loads((signed / "quantize.json").read_text())["activations"] == "int8"
    with pytest.raises(QuantizationError, match="activations 'int4'"):
        PtqConfig(activations="int4")


def _activation_scales(path: Path) -> dict[str, float]:
    """The scale of every activation tensor quantized, by the tensor's name."""
    graph = onnx.load(str(path)).graph
    values = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    return {
        n.input[0]: float(values[n.input[1]])
        for n in graph.node
        if n.op_type == "QuantizeLinear" and n.input[0] not in values
    }


def test_operators_with_weights_are_quantized_by_default_and_all_on_request(
    run: Path, quantized: Path, tmp_path: Path
):
    conv = quantized  # the defaults
    every = PtqConfig(images=2, val_images=1, operators="all", calibration="minmax")
    whole = quantize_ptq(run, every, tmp_path / "all", progress=False).run_dir
    graph = onnx.load(str(conv / "model.int8.onnx")).graph
    made_by = {o: n for n in graph.node for o in n.output}

    def source(t: str) -> str:  # the float tensor behind a quantize/dequantize pair
        while t in made_by and made_by[t].op_type in ("QuantizeLinear", "DequantizeLinear"):
            t = made_by[t].input[0]
        return t

    weighted = {source(t) for n in graph.node if n.op_type in ("Conv", "ConvTranspose")
                for t in (*n.input, *n.output)}  # fmt: skip
    assert set(_activation_scales(conv / "model.int8.onnx")) <= weighted
    assert set(_activation_scales(whole / "model.int8.onnx")) - weighted  # ReLUs, pooling, ...
    record = json.loads((conv / "quantize.json").read_text())
    assert (record["operators"], record["calibration"]) == ("conv", "moving-average")
    assert "conv operators" in format_quantize_report(conv)
    with pytest.raises(QuantizationError, match="operators 'some'"):
        PtqConfig(operators="some")


def test_moving_average_ranges_lie_within_the_extremes(run: Path, tmp_path: Path):
    ranges = {}
    for calibration in ("minmax", "moving-average"):
        cfg = PtqConfig(images=3, val_images=1, calibration=calibration)
        out = quantize_ptq(run, cfg, tmp_path / calibration, progress=False).run_dir
        ranges[calibration] = _activation_scales(out / "model.int8.onnx")
    extremes, averaged = ranges["minmax"], ranges["moving-average"]
    assert set(extremes) == set(averaged)
    assert all(averaged[t] <= extremes[t] * (1 + 1e-6) for t in extremes)
    assert any(averaged[t] < extremes[t] * 0.99 for t in extremes)


def test_sharing_slopes_gives_each_prelu_the_mean_of_its_slopes():
    from leanseg.quantize.slopes import share_slopes

    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Conv2d(3, 6, 3), torch.nn.PReLU(6), torch.nn.PReLU(1))
    with torch.no_grad():
        net[1].weight.uniform_(-0.5, 0.5)
    mean = float(net[1].weight.detach().mean())
    assert share_slopes(net) == {"1": pytest.approx(mean)}  # the one-slope PReLU stays
    assert net[1].num_parameters == 1 and float(net[1].weight) == pytest.approx(mean)
    x = torch.randn(1, 3, 9, 9)
    expected = torch.nn.functional.leaky_relu(net[0](x), mean)
    torch.testing.assert_close(net[1](net[0](x)), expected)


def test_share_slopes_writes_a_run_whose_int8_model_keeps_leaky_relu_in_int8(tmp_path: Path):
    enet = write_random_run(tmp_path, "enet", 4, (48, 32), name="enet")
    out = tmp_path / "slopes"
    args = ["share-slopes", str(enet), "--finetune-epochs", "1", "--val-images", "2"]
    result = CliRunner().invoke(cli, args + ["--out", str(out)])
    assert result.exit_code == 0, result.output
    model, header = load_model(out)
    prelus = [m for m in model.modules() if isinstance(m, torch.nn.PReLU)]
    assert header.step == "slopes" and prelus
    assert all(m.num_parameters == 1 for m in prelus)
    assert header.channels and all(p == {"num_parameters": 1} for p in header.channels.values())
    slopes = json.loads((out / "slopes.json").read_text())
    assert len(slopes["slopes"]) == len(prelus) == header.settings["layers"]
    cfg = PtqConfig(images=2, val_images=2, operators="all")
    int8 = quantize_ptq(out, cfg, tmp_path / "int8", progress=False)
    graph = onnx.load(str(int8.run_dir / "model.int8.onnx")).graph
    ops = [n.op_type for n in graph.node]
    assert "PRelu" not in ops and ops.count("LeakyRelu") == len(prelus)
    quantized_in = {n.input[0] for n in graph.node if n.op_type == "QuantizeLinear"}
    leaky = [n for n in graph.node if n.op_type == "LeakyRelu"]
    assert all(n.output[0] in quantized_in for n in leaky)  # int8 in, int8 out
    session = ort.InferenceSession(str(int8.run_dir / "model.int8.onnx"))
    (logits,) = session.run(None, {"images": np.zeros((1, 3, 32, 48), np.float32)})
    assert logits.shape == (1, 3, 32, 48)
    fails = CliRunner().invoke(cli, ["share-slopes", str(run_without_prelu(tmp_path))])
    assert fails.exit_code != 0 and "no PReLU with per-channel slopes" in fails.output
    assert len(fails.output.strip().splitlines()) == 1


def run_without_prelu(root: Path) -> Path:
    return write_random_run(root / "segnet", "segnet_basic", 2, (48, 32), name="segnet")
