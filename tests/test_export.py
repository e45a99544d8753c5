"""The export check: ONNX Runtime against PyTorch on real images, refusing a graph that
disagrees. Nothing is mocked: a disagreeing graph is an exported file with one weight edited."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from conftest import write_pairs_dataset

import leanseg.export as export_module
from leanseg.export import ExportError, compare_backends, export_onnx
from leanseg.models import build_model
from leanseg.runs import ModelHeader, create_run, save_weights


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("export")
    data = write_pairs_dataset(root / "data", n=4)
    torch.manual_seed(0)
    header = ModelHeader("segnet_basic", 3, ["c0", "c1", "c2"], [], 255, dataset=str(data))
    run = create_run(root / "run", header)
    save_weights(run, build_model("segnet_basic", 3))
    return run


def test_agreement_and_logit_difference_are_counted_pixel_by_pixel():
    a = torch.zeros(1, 2, 2, 4)  # (B, C, H, W): class 0 wins every pixel ...
    a[:, 0] = 1.0
    b = a.clone()
    b[0, 1, 0, :3] = 3.0  # ... except 3 of 8 pixels, where b's class 1 wins by 2
    agreement, diff = compare_backends(lambda x: a, lambda x: b, [torch.zeros(1), torch.zeros(1)])
    assert agreement == 5 / 8 and diff == 3.0


def test_a_faithful_export_agrees_exactly(run: Path, tmp_path: Path):
    report = export_onnx(run, tmp_path / "m.onnx", check_images=2)
    assert (report.images, report.agreement) == (1, 1.0) and report.max_logit_diff < 1e-4


@pytest.mark.parametrize("winner", [0, 1])
def test_export_refuses_an_onnx_graph_that_disagrees(run: Path, tmp_path, monkeypatch, winner):
    import onnx
    from onnx import numpy_helper

    real_write = export_module.write_onnx

    def write_then_edit(module, example, path, *args, **kwargs):
        real_write(module, example, path, *args, **kwargs)
        model = onnx.load(str(path))
        (bias,) = [t for t in model.graph.initializer if t.name.endswith("classifier.bias")]
        value = numpy_helper.to_array(bias).copy()
        value[winner] += 100.0  # this class now wins every pixel
        bias.CopyFrom(numpy_helper.from_array(value, bias.name))
        onnx.save(model, str(path))

    monkeypatch.setattr(export_module, "write_onnx", write_then_edit)
    with pytest.raises(ExportError, match="agrees with PyTorch on .*% of pixels"):
        export_onnx(run, tmp_path / "bad.onnx", check_images=2)
    assert not list(tmp_path.iterdir())  # neither the model nor its report
