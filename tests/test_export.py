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
    report = export_onnx("camvid-segnet_basic", dataset=dataset, check_images=1)
    assert report.path == tmp_path / "camvid-segnet_basic.onnx" and report.path.is_file()


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

    # SegNet-Basic pads to a multiple of 16: traced at 32x32 as given, torch.export fails or
    # drops the padding; write_onnx traces at an odd size so the graph pads whatever size comes.
    net = build_model("segnet_basic", 2).eval()
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
    # One slope is LeakyRelu, whether the slope is a constant (optimize=True) or a named
    # initializer reshaped at run time (optimize=False, the graph of a .lsz bundle)
    leaky = 1
    assert ops[True].count("LeakyRelu") == leaky
    assert ops[True].count("Neg") == 2 - leaky and ops[True].count("Sub") == 2 - leaky
    from leanseg.onnx_rewrites import rewrite_prelu, rewrite_scalar_prelu

    exported = onnx.load(str(paths[False]))
    assert rewrite_scalar_prelu(exported) == leaky and rewrite_scalar_prelu(exported) == 0

    exported = onnx.load(str(paths[False]))
    assert rewrite_prelu(exported) == 2 and rewrite_prelu(exported) == 0
    slopes = {i.name for i in onnx.load(str(paths[True])).graph.initializer}
    if not optimize:  # the .lsz bundle supplies weights by these names; the one slope is
        assert "model.act.weight" in slopes  # LeakyRelu's alpha, so no longer a weight
        assert "model.shared.weight" not in slopes
    for shape in ((1, 3, 17, 23), (1, 3, 40, 32)):
        images = torch.randn(shape) * 3
        a, b = (OnnxBackend(p)(images) for p in paths.values())
        assert torch.equal(a, b)
        with torch.no_grad():
            pre = net.conv(images)
            assert (pre < 0).any() and (pre > 0).any()  # both branches of PReLU were taken
            torch.testing.assert_close(b, net(images), rtol=1e-5, atol=1e-5)


class _ConvNormNet(torch.nn.Module):
    """Convolutions without a bias, each followed by batch norm, as in ENet's bottlenecks."""

    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 6, 3, padding=1, bias=False)
        self.bn = torch.nn.BatchNorm2d(6)
        self.conv2 = torch.nn.Conv2d(6, 4, 1, bias=False)
        with torch.no_grad():
            self.bn.running_mean.uniform_(-1, 1)
            self.bn.running_var.uniform_(0.5, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.conv2(torch.relu(self.bn(self.conv(x))))


def test_zero_biases_computed_at_run_time_are_dropped_and_outputs_kept(tmp_path: Path):
    """Without the optimiser the exporter feeds each bias-free convolution zeros made at run
    time, which keeps ONNX Runtime from folding the batch norm into it; the rewrite drops
    them and the outputs stay the same."""
    import onnx

    from leanseg.backends import OnnxBackend
    from leanseg.onnx_rewrites import rewrite_zero_bias

    net = _ConvNormNet().eval()
    paths = {rw: tmp_path / f"rewrite-{rw}.onnx" for rw in (False, True)}
    for rw, path in paths.items():
        export_module.write_onnx(net, torch.randn(1, 3, 17, 23), path, optimize=False, rewrite=rw)
    plain = onnx.load(str(paths[False]))
    biases = [len(n.input) for n in plain.graph.node if n.op_type == "Conv"]
    assert biases == [3, 3]  # the exporter's computed zeros
    assert rewrite_zero_bias(plain) == 2 and rewrite_zero_bias(plain) == 0
    nodes = onnx.load(str(paths[True])).graph.node
    assert [len(n.input) for n in nodes if n.op_type == "Conv"] == [2, 2]
    assert not {"Expand", "CastLike"} & {n.op_type for n in nodes}
    images = torch.randn(1, 3, 30, 20)
    a, b = (OnnxBackend(p)(images) for p in paths.values())
    # the same function; ONNX Runtime now folds the batch norm, which rounds in the last bits
    torch.testing.assert_close(a, b, rtol=1e-5, atol=1e-6)
    with torch.no_grad():
        torch.testing.assert_close(b, net(images), rtol=1e-5, atol=1e-5)


def test_a_nonzero_or_computed_bias_is_kept():
    import onnx
    from onnx import TensorProto, helper

    from leanseg.onnx_rewrites import rewrite_zero_bias

    def graph(value: float, source: str) -> onnx.ModelProto:
        nodes = [
            helper.make_node("Constant", [], ["c"], value=helper.make_tensor(
                "c", TensorProto.FLOAT, [1], [value])),
            helper.make_node("Expand", [source, "shape"], ["bias"]),
            helper.make_node("Conv", ["x", "w", "bias"], ["y"]),
        ]  # fmt: skip
        inputs = [helper.make_tensor_value_info(n, TensorProto.FLOAT, None) for n in "xw"]
        inputs.append(helper.make_tensor_value_info("shape", TensorProto.INT64, [1]))
        inputs.append(helper.make_tensor_value_info("z", TensorProto.FLOAT, [1]))
        out = [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)]
        return helper.make_model(helper.make_graph(nodes, "g", inputs, out))

    assert rewrite_zero_bias(graph(0.0, "c")) == 1
    assert rewrite_zero_bias(graph(0.5, "c")) == 0  # a real bias
    assert rewrite_zero_bias(graph(0.0, "z")) == 0  # not a constant


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


@pytest.mark.parametrize("optimize", [True, False])
def test_pooling_rewrites_drop_the_1x1_pooling_and_the_scatter_and_keep_outputs(
    tmp_path: Path, optimize: bool
):
    """Also without the optimiser (a `.lsz` bundle's graph), whose constants stay Constant
    nodes; its unpooling is a different scatter, which stays."""
    import onnx

    from leanseg.backends import OnnxBackend

    torch.manual_seed(0)
    net = _PoolUnpoolNet().eval()
    x = torch.randn(1, 3, 17, 23)
    paths = {rw: tmp_path / f"rewrite-{rw}.onnx" for rw in (False, True)}
    for rw, path in paths.items():
        export_module.write_onnx(net, x, path, optimize=optimize, rewrite=rw)

    def kernels(path: Path) -> list[list[int]]:
        nodes = onnx.load(str(path)).graph.node
        return sorted(list(a.ints) for n in nodes if n.op_type == "MaxPool"
                      for a in n.attribute if a.name == "kernel_shape")  # fmt: skip

    assert kernels(paths[False]) == [[1, 1], [2, 2], [3, 3]]
    assert kernels(paths[True]) == [[2, 2], [3, 3]]
    ops = {rw: {n.op_type for n in onnx.load(str(p)).graph.node} for rw, p in paths.items()}
    assert "ScatterND" in ops[False] and "MaxUnpool" not in ops[False]
    assert ("MaxUnpool" in ops[True]) == optimize and ("ScatterND" in ops[True]) != optimize
    flat = torch.zeros(1, 3, 20, 30)  # constant windows: every pooling window ties
    for images in (torch.randn(1, 3, 17, 23) * 3, torch.randn(1, 3, 40, 32), flat):
        a, b = (OnnxBackend(p)(images) for p in paths.values())
        assert torch.equal(a, b)
        with torch.no_grad():
            torch.testing.assert_close(b, net(images), rtol=1e-5, atol=1e-5)


def _probe_graph(
    pool: dict | None = None, starts=(0, 0), ends=(1, 1), axes=(2, 3), steps=(1, 1),
    values_out: bool = False, domain: str = "",
):  # fmt: skip
    """The exporter's index-offset pattern by hand: a 1x1 MaxPool with indices over a tensor
    of any batch and channel count, and the Slice of each plane's first index; `pool` and the
    other arguments break one condition of the pattern at a time."""
    from onnx import TensorProto, helper

    attrs = {"kernel_shape": [1, 1], "strides": [1, 1]} | (pool or {})
    nodes = [
        helper.make_node("MaxPool", ["x"], ["values", "indices"], domain=domain, **attrs),
        helper.make_node("Slice", ["indices", "starts", "ends", "axes", "steps"], ["offsets"]),
    ]
    ints = {"starts": starts, "ends": ends, "axes": axes, "steps": steps}
    inits = [helper.make_tensor(k, TensorProto.INT64, [len(v)], list(v)) for k, v in ints.items()]
    outputs = [helper.make_tensor_value_info("offsets", TensorProto.INT64, ["n", "c", 1, 1])]
    if values_out:
        outputs.append(helper.make_tensor_value_info("values", TensorProto.FLOAT, None))
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", "c", "h", "w"])
    graph = helper.make_graph(nodes, "probe", [x], outputs, inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])


@pytest.mark.parametrize("domain", ["", "ai.onnx"])
def test_the_index_offsets_come_from_the_shape_for_any_batch_and_channel_count(domain: str):
    import numpy as np
    import onnx
    import onnxruntime as ort

    from leanseg.onnx_rewrites import rewrite_index_offsets

    model = _probe_graph(domain=domain)
    rewritten = onnx.ModelProto()
    rewritten.CopyFrom(model)
    assert rewrite_index_offsets(rewritten) == 1
    onnx.checker.check_model(rewritten, full_check=True)  # with shape inference: scalars where due
    assert "MaxPool" not in {n.op_type for n in rewritten.graph.node}
    assert not rewritten.graph.initializer  # the Slice's constants went with it
    model.graph.node[0].domain = ""  # ONNX Runtime runs the original under the default domain
    x = np.zeros((2, 3, 5, 7), np.float32)
    a, b = (ort.InferenceSession(m.SerializeToString())
            .run(None, {"x": x})[0] for m in (model, rewritten))  # fmt: skip
    assert b.dtype == np.int64 and b.shape == (2, 3, 1, 1)
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(b.ravel(), np.arange(6) * 35)


@pytest.mark.parametrize(
    "change",
    [
        {"pool": {"kernel_shape": [2, 2]}},
        {"pool": {"kernel_shape": [1]}},
        {"pool": {"strides": [2, 2]}},
        {"pool": {"dilations": [2, 2]}},
        {"pool": {"pads": [0, 0, 1, 1]}},
        {"pool": {"auto_pad": "SAME_UPPER"}},
        {"pool": {"storage_order": 1}},
        {"values_out": True},
        {"domain": "com.example"},
        {"starts": (0, 1)},
        {"ends": (1, 2)},
        {"axes": (1, 2)},
        {"steps": (1, 2)},
    ],
)
def test_anything_but_the_exporters_index_offset_pattern_is_left_alone(change: dict):
    from leanseg.onnx_rewrites import rewrite_index_offsets

    model = _probe_graph(**change)
    before = model.SerializeToString()
    assert rewrite_index_offsets(model) == 0
    assert model.SerializeToString() == before


def test_only_the_probes_read_by_corner_slices_alone_are_rewritten():
    from onnx import helper

    from leanseg.onnx_rewrites import rewrite_index_offsets

    model = _probe_graph()
    graph = model.graph
    # a second probe, first in the graph, whose indices also feed another operator
    graph.node.insert(0, helper.make_node("MaxPool", ["x"], ["v2", "i2"], kernel_shape=[1, 1]))
    graph.node.insert(1, helper.make_node("Slice", ["i2", "starts", "ends", "axes"], ["o2"]))
    graph.node.insert(2, helper.make_node("Identity", ["i2"], ["i2_copy"]))
    graph.output.extend([helper.make_tensor_value_info(n, 7, None) for n in ("o2", "i2_copy")])
    assert rewrite_index_offsets(model) == 1
    assert [n.op_type for n in graph.node][:3] == ["MaxPool", "Slice", "Identity"]
    assert {i.name for i in graph.initializer} == {"starts", "ends", "axes"}  # still read
    # a Slice without its optional steps is the same corner; one without axes is not
    three = _probe_graph()
    del three.graph.node[1].input[4]
    assert rewrite_index_offsets(three) == 1
    two = _probe_graph()
    del two.graph.node[1].input[3:]
    assert rewrite_index_offsets(two) == 0


def test_defaults_and_valid_padding_still_match_the_pattern_but_computed_slices_do_not():
    from onnx import TensorProto, helper

    from leanseg.onnx_rewrites import rewrite_index_offsets

    bare = _probe_graph()
    del bare.graph.node[0].attribute[:]  # kernel_shape only: strides default to 1
    bare.graph.node[0].attribute.extend([helper.make_attribute("kernel_shape", [1, 1])])
    assert rewrite_index_offsets(bare) == 1
    assert rewrite_index_offsets(_probe_graph(pool={"auto_pad": "VALID"})) == 1
    node_constant = _probe_graph()  # a Constant node, as an export without the optimiser has
    starts = next(t for t in node_constant.graph.initializer if t.name == "starts")
    node_constant.graph.initializer.remove(starts)
    value = helper.make_tensor("v", TensorProto.INT64, [2], [0, 0])
    node_constant.graph.node.insert(0, helper.make_node("Constant", [], ["starts"], value=value))
    assert rewrite_index_offsets(node_constant) == 1
    computed = _probe_graph()  # starts known only at run time
    starts = next(t for t in computed.graph.initializer if t.name == "starts")
    computed.graph.initializer.remove(starts)
    computed.graph.input.append(helper.make_tensor_value_info("given", TensorProto.INT64, [2]))
    computed.graph.node.insert(0, helper.make_node("Identity", ["given"], ["starts"]))
    assert rewrite_index_offsets(computed) == 0


def _unpool_graph(
    reduction: str | None = None, fill: float | None = None, axes=(-1,), index_shape=(-1,),
    data_shape=(-1,), domain: str = "", index_dims=("n", "c", "h", "w"), shape_len=4,
    shape_constant=None,
):  # fmt: skip
    """The exporter's max-unpooling by hand: a ScatterND of values at indices into a flattened
    tensor of zeros of shape `s` (a graph input, or the initializer `shape_constant`), with
    shape annotations on the values in between; each argument breaks one condition of the
    pattern or changes what is known of the shapes."""
    from onnx import TensorProto, helper

    scatter = {"reduction": reduction} if reduction else {}
    zeros = helper.make_node("ConstantOfShape", ["s"], ["zeros"])
    if fill is not None:
        zeros.attribute.append(
            helper.make_attribute("value", helper.make_tensor("v", TensorProto.FLOAT, [1], [fill]))
        )
    nodes = [
        zeros,
        helper.make_node("Reshape", ["zeros", "data_shape"], ["data"]),
        helper.make_node("Reshape", ["i", "index_shape"], ["flat_i"]),
        helper.make_node("Unsqueeze", ["flat_i", "axes"], ["col_i"]),
        helper.make_node("Reshape", ["x", "minus_one"], ["u"]),
        helper.make_node("ScatterND", ["data", "col_i", "u"], ["y"], domain=domain, **scatter),
    ]
    ints = {"data_shape": data_shape, "index_shape": index_shape, "axes": axes, "minus_one": (-1,)}
    if shape_constant is not None:
        ints["s"] = shape_constant
    inits = [helper.make_tensor(k, TensorProto.INT64, [len(v)], list(v)) for k, v in ints.items()]
    inputs = [
        helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", "c", "h", "w"]),
        helper.make_tensor_value_info("i", TensorProto.INT64, index_dims),
    ]
    if shape_constant is None:
        inputs.append(helper.make_tensor_value_info("s", TensorProto.INT64, [shape_len]))
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["m"])
    between = [helper.make_tensor_value_info(name, kind, None) for name, kind in (
        ("zeros", TensorProto.FLOAT), ("data", TensorProto.FLOAT), ("flat_i", TensorProto.INT64),
        ("col_i", TensorProto.INT64), ("u", TensorProto.FLOAT))]  # fmt: skip
    graph = helper.make_graph(nodes, "unpool", inputs, [y], inits, value_info=between)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])


@pytest.mark.parametrize(
    "given",
    [
        {},
        {"fill": 0.0},
        {"shape_constant": (2, 3, 5, 7)},  # the output shape an initializer, not an input
    ],
)
def test_the_scatter_becomes_max_unpool_with_the_same_values_for_any_batch_and_channels(given):
    import numpy as np
    import onnx
    import onnxruntime as ort

    from leanseg.onnx_rewrites import rewrite_max_unpool

    model = _unpool_graph(**given)
    rewritten = onnx.ModelProto()
    rewritten.CopyFrom(model)
    assert rewrite_max_unpool(rewritten) == 1
    onnx.checker.check_model(rewritten, full_check=True)
    ops = [n.op_type for n in rewritten.graph.node]
    assert "MaxUnpool" in ops and "ScatterND" not in ops and "ConstantOfShape" not in ops
    kept = {"minus_one"} | ({"s"} if "shape_constant" in given else set())
    assert {t.name for t in rewritten.graph.initializer} == kept
    assert [v.name for v in rewritten.graph.value_info] == ["u"]  # the others' values are gone
    rng = np.random.default_rng(0)
    n, c, out_h, out_w = 2, 3, 5, 7  # the values land anywhere in their own 5x7 plane
    planes = [p * out_h * out_w + rng.choice(out_h * out_w, 6, replace=False)
              for p in range(n * c)]  # fmt: skip
    feed = {
        "x": rng.standard_normal((n, c, 2, 3)).astype(np.float32),
        "i": np.stack(planes).reshape(n, c, 2, 3).astype(np.int64),
    }
    if "shape_constant" not in given:
        feed["s"] = np.array([n, c, out_h, out_w], np.int64)
    a, b = (ort.InferenceSession(m.SerializeToString()).run(None, feed)[0]
            for m in (model, rewritten))  # fmt: skip
    assert b.shape == (n * c * out_h * out_w,)
    np.testing.assert_array_equal(a, b)
    assert np.count_nonzero(b) == feed["x"].size


def test_an_operator_shape_inference_does_not_know_does_not_stop_the_unpool_rewrite():
    import onnx
    from onnx import TensorProto, helper

    from leanseg.onnx_rewrites import rewrite_max_unpool

    model = _unpool_graph()
    model.graph.node.append(helper.make_node("Tag", ["y"], ["tagged"], domain="com.example"))
    model.graph.output.append(helper.make_tensor_value_info("tagged", TensorProto.FLOAT, ["m"]))
    with pytest.raises(onnx.shape_inference.InferenceError):  # no opset for it: inference fails
        onnx.shape_inference.infer_shapes(model)
    assert rewrite_max_unpool(model) == 1  # from the shapes the graph declares
    assert [n.op_type for n in model.graph.node][-2:] == ["Reshape", "Tag"]


@pytest.mark.parametrize(
    "change",
    [
        {"reduction": "add"},
        {"fill": 1.0},
        {"axes": (0,)},
        {"index_shape": (1, -1)},
        {"data_shape": (-1, 1)},
        {"domain": "com.example"},
        {"index_dims": None},
        {"index_dims": ("n", "c", "w")},
        {"shape_len": 3},
        {"shape_len": "k"},
    ],
)
def test_anything_but_the_exporters_unpooling_scatter_is_left_alone(change: dict):
    from leanseg.onnx_rewrites import rewrite_max_unpool

    model = _unpool_graph(**change)
    before = model.SerializeToString()
    assert rewrite_max_unpool(model) == 0
    assert model.SerializeToString() == before


def test_prelu_rewrite_handles_unnamed_nodes_and_the_explicit_default_domain():
    import numpy as np
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper

    from leanseg.onnx_rewrites import rewrite_prelu

    slope = helper.make_tensor("slope", TensorProto.FLOAT, [2, 1, 1], [0.25, -0.5])
    nodes = [helper.make_node("PRelu", ["x", "slope"], ["a"]),
             helper.make_node("PRelu", ["a", "slope"], ["y"], domain="ai.onnx")]  # fmt: skip
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 2, 3, 3])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2, 3, 3])
    graph = helper.make_graph(nodes, "prelus", [x], [y], [slope])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    rewritten = onnx.ModelProto()
    rewritten.CopyFrom(model)
    assert rewrite_prelu(rewritten) == 2
    onnx.checker.check_model(rewritten, full_check=True)  # unique names although none were given
    model.graph.node[1].domain = ""
    images = np.random.default_rng(0).standard_normal((1, 2, 3, 3)).astype(np.float32)
    a, b = (ort.InferenceSession(m.SerializeToString()).run(None, {"x": images})[0]
            for m in (model, rewritten))  # fmt: skip
    np.testing.assert_array_equal(a, b)
