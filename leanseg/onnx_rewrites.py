"""Graph rewrites applied at export: the same outputs, bit for bit, from operators that ONNX
Runtime runs faster on the CPU (PRelu below; the exporter's index offsets of max-pooling with
indices in `rewrite_index_offsets`).

ONNX Runtime's per-operator profile of ENet (`leanseg profile`) puts 44% of its kernel time in
its 89 PRelu nodes: PRelu has no kernel in the blocked NCHWc layout that the CPU convolutions
use, so every PRelu also pays for a reorder out of that layout and back. Written as
`Relu(x) - slope * Relu(-x)`, every operator stays in the blocked layout and the first Relu fuses
into the convolution before it. The result is exact: for x > 0 it is `x - slope * 0 = x`, for
x < 0 it is `0 - slope * (-x) = slope * x` (negation and multiplication by zero are exact).
"""

from __future__ import annotations

from onnx import ModelProto, TensorProto, helper, numpy_helper


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
    constants = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
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
    still_used = {name for node in graph.node for name in node.input}
    unused = [t for t in graph.initializer if t.name not in still_used]
    for t in unused:  # the Slices' starts, ends and axes
        graph.initializer.remove(t)
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
