"""The export check: ONNX Runtime against PyTorch on real images, refusing a graph that
disagrees. Nothing is mocked: a disagreeing graph is an exported file with one weight edited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from conftest import write_pairs_dataset, write_random_run

import leanseg.export as export_module
from leanseg.atomic import OutputError
from leanseg.export import ExportError, compare_backends, export_onnx
from leanseg.models import build_model
from leanseg.runs import ModelHeader, create_run, read_header, save_weights


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    return write_random_run(tmp_path_factory.mktemp("export"), "segnet_basic")


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


def test_defaults_write_beside_the_run_at_opset_18_and_refuse_to_overwrite(tmp_path: Path):
    import onnx

    data = write_pairs_dataset(tmp_path / "data", n=11)  # 10 training images
    header = ModelHeader("segnet_basic", 3, ["c0", "c1", "c2"], [], 255, dataset=str(data))
    run = create_run(tmp_path / "run", header)
    save_weights(run, build_model("segnet_basic", 3))
    report = export_onnx(run, split="train")
    assert report.path == run / "model.onnx" and report.images == 8
    assert report.bytes == (run / "model.onnx").stat().st_size
    model = onnx.load(str(run / "model.onnx"))
    assert [o.version for o in model.opset_import if o.domain == ""] == [18]
    record = json.loads((run / "model.onnx.json").read_text())
    assert record["path"] == str(run / "model.onnx") and record["parent"] == str(run)
    assert record["agreement"] == report.agreement and record["images"] == 8
    with pytest.raises(OutputError, match="model.onnx: file exists; pass --overwrite"):
        export_onnx(run, split="train")
    (run / "model.onnx").unlink()
    with pytest.raises(OutputError, match="model.onnx.json: file exists"):
        export_onnx(run, split="train")
    assert export_onnx(run, split="train", overwrite=True, opset=20).images == 8
    model = onnx.load(str(run / "model.onnx"))
    assert [o.version for o in model.opset_import if o.domain == ""] == [20]
    refusal = "could not write opset 17 \\(it wrote 18\\); choose another --opset$"
    with pytest.raises(ExportError, match=refusal):
        export_onnx(run, split="train", overwrite=True, opset=17)


def test_a_pretrained_model_exports_to_the_working_directory(run: Path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    dataset = read_header(run).dataset
    report = export_onnx("camvid-enet", dataset=dataset, check_images=1)
    assert report.path == tmp_path / "camvid-enet.onnx" and report.path.is_file()


def test_export_failures_name_the_run(run: Path, tmp_path: Path, monkeypatch):
    import onnx

    bare = create_run(tmp_path / "bare", ModelHeader("segnet_basic", 3, list("abc"), [], 255))
    save_weights(bare, build_model("segnet_basic", 3))
    with pytest.raises(ExportError, match="bare: no dataset recorded to check the export on"):
        export_onnx(bare)

    def broken(*args, **kwargs):
        raise RuntimeError("exporter exploded\nsecond line")

    with monkeypatch.context() as m:
        m.setattr(torch.onnx, "export", broken)
        with pytest.raises(
            ExportError, match=f"{run}: ONNX export failed \\(exporter exploded\\)$"
        ):
            export_onnx(run, tmp_path / "x.onnx")
    real_write = export_module.write_onnx

    def mistyped(module, example, path, *args, **kwargs):
        real_write(module, example, path, *args, **kwargs)
        model = onnx.load(str(path))
        model.graph.output[0].type.tensor_type.elem_type = onnx.TensorProto.INT64
        onnx.save(model, str(path))

    monkeypatch.setattr(export_module, "write_onnx", mistyped)
    expected = "y.onnx: onnx.checker rejected the model \\(.*Inferred elem type differs from"
    with pytest.raises(ExportError, match=expected):
        export_onnx(run, tmp_path / "y.onnx")
    assert not (tmp_path / "y.onnx").exists()


def test_the_threshold_itself_passes(run: Path, tmp_path: Path, monkeypatch):
    """Exactly 99.9% agreement is enough (the check is `< 0.999`, not `<=`)."""
    monkeypatch.setattr(export_module, "compare_backends", lambda a, b, images: (0.999, 0.5))
    assert export_onnx(run, tmp_path / "m.onnx").agreement == 0.999


def test_a_single_pixel_is_counted_once():
    one = torch.ones(1, 2, 1, 1)
    assert compare_backends(lambda x: one, lambda x: one, [torch.zeros(1)]) == (1.0, 0.0)


def test_write_onnx_defaults_to_opset_18_and_names_the_model_in_errors(tmp_path, monkeypatch):
    import onnx

    from leanseg.backends import OnnxBackend
    from leanseg.export import write_onnx

    # ENet pads to a multiple of 8: traced at 32x32 as given, torch.export fails or drops the
    # padding; write_onnx traces at an odd size so the graph pads whatever size comes.
    net = build_model("enet", 2).eval()
    x = torch.randn(1, 3, 37, 51)
    with torch.no_grad():
        expected = net(x)
    for size in (32, 34):  # a multiple of 8, and one that is after taking 2 off
        write_onnx(net, torch.zeros(1, 3, size, size), tmp_path / f"m{size}.onnx")
        onnx_out = OnnxBackend(tmp_path / f"m{size}.onnx")(x)
        torch.testing.assert_close(onnx_out, expected, rtol=1e-3, atol=1e-3)
    model = onnx.load(str(tmp_path / "m32.onnx"))
    assert [o.version for o in model.opset_import if o.domain == ""] == [18]
    assert [v.name for v in model.graph.input] == ["images"]  # the names runtimes feed
    assert [v.name for v in model.graph.output] == ["logits"]

    def broken(*args, **kwargs):
        raise RuntimeError("no")

    monkeypatch.setattr(torch.onnx, "export", broken)
    with pytest.raises(ExportError, match="^model: ONNX export failed \\(no\\)$"):
        write_onnx(build_model("segnet_basic", 2), torch.zeros(1, 3, 32, 32), tmp_path / "x.onnx")


def test_the_written_graph_carries_no_source_metadata(run: Path, tmp_path: Path, monkeypatch):
    import onnx

    monkeypatch.chdir(tmp_path)  # a save to a wrong relative path would land here
    path = tmp_path / "m.onnx"
    export_onnx(run, path, check_images=1)
    graph = onnx.load(str(path)).graph
    items = [*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer]
    assert not graph.metadata_props and not any(i.metadata_props for i in items)
    assert not any(i.doc_string for i in items)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.onnx", "m.onnx.json"]


class _PReLUNet(torch.nn.Module):
    """PReLU with a slope per channel and a shared one, as in ENet's blocks."""

    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 8, 3, padding=1)
        self.act = torch.nn.PReLU(8, init=0.2)
        self.shared = torch.nn.PReLU(1, init=-0.3)  # a negative slope: the signs must survive
        with torch.no_grad():
            self.act.weight.uniform_(-0.5, 0.5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.shared(self.act(self.conv(x)))


@pytest.mark.parametrize("optimize", [True, False])
def test_prelu_rewrite_gives_the_same_outputs_bit_for_bit(tmp_path: Path, optimize: bool):
    import onnx

    from leanseg.backends import OnnxBackend

    net = _PReLUNet().eval()
    x = torch.randn(1, 3, 17, 23)
    paths = {rw: tmp_path / f"rewrite-{rw}.onnx" for rw in (False, True)}
    for rw, path in paths.items():
        export_module.write_onnx(net, x, path, optimize=optimize, rewrite=rw)
    ops = {rw: [n.op_type for n in onnx.load(str(p)).graph.node] for rw, p in paths.items()}
    assert ops[False].count("PRelu") == 2 and "PRelu" not in ops[True]
    assert ops[True].count("Neg") == 2 and ops[True].count("Sub") == 2
    slopes = {i.name for i in onnx.load(str(paths[True])).graph.initializer}
    if not optimize:  # the .lsz bundle supplies weights by these names
        assert {"model.act.weight", "model.shared.weight"} <= slopes
    for shape in ((1, 3, 17, 23), (1, 3, 40, 32)):
        images = torch.randn(shape) * 3
        a, b = (OnnxBackend(p)(images) for p in paths.values())
        assert torch.equal(a, b)
        with torch.no_grad():
            pre = net.conv(images)
            assert (pre < 0).any() and (pre > 0).any()  # both branches of PReLU were taken
            torch.testing.assert_close(b, net(images), rtol=1e-5, atol=1e-5)


class _PoolUnpoolNet(torch.nn.Module):
    """SegNet's and ENet's pattern: max-pooling with indices, a convolution, max-unpooling at
    those indices; beside it a plain max-pooling the rewrite must leave alone."""

    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 5, 3, padding=1)
        self.pool = torch.nn.MaxPool2d(2, return_indices=True)
        self.mid = torch.nn.Conv2d(5, 5, 1)
        self.unpool = torch.nn.MaxUnpool2d(2)
        self.plain = torch.nn.MaxPool2d(3, stride=1, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.conv(x)
        pooled, indices = self.pool(y)
        return self.unpool(self.mid(pooled), indices, output_size=y.shape) + self.plain(y)


def test_index_offset_rewrite_drops_the_exporters_1x1_pooling_and_keeps_outputs(tmp_path: Path):
    import onnx

    from leanseg.backends import OnnxBackend

    torch.manual_seed(0)
    net = _PoolUnpoolNet().eval()
    x = torch.randn(1, 3, 17, 23)
    paths = {rw: tmp_path / f"rewrite-{rw}.onnx" for rw in (False, True)}
    for rw, path in paths.items():
        export_module.write_onnx(net, x, path, rewrite=rw)

    def kernels(path: Path) -> list[list[int]]:
        nodes = onnx.load(str(path)).graph.node
        return sorted(list(a.ints) for n in nodes if n.op_type == "MaxPool"
                      for a in n.attribute if a.name == "kernel_shape")  # fmt: skip

    assert kernels(paths[False]) == [[1, 1], [2, 2], [3, 3]]
    assert kernels(paths[True]) == [[2, 2], [3, 3]]
    flat = torch.zeros(1, 3, 20, 30)  # constant windows: every pooling window ties
    for images in (torch.randn(1, 3, 17, 23) * 3, torch.randn(1, 3, 40, 32), flat):
        a, b = (OnnxBackend(p)(images) for p in paths.values())
        assert torch.equal(a, b)
        with torch.no_grad():
            torch.testing.assert_close(b, net(images), rtol=1e-5, atol=1e-5)
