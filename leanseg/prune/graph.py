"""Channel units: the channels of a network that must be removed together.

Removing an output channel of a convolution is safe only together with every channel tied to
it: the same channel of the batch norm and activation after it, the input channel of each layer
that reads it, the channels added to it in a residual sum, its slot in a concatenation and, in
ENet and SegNet, the channel of the max-pooling indices a decoder unpools with. Such a set is a
*channel unit*; structured pruning removes whole units, so the result is a smaller dense
network, not a mask.

torch-pruning's DependencyGraph finds these sets for most CNNs, but version 1.6.1 gets ENet
wrong: it sees no link between max-pooling indices and the unpooling that uses them, and a
concatenation with a computed zero padding (ENet's downsampling) turns its index mapping off,
so it maps ENet's 16-, 64- and 128-channel streams onto each other one to one
(`tests/test_prune.py` shows both). Here the model is traced with torch.fx, every tensor gets
one atom per channel, and each operation unites the atoms it ties; units are the resulting
components. Channels that reach the input image, the output or an operation not understood
are fixed. The modules themselves are sliced with torch-pruning's pruning functions.
"""

from __future__ import annotations

import math
import operator
from collections import defaultdict
from dataclasses import dataclass

import torch
import torch.fx as fx
import torch.nn.functional as F
import torch_pruning as tp
from torch import nn
from torch.fx.passes.shape_prop import ShapeProp, TensorMetadata
from torch.nn.modules.batchnorm import _BatchNorm
from torch.nn.modules.conv import _ConvNd

from leanseg.errors import LeansegError

OUT, IN, FEAT = "out", "in", "feat"  # a module's output channels, input channels, features

_SAME_CHANNELS_MODULES = (
    nn.ReLU,
    nn.ReLU6,
    nn.LeakyReLU,
    nn.ELU,
    nn.SiLU,
    nn.GELU,
    nn.Hardswish,
    nn.Hardsigmoid,
    nn.Sigmoid,
    nn.Tanh,
    nn.Dropout,
    nn.Dropout2d,
    nn.Identity,
    nn.MaxPool2d,
    nn.AvgPool2d,
    nn.AdaptiveAvgPool2d,
    nn.AdaptiveMaxPool2d,
    nn.Upsample,
    nn.UpsamplingBilinear2d,
    nn.UpsamplingNearest2d,
)
_SAME_CHANNELS_FUNCTIONS = {
    F.relu,
    F.relu6,
    F.hardswish,
    F.hardsigmoid,
    F.sigmoid,
    F.interpolate,
    F.dropout,
    F.dropout2d,
    F.adaptive_avg_pool2d,
    F.avg_pool2d,
    torch.relu,
    torch.sigmoid,
    torch.tanh,
}
_SAME_CHANNELS_METHODS = {"relu", "sigmoid", "contiguous", "float", "clone", "detach"}
_ELEMENTWISE = {operator.add, operator.sub, operator.mul, operator.truediv}
_ELEMENTWISE |= {torch.add, torch.sub, torch.mul, torch.div}
_ELEMENTWISE_METHODS = {"add", "sub", "mul", "div", "add_", "mul_"}
_FRESH = {torch.zeros, torch.zeros_like}  # tensors made from nothing: any width is fine
_FRESH_METHODS = {"new_zeros"}


class PruningError(LeansegError):
    """A model that cannot be pruned as asked (untraceable, or nothing left to remove)."""


@dataclass(frozen=True)
class ChannelUnit:
    """Channels removed together: `(module name, role, index)` for every module they touch."""

    members: tuple[tuple[str, str, int], ...]

    @property
    def producers(self) -> tuple[tuple[str, int], ...]:
        """The (module, output channel) pairs that compute this channel."""
        return tuple((m, i) for m, role, i in self.members if role == OUT)

    @property
    def layer(self) -> frozenset[str]:
        """The modules that compute the channel: units with the same layer share a tensor, and
        per-layer limits and normalisation use it."""
        return frozenset(m for m, _ in self.producers)

    @property
    def layer_name(self) -> str:
        """The layer as text: its modules joined by `+` (the keys of sensitivity plans)."""
        return "+".join(sorted(self.layer))


class _Atoms:
    """Union-find over channel atoms."""

    def __init__(self) -> None:
        self.parent: list[int] = []

    def new(self, n: int) -> int:
        start = len(self.parent)
        self.parent.extend(range(start, start + n))
        return start

    def find(self, a: int) -> int:
        p = self.parent
        while p[a] != a:
            p[a] = p[p[a]]
            a = p[a]
        return a

    def tie(self, a: int, b: int, n: int) -> None:
        for i in range(n):
            ra, rb = self.find(a + i), self.find(b + i)
            if ra != rb:
                self.parent[ra] = rb


def _shape(node: fx.Node) -> tuple[int, ...] | None:
    meta = node.meta.get("tensor_meta")
    return tuple(meta.shape) if isinstance(meta, TensorMetadata) else None


def _channels(node: fx.Node) -> int | None:
    shape = _shape(node)
    return int(shape[1]) if shape is not None and len(shape) >= 2 else None


class _LeafTracer(fx.Tracer):
    """Keeps subclasses of convolutions, norms and linear layers (FCN's CPU-trainable fc6)
    as single calls, so their weights are seen as a module's, not as loose tensors."""

    def is_leaf_module(self, m: nn.Module, qualname: str) -> bool:
        if isinstance(m, (_ConvNd, _BatchNorm, nn.Linear, nn.PReLU)):
            return True
        return super().is_leaf_module(m, qualname)


class _Tracer:
    """Walks a traced graph once, uniting atoms; see the module docstring."""

    def __init__(self, model: nn.Module, example: torch.Tensor):
        try:
            gm = fx.GraphModule(model, _LeafTracer().trace(model))
            ShapeProp(gm).propagate(example)
        except Exception as e:  # fx raises many types for dynamic control flow
            raise PruningError(f"cannot trace the model with torch.fx: {e}") from e
        self.modules = dict(model.named_modules())
        self.atoms = _Atoms()
        self.node_start: dict[fx.Node, int] = {}
        self.width: dict[fx.Node, int] = {}
        self.module_start: dict[tuple[str, str], int] = {}
        self.fixed: list[tuple[int, int]] = []
        self.pool_input: dict[fx.Node, fx.Node] = {}
        for node in gm.graph.nodes:
            c = _channels(node)
            if c is not None:
                self.node_start[node] = self.atoms.new(c)
                self.width[node] = c
        for node in gm.graph.nodes:
            self._visit(node)

    # helpers
    def _tie_nodes(self, a: fx.Node, b: object) -> None:
        """Tie two tensors of one shape channel by channel; tensors without a channel axis
        (vectors, scalars) have nothing to tie."""
        if not (isinstance(b, fx.Node) and a in self.node_start and b in self.node_start):
            return
        if self.width[a] != self.width[b]:  # a guard: the rules pair only equal widths
            self._fix(a, b)
            return
        self.atoms.tie(self.node_start[a], self.node_start[b], self.width[a])

    def _module_atoms(self, name: str, role: str, n: int) -> int:
        key = (name, role)
        if key not in self.module_start:
            self.module_start[key] = self.atoms.new(n)
        return self.module_start[key]

    def _tie_module(self, node: fx.Node, name: str, role: str, n: int) -> None:
        """Tie a module's weights for `role` to the tensor it reads or writes (`n` channels:
        torch has already checked that the widths agree)."""
        self.atoms.tie(self.node_start[node], self._module_atoms(name, role, n), n)

    def _fix(self, *nodes: object) -> None:
        for node in nodes:
            if isinstance(node, fx.Node) and node in self.node_start:
                self.fixed.append((self.node_start[node], self.width[node]))

    def _tensor_args(self, node: fx.Node) -> list[fx.Node]:
        found: list[fx.Node] = []
        fx.node.map_arg((node.args, node.kwargs), lambda n: found.append(n) or n)
        return found

    # the rules
    def _visit(self, node: fx.Node) -> None:
        if node.op in ("placeholder", "get_attr"):
            self._fix(node)
        elif node.op == "output":
            self._fix(*self._tensor_args(node))
        elif node.op == "call_module":
            self._visit_module(node, self.modules[node.target])
        elif node.op in ("call_function", "call_method"):
            self._visit_function(node)

    def _visit_module(self, node: fx.Node, m: nn.Module) -> None:
        name = str(node.target)
        x = next(iter(self._tensor_args(node)), None)  # the input, positional or keyword
        if isinstance(m, _ConvNd) and m.groups == 1:
            out_ch, in_ch = m.out_channels, m.in_channels
            self._tie_module(node, name, OUT, out_ch)
            self._tie_module(x, name, IN, in_ch)
        elif isinstance(m, _ConvNd) and m.groups == m.in_channels == m.out_channels:
            self._tie_module(node, name, OUT, m.out_channels)  # depthwise: in = out
            self._tie_nodes(node, x)
        elif isinstance(m, nn.Linear) and len(_shape(node) or ()) == 2:  # (batch, features)
            self._tie_module(node, name, OUT, m.out_features)
            self._tie_module(x, name, IN, m.in_features)
        elif isinstance(m, _BatchNorm) or (isinstance(m, nn.PReLU) and m.num_parameters > 1):
            n = m.num_features if isinstance(m, _BatchNorm) else m.num_parameters
            self._tie_module(node, name, FEAT, n)
            self._tie_nodes(node, x)
        elif isinstance(m, nn.MaxPool2d) and m.return_indices:
            self.pool_input[node] = x  # the (values, indices) pair; getitem ties each
        elif isinstance(m, nn.MaxUnpool2d):
            self._tie_nodes(node, x)
            self._tie_nodes(node, node.args[1] if len(node.args) > 1 else node.kwargs["indices"])
        elif isinstance(m, _SAME_CHANNELS_MODULES) or isinstance(m, nn.PReLU):
            self._tie_nodes(node, x)
        else:
            self._fix(node, *self._tensor_args(node))

    def _visit_function(self, node: fx.Node) -> None:
        t = node.target
        args = self._tensor_args(node)
        if t is operator.getitem:
            self._visit_getitem(node)
        elif t in _ELEMENTWISE or t in _ELEMENTWISE_METHODS:
            rank = len(_shape(node) or ())
            for a in args:
                shape = _shape(a) or ()
                if math.prod(shape) == 1:
                    continue  # a scalar scales every channel alike
                if len(shape) != rank:  # broadcast from the right: its channels are elsewhere
                    self._fix(node, a)
                elif self.width.get(a) == 1 and self.width.get(node, 1) != 1:
                    continue  # a broadcast scale
                else:
                    self._tie_nodes(node, a)
        elif t in _SAME_CHANNELS_FUNCTIONS or t in _SAME_CHANNELS_METHODS:
            self._tie_nodes(node, node.args[0])
        elif t is F.pad:
            if len(node.args[1]) <= 4:  # fx passes the pad positionally; <= 4: H and W only
                self._tie_nodes(node, node.args[0])
            else:
                self._fix(node, *args)
        elif t is torch.cat:
            self._visit_cat(node)
        elif t is getattr or t in ("size", "dim"):
            pass  # shape queries: a computed width follows the tensors
        elif t in _FRESH or t in _FRESH_METHODS:
            pass  # a computed zero padding: its channels follow whatever they are tied to
        elif node in self.node_start or args:
            self._fix(node, *args)

    def _visit_getitem(self, node: fx.Node) -> None:
        src, index = node.args
        keeps_channels = (
            isinstance(index, tuple)
            and len(index) >= 2
            and index[0] == slice(None)
            and index[1] == slice(None)
        )
        if src in self.pool_input:
            self._tie_nodes(node, self.pool_input[src])
        elif src in self.node_start and keeps_channels:
            self._tie_nodes(node, src)
        else:  # a channel or batch slice, or a part of an output not understood
            self._fix(node, src)

    def _visit_cat(self, node: fx.Node) -> None:
        if node not in self.node_start:
            return  # vectors: no channel axis (nor has any input of the same rank)
        tensors = node.args[0] if node.args else node.kwargs["tensors"]
        dim = node.args[1] if len(node.args) > 1 else node.kwargs.get("dim", 0)
        if dim in (1, 1 - len(_shape(node))):
            offset = self.node_start[node]
            for t in tensors:
                self.atoms.tie(offset, self.node_start[t], self.width[t])
                offset += self.width[t]
        else:
            for t in tensors:
                self._tie_nodes(node, t)


def channel_units(model: nn.Module, example: torch.Tensor) -> list[ChannelUnit]:
    """The prunable channel units of `model`, traced on `example` (one input batch)."""
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            tracer = _Tracer(model, example)
    finally:
        model.train(was_training)
    atoms = tracer.atoms
    fixed = {atoms.find(s + i) for s, n in tracer.fixed for i in range(n)}
    members: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
    for (name, role), start in tracer.module_start.items():
        n = _module_width(tracer.modules[name], role)
        for i in range(n):
            members[atoms.find(start + i)].append((name, role, i))
    units = [
        ChannelUnit(tuple(sorted(ms)))
        for root, ms in members.items()
        if root not in fixed and any(role == OUT for _, role, _ in ms)
    ]
    units.sort(key=lambda u: u.members)
    return units


def _module_width(m: nn.Module, role: str) -> int:
    if isinstance(m, _ConvNd):
        return m.out_channels if role == OUT else m.in_channels
    if isinstance(m, nn.Linear):
        return m.out_features if role == OUT else m.in_features
    if isinstance(m, _BatchNorm):
        return m.num_features
    return m.num_parameters  # PReLU


def remove_units(model: nn.Module, units: list[ChannelUnit]) -> None:
    """Remove `units` from `model` in place (each module sliced once, so indices stay valid)."""
    cut: dict[tuple[str, str], set[int]] = defaultdict(set)
    for unit in units:
        for name, role, i in unit.members:
            cut[(name, role)].add(i)
    for (name, role), idxs in cut.items():
        m = model.get_submodule(name)
        if len(idxs) >= _module_width(m, role):
            raise PruningError(f"pruning would remove every channel of {name}")
        _slice(m, role, sorted(idxs))


def _slice(m: nn.Module, role: str, idxs: list[int]) -> None:
    if isinstance(m, _ConvNd) and m.groups > 1:
        tp.prune_depthwise_conv_out_channels(m, idxs)
    elif isinstance(m, _ConvNd):
        (tp.prune_conv_out_channels if role == OUT else tp.prune_conv_in_channels)(m, idxs)
    elif isinstance(m, nn.Linear):
        (tp.prune_linear_out_channels if role == OUT else tp.prune_linear_in_channels)(m, idxs)
    elif isinstance(m, _BatchNorm):
        tp.prune_batchnorm_out_channels(m, idxs)
    else:
        tp.prune_prelu_out_channels(m, idxs)


def units_by_layer(units: list[ChannelUnit]) -> dict[str, list[int]]:
    """The indices of `units` grouped by their layer's name, in order."""
    layers: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        layers[u.layer_name].append(i)
    return layers


def layer_limit(width: int, max_layer_ratio: float) -> int:
    """How many of a layer's `width` units may go: at most `max_layer_ratio`, and never all."""
    return min(width - 1, math.floor(width * max_layer_ratio))


def layer_limits(units: list[ChannelUnit], max_layer_ratio: float) -> dict[frozenset[str], int]:
    """`layer_limit` of each layer of `units`."""
    sizes: dict[frozenset[str], int] = defaultdict(int)
    for u in units:
        sizes[u.layer] += 1
    return {k: layer_limit(n, max_layer_ratio) for k, n in sizes.items()}
