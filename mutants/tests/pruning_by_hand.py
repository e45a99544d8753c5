"""Channel pruning by hand, for tests: slice weights without any pruning library.

A convolution's output channels can be removed safely when nothing but one other convolution
reads them, through batch norm and element-wise activations only: then slicing the producer's
filters, the norm and activation parameters on the way, and the consumer's input channels
gives a smaller network that computes the same function of the kept channels. The graph comes
from torch.fx, so a residual add, a concatenation, pooling indices or a squeeze-excitation
product on the way makes a chain ineligible instead of silently wrong.
"""

from __future__ import annotations

import torch
import torch.fx as fx
from torch import nn

_PASS_THROUGH = (
    nn.BatchNorm2d,
    nn.ReLU,
    nn.ReLU6,
    nn.PReLU,
    nn.Hardswish,
    nn.Dropout,
    nn.Dropout2d,
)


def prune_chains(model: nn.Module, fraction: float, generator: torch.Generator) -> int:
    """Remove a random `fraction` of the output channels of every eligible convolution, in
    place; returns how many convolutions were pruned."""
    graph = fx.symbolic_trace(model.eval()).graph
    modules = dict(model.named_modules())
    calls: dict[str, int] = {}
    for node in graph.nodes:
        if node.op == "call_module":
            calls[node.target] = calls.get(node.target, 0) + 1
    pruned = 0
    for node in graph.nodes:
        chain = _chain(node, modules, calls)
        if chain is None:
            continue
        producer, between, consumer = chain
        n = producer.out_channels
        keep_n = max(1, round(n * (1 - fraction)))
        keep = torch.randperm(n, generator=generator)[:keep_n].sort().values
        _slice_out(producer, keep)
        for m in between:
            _slice_features(m, keep)
        _slice_in(consumer, keep)
        pruned += 1
    return pruned


def _chain(node: fx.Node, modules: dict[str, nn.Module], calls: dict[str, int]):
    """(producer conv, pass-through modules, consumer conv) starting at `node`, or None."""
    if node.op != "call_module" or calls[node.target] != 1:
        return None
    producer = modules[node.target]
    if type(producer) is not nn.Conv2d or producer.groups != 1 or producer.out_channels < 2:
        return None
    between: list[nn.Module] = []
    cur = node
    while len(cur.users) == 1:
        nxt = next(iter(cur.users))
        if nxt.op != "call_module" or calls[nxt.target] != 1:
            return None
        m = modules[nxt.target]
        if isinstance(m, _PASS_THROUGH):
            between.append(m)
            cur = nxt
            continue
        if isinstance(m, nn.Conv2d | nn.ConvTranspose2d) and m.groups == 1:
            return producer, between, m
        return None
    return None


def _slice_out(conv: nn.Conv2d, keep: torch.Tensor) -> None:
    conv.weight = nn.Parameter(conv.weight.data[keep].clone())
    if conv.bias is not None:
        conv.bias = nn.Parameter(conv.bias.data[keep].clone())
    conv.out_channels = len(keep)


def _slice_features(m: nn.Module, keep: torch.Tensor) -> None:
    if isinstance(m, nn.BatchNorm2d):
        m.weight = nn.Parameter(m.weight.data[keep].clone())
        m.bias = nn.Parameter(m.bias.data[keep].clone())
        m.running_mean = m.running_mean[keep].clone()
        m.running_var = m.running_var[keep].clone()
        m.num_features = len(keep)
    elif isinstance(m, nn.PReLU) and m.num_parameters > 1:
        m.weight = nn.Parameter(m.weight.data[keep].clone())
        m.num_parameters = len(keep)


def _slice_in(conv: nn.Conv2d | nn.ConvTranspose2d, keep: torch.Tensor) -> None:
    dim = 0 if isinstance(conv, nn.ConvTranspose2d) else 1  # (in, out, k, k) vs (out, in, k, k)
    conv.weight = nn.Parameter(conv.weight.data.index_select(dim, keep).clone())
    conv.in_channels = len(keep)
