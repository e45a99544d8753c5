"""Graph rewrites applied at export: the same outputs, bit for bit, from operators that ONNX
Runtime runs faster on the CPU (PRelu below, and as LeakyRelu where it has one slope in
`rewrite_scalar_prelu`; the exporter's index offsets of max-pooling with indices in
`rewrite_index_offsets`; its max-unpooling in `rewrite_max_unpool`).

ONNX Runtime's per-operator profile of ENet (`leanseg profile`) puts 44% of its kernel time in
its 89 PRelu nodes: PRelu has no kernel in the blocked NCHWc layout that the CPU convolutions
use, so every PRelu also pays for a reorder out of that layout and back. Written as
`Relu(x) - slope * Relu(-x)`, every operator stays in the blocked layout and the first Relu fuses
into the convolution before it. The result is exact: for x > 0 it is `x - slope * 0 = x`, for
x < 0 it is `0 - slope * (-x) = slope * x` (negation and multiplication by zero are exact).
"""

from __future__ import annotations

import math

import numpy as np
from onnx import ModelProto, TensorProto, helper, numpy_helper, shape_inference


def rewrite_prelu(model: ModelProto) -> int:
    """Replace every PRelu node of the main graph, in place, by Relu(x) - slope * Relu(-x);
    returns how many were replaced. The slope input keeps its name, so initializers (and the
    weights a `.lsz` file supplies by name) are untouched."""
    graph = model.graph
    rewritten = []
    count = 0
    for node in graph.node:
        if node.op_type != "PRelu" or node.domain not in ("", "ai.onnx"):
            rewritten.append(node)
            continue
        x, slope = node.input
        (y,) = node.output
        b = f"{node.name or y}_prelu"
        rewritten += [
            helper.make_node("Relu", [x], [f"{b}_pos"], name=f"{b}_relu"),
            helper.make_node("Neg", [x], [f"{b}_negx"], name=f"{b}_neg"),
            helper.make_node("Relu", [f"{b}_negx"], [f"{b}_negpart"], name=f"{b}_relu_neg"),
            helper.make_node("Mul", [f"{b}_negpart", slope], [f"{b}_scaled"], name=f"{b}_mul"),
            helper.make_node("Sub", [f"{b}_pos", f"{b}_scaled"], [y], name=f"{b}_sub"),
        ]
        count += 1
    del graph.node[:]
    graph.node.extend(rewritten)
    return count


def rewrite_scalar_prelu(model: ModelProto) -> int:
    """Replace every PRelu node whose slope is one value by LeakyRelu with that slope as
    `alpha`, in place; returns how many were replaced. The same function (both are x for
    x >= 0 and slope * x below; alpha is a float32 attribute, so exact), but ONNX Runtime fuses
    LeakyRelu into the convolution before it in float, and runs it in int8 (QLinearLeakyRelu)
    where PRelu forces a dequantize and quantize around it (`leanseg share-slopes` makes ENet's
    slopes one per layer). The slope is a one-element initializer, or one reshaped on its way
    (an export without the ONNX optimiser, as a `.lsz` bundle's graph is, reshapes every slope
    at run time); a slope left out of the graph (external data) stays PRelu."""
    graph = model.graph
    slopes = {
        t.name: float(numpy_helper.to_array(t).ravel()[0])
        for t in graph.initializer
        if t.data_location != TensorProto.EXTERNAL and math.prod(t.dims) == 1
    }
    producer = {out: node for node in graph.node for out in node.output}
    nodes, count = [], 0
    for node in graph.node:
        is_prelu = node.op_type == "PRelu" and node.domain in ("", "ai.onnx")
        alpha = slopes.get(_origin(node.input[1], producer, _SHAPE_ONLY)) if is_prelu else None
        if alpha is not None:
            node = helper.make_node("LeakyRelu", [node.input[0]], list(node.output),
                                    name=node.name, alpha=alpha)  # fmt: skip
            count += 1
        nodes.append(node)
    if count:
        del graph.node[:]
        graph.node.extend(nodes)
        _drop_dead_nodes(model)
    return count


# operators that change a tensor's shape but not its values: a one-element tensor stays one value
_SHAPE_ONLY = {"Reshape", "Unsqueeze", "Squeeze", "Flatten", "Identity", "Expand"}


def rewrite_zero_bias(model: ModelProto) -> int:
    """Drop the bias input of every Conv whose bias is zeros computed at run time, in place;
    returns how many were dropped. Without the ONNX optimiser (a `.lsz` bundle's graph) the
    exporter gives each convolution without a bias an `Expand(CastLike(0, x), ...)` of zeros;
    a bias ONNX Runtime cannot see as constant stops it folding the batch norm after the
    convolution into it. A Conv without a bias adds nothing: the same function (ONNX Runtime's
    folded batch norm then rounds differently in the last bits, as in an optimised export)."""
    graph = model.graph
    producer = {out: node for node in graph.node for out in node.output}
    count = 0
    for node in graph.node:
        if node.op_type != "Conv" or len(node.input) < 3 or not node.input[2]:
            continue
        source = producer.get(_origin(node.input[2], producer, {"Expand", "CastLike", "Cast"}))
        if source is not None and source.op_type == "Constant" and _is_float_zero(source, False):
            del node.input[2]
            count += 1
    if count:
        _drop_dead_nodes(model)
    return count


def rewrite_index_offsets(model: ModelProto) -> int:
    """Replace the exporter's per-plane index offsets, in place; returns how many were replaced.

    PyTorch's `max_pool2d(..., return_indices=True)` counts indices within each (image, channel)
    plane, ONNX's MaxPool across the whole tensor. The exporter converts by running a second
    MaxPool with a 1x1 kernel and an Indices output over the whole input, only to slice the index
    of each plane's first element, `(n * C + c) * H * W`, out of it: on ENet, a full-resolution
    pass with indices for two numbers per plane. Here that pair (MaxPool, Slice of `[0:1, 0:1]`
    on axes 2 and 3) becomes `Range(0, N * C) * (H * W)` reshaped to `(N, C, 1, 1)`: the same
    int64 values from the input's shape alone."""
    graph = model.graph
    constants = _constants(graph)
    consumers: dict[str, list] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    used = {o.name for o in graph.output} | set(consumers)
    replaced: dict[str, list] = {}  # Slice output -> nodes computing it
    dropped = set()
    for node in graph.node:
        if not _is_index_probe(node, used):
            continue
        slices = consumers.get(node.output[1], [])
        if not slices or not all(_is_corner_slice(s, constants) for s in slices):
            continue
        dropped.add(id(node))
        for s in slices:
            dropped.add(id(s))
            replaced[s.output[0]] = _plane_offsets(node.input[0], s.output[0])
    if not replaced:
        return 0
    rewritten = []
    for node in graph.node:
        if id(node) not in dropped:
            rewritten.append(node)
            continue
        if node.op_type == "Slice":
            rewritten += replaced[node.output[0]]
    del graph.node[:]
    graph.node.extend(rewritten)
    _drop_dead_nodes(model)  # the Slices' starts, ends and axes
    return len(replaced)


def _is_index_probe(node, used: set[str]) -> bool:
    """A MaxPool with a 1x1 kernel, unit strides and no padding whose values go unused."""
    if node.op_type != "MaxPool" or node.domain not in ("", "ai.onnx") or len(node.output) != 2:
        return False
    attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
    ones = [1] * len(attrs.get("kernel_shape", []))
    return (
        len(ones) == 2
        and attrs["kernel_shape"] == ones
        and attrs.get("strides", ones) == ones
        and attrs.get("dilations", ones) == ones
        and not any(attrs.get("pads", []))
        and attrs.get("auto_pad", b"NOTSET") in (b"NOTSET", b"VALID")
        and attrs.get("storage_order", 0) == 0
        and node.output[0] not in used
    )


def _is_corner_slice(node, constants: dict) -> bool:
    """Slice(x, starts=[0, 0], ends=[1, 1], axes=[2, 3]) with unit or absent steps."""
    if node.op_type != "Slice" or len(node.input) < 4:
        return False
    values = [constants.get(name) for name in node.input[1:]]
    if any(v is None for v in values):
        return False
    starts, ends, axes, *steps = (v.reshape(-1).tolist() for v in values)
    steps = steps[0] if steps else []
    return starts == [0, 0] and ends == [1, 1] and axes == [2, 3] and all(v == 1 for v in steps)


def _plane_offsets(x: str, out: str) -> list:
    """Nodes computing `(n * C + c) * H * W` from the shape of `x` as the int64 tensor `out`
    of shape (N, C, 1, 1)."""
    b = f"{out}_offsets"

    def const(name: str, values: list[int], dims: list[int]):
        tensor = helper.make_tensor(f"{b}_{name}", TensorProto.INT64, dims, values)
        return helper.make_node("Constant", [], [f"{b}_{name}"], name=f"{b}_{name}", value=tensor)

    def op(kind: str, inputs: list[str], name: str, result: str | None = None, **attrs):
        inputs = [f"{b}_{i}" if i != x else x for i in inputs]
        return helper.make_node(
            kind, inputs, [result or f"{b}_{name}"], name=f"{b}_{name}", **attrs
        )

    return [
        const("start", [0], []), const("step", [1], []),
        const("nc_from", [0], [1]), const("nc_to", [2], [1]), const("hw_to", [4], [1]),
        const("ones", [1, 1], [2]),
        op("Shape", [x], "shape"),
        op("Slice", ["shape", "nc_from", "nc_to"], "nc"),
        op("Slice", ["shape", "nc_to", "hw_to"], "hw"),
        op("ReduceProd", ["nc"], "planes", keepdims=0),
        op("ReduceProd", ["hw"], "area", keepdims=0),
        op("Range", ["start", "planes", "step"], "plane"),
        op("Mul", ["plane", "area"], "first"),
        op("Concat", ["nc", "ones"], "target", axis=0),
        op("Reshape", ["first", "target"], "reshape", result=out),
    ]  # fmt: skip


def rewrite_max_unpool(model: ModelProto) -> int:
    """Replace the exporter's max-unpooling, in place, by ONNX's MaxUnpool; returns how many.

    PyTorch's `max_unpool2d` exports as a ScatterND of a vector of values `u` into a flattened
    tensor of zeros: `ScatterND(Reshape(ConstantOfShape(S), [-1]), Unsqueeze(Reshape(I, [-1]),
    [-1]), u)`, where `I` already holds indices into the whole zeros tensor (the exporter adds
    the plane offsets) and `u` has one value per index. `MaxUnpool(Reshape(u, Shape(I)), I,
    output_shape=S)` flattened is the same tensor: zeros of shape S with the same values written
    at the same indices in the same order, by a kernel ONNX Runtime runs faster."""
    graph = model.graph
    constants = _constants(graph)
    producer = {name: node for node in graph.node for name in node.output}
    matches = [(n, m) for n in graph.node if (m := _unpool_parts(n, producer, constants))]
    if not matches:
        return 0
    ranks = _ranks(model)
    replaced: dict[int, list] = {}
    for node, (shape, indices, values) in matches:
        rank = ranks.get(indices)
        if rank is None or not 3 <= rank <= 5 or ranks.get(f"{shape}:len") != rank:
            continue
        b = f"{node.name or node.output[0]}_unpool"
        spatial = [1] * (rank - 2)  # only bounds the minimum output size; S is given
        replaced[id(node)] = [
            _int64_constant(f"{b}_minus_one", [-1]),
            helper.make_node("Shape", [indices], [f"{b}_shape"], name=f"{b}_shape"),
            helper.make_node("Reshape", [values, f"{b}_shape"], [f"{b}_x"], name=f"{b}_x"),
            helper.make_node(
                "MaxUnpool", [f"{b}_x", indices, shape], [f"{b}_y"], name=b,
                kernel_shape=spatial, strides=spatial,
            ),
            helper.make_node(
                "Reshape", [f"{b}_y", f"{b}_minus_one"], [node.output[0]], name=f"{b}_flat"
            ),
        ]  # fmt: skip
    if not replaced:
        return 0
    rewritten = []
    for node in graph.node:
        rewritten += replaced.get(id(node), [node])
    del graph.node[:]
    graph.node.extend(rewritten)
    _drop_dead_nodes(model)
    return len(replaced)


def _unpool_parts(node, producer: dict, constants: dict) -> tuple[str, str, str] | None:
    """(S, I, u) of the exporter's unpooling pattern ending in `node`, or None."""
    if node.op_type != "ScatterND" or node.domain not in ("", "ai.onnx") or len(node.input) != 3:
        return None
    attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
    if attrs.get("reduction", b"none") != b"none":
        return None
    data, index_col = (producer.get(name) for name in node.input[:2])
    zeros = _flattened(data, producer, constants)
    if zeros is None or zeros.op_type != "ConstantOfShape" or not _is_float_zero(zeros):
        return None
    if index_col is None or index_col.op_type != "Unsqueeze" or len(index_col.input) != 2:
        return None
    axes = constants.get(index_col.input[1])
    if axes is None or axes.reshape(-1).tolist() not in ([-1], [1]):
        return None
    flat_indices = producer.get(index_col.input[0])
    if not _is_flatten(flat_indices, constants):
        return None
    return zeros.input[0], flat_indices.input[0], node.input[2]


def _is_flatten(node, constants: dict) -> bool:
    """Reshape(x, [-1])."""
    if node is None or node.op_type != "Reshape" or len(node.input) != 2:
        return False
    shape = constants.get(node.input[1])
    return shape is not None and shape.reshape(-1).tolist() == [-1]


def _flattened(node, producer: dict, constants: dict):
    """The node whose output `node` flattens, or None."""
    return producer.get(node.input[0]) if _is_flatten(node, constants) else None


def _is_float_zero(node, absent: bool = True) -> bool:
    """A node whose `value` tensor holds only float32 zeros; `absent`: the answer without one
    (ConstantOfShape then fills float32 zeros, a Constant holds something else)."""
    for a in node.attribute:
        if a.name == "value":
            t = a.t
            return t.data_type == TensorProto.FLOAT and not numpy_helper.to_array(t).any()
    return absent


def _origin(name: str, producer: dict, through: set[str]) -> str:
    """The value `name` is computed from by operators of `through` alone, each passing on its
    first input (only shape or type changes): `name` itself when none produces it."""
    while (node := producer.get(name)) is not None and node.op_type in through:
        if node.domain not in ("", "ai.onnx"):
            break
        name = node.input[0]
    return name


def _constants(graph) -> dict:
    """The value of every initializer and Constant node: the optimiser turns Constant nodes
    into initializers, an export without it keeps them as nodes."""
    values = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    for node in graph.node:
        if node.op_type == "Constant" and node.domain in ("", "ai.onnx") and node.attribute:
            value = helper.get_attribute_value(node.attribute[0])
            if isinstance(value, TensorProto):
                value = numpy_helper.to_array(value)
            values[node.output[0]] = np.asarray(value)
    return values


def _ranks(model: ModelProto) -> dict[str, int]:
    """Rank of every value whose shape is known after ONNX shape inference; for 1-D values of
    known length n, also `name:len` -> n (the rank of the shape they describe)."""
    try:
        inferred = shape_inference.infer_shapes(model).graph
    except shape_inference.InferenceError:  # e.g. an operator of an unknown domain elsewhere
        inferred = model.graph
    ranks: dict[str, int] = {}
    annotated = [*inferred.input, *inferred.value_info, *inferred.output]
    for info in (i for i in annotated if i.type.tensor_type.HasField("shape")):
        dims = info.type.tensor_type.shape.dim
        ranks[info.name] = len(dims)
        if len(dims) == 1 and dims[0].HasField("dim_value"):
            ranks[f"{info.name}:len"] = dims[0].dim_value
    for t in model.graph.initializer:
        ranks[t.name] = len(t.dims)
        if len(t.dims) == 1:
            ranks[f"{t.name}:len"] = t.dims[0]
    return ranks


def _int64_constant(name: str, values: list[int]):
    tensor = helper.make_tensor(name, TensorProto.INT64, [len(values)], values)
    return helper.make_node("Constant", [], [name], name=name, value=tensor)


def _drop_dead_nodes(model: ModelProto) -> None:
    """Remove the nodes, initializers and shape annotations that no longer feed the outputs."""
    graph = model.graph
    while True:
        used = {o.name for o in graph.output} | {i for n in graph.node for i in n.input}
        alive = [n for n in graph.node if any(o in used for o in n.output)]
        if len(alive) == len(graph.node):
            break
        del graph.node[:]
        graph.node.extend(alive)
    for t in [t for t in graph.initializer if t.name not in used]:
        graph.initializer.remove(t)
    values = used | {o for n in graph.node for o in n.output}
    for info in [v for v in graph.value_info if v.name not in values]:
        graph.value_info.remove(info)
