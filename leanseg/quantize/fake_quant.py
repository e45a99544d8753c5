"""Quantization-aware training in PyTorch: batch norms folded into the convolutions before
them, then every convolution computes with fake-quantized int8 weights (symmetric, one scale
per output channel) and fake-quantized int8 inputs and outputs (one scale and zero point per
tensor, from a running min/max), gradients passing straight through the rounding (the STE of
`torch.fake_quantize_*`).

This mirrors what ONNX Runtime's static QDQ quantization does to the exported graph: its
pre-processing folds each batch norm into its convolution, quantizes the folded weights per
channel to [-127, 127] with scale max|w| / 127, and quantizes activations per tensor over a
min/max range that includes zero. So the network learns weights that survive that rounding.

The model is changed in place without changing its state-dict keys, so the run directory,
resume and `load_model` work unchanged: a folded batch norm keeps its tensors (scale 1, mean
0, variance 1 - eps: only its shift acts), and convolutions switch class to a subclass whose
forward quantizes (`prepare_qat`), and back (`release_qat`).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

ACT_MOMENTUM = 0.1  # running min/max: new = (1 - m) * old + m * batch


def fold_batchnorms(model: nn.Module) -> dict[str, nn.BatchNorm2d]:
    """Fold every batch norm that directly follows a convolution in an `nn.Sequential` (ENet's,
    SegNet's and torchvision's blocks) into that convolution's weights; the batch norm keeps
    only its shift, and stays frozen in evaluation behaviour. Returns the folded batch norms by
    their convolution's name. `y = gamma * (conv(x) - mean) / sqrt(var + eps) + beta` becomes a
    convolution with weights scaled by `gamma / sqrt(var + eps)` per output channel, then
    `+ shift`."""
    folded: dict[str, nn.BatchNorm2d] = {}
    for parent_name, parent in model.named_modules():
        if not isinstance(parent, nn.Sequential):
            continue
        children = list(parent.named_children())
        for (name, conv), (_, bn) in zip(children, children[1:], strict=False):
            if not (type(conv) in QAT_CLASSES and type(bn) is nn.BatchNorm2d):
                continue
            out_axis = 1 if isinstance(conv, nn.ConvTranspose2d) else 0
            grouped_transpose = conv.groups != 1 and out_axis == 1
            if grouped_transpose or conv.weight.shape[out_axis] != bn.num_features:
                continue
            _fold(conv, bn, out_axis)
            folded[f"{parent_name}.{name}" if parent_name else name] = bn
    return folded


@torch.no_grad()
def _fold(conv: nn.Module, bn: nn.BatchNorm2d, out_axis: int) -> None:
    factor = bn.weight / torch.sqrt(bn.running_var + bn.eps)
    shape = [1] * conv.weight.dim()
    shape[out_axis] = -1
    conv.weight.mul_(factor.view(shape))
    if conv.bias is not None:
        conv.bias.mul_(factor)
    bn.bias.copy_(bn.bias - factor * bn.running_mean)
    bn.weight.fill_(1.0)
    bn.running_mean.zero_()
    bn.running_var.fill_(1.0 - bn.eps)  # var + eps = 1: the normalisation divides by 1 exactly
    bn.weight.requires_grad_(False)
    bn.__class__ = _FoldedBatchNorm2d


class _FoldedBatchNorm2d(nn.BatchNorm2d):
    """A folded batch norm: normalises with its (identity) running statistics in training too,
    so training neither uses batch statistics nor updates the running ones."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.batch_norm(x, self.running_mean, self.running_var, self.weight, self.bias,
                            False, 0.0, self.eps)  # fmt: skip


def fake_quant_weight(w: torch.Tensor, axis: int, per_channel: bool = True) -> torch.Tensor:
    """Symmetric int8 per output channel (`axis`), or one scale for the tensor: scale
    max|w| / 127, values in [-127, 127]."""
    dims = [d for d in range(w.dim()) if d != axis]
    scale = (w.detach().abs().amax(dim=dims) / 127).clamp_min(1e-12).float()
    if not per_channel:
        scale = scale.max().expand_as(scale)
    zero = torch.zeros_like(scale, dtype=torch.int32)
    return torch.fake_quantize_per_channel_affine(w, scale, zero, axis, -127, 127)


class _QatMixin:
    """Fake quantization of a tensor per tensor (a convolution's input, a folded convolution's
    output); the range is a running min/max (set by the first training batch, then averaged)
    kept in a buffer outside the state dict."""

    act_range: torch.Tensor
    weight: torch.Tensor
    training: bool
    per_channel: bool

    def _observe(self, x: torch.Tensor) -> None:
        with torch.no_grad():
            zero = x.new_zeros(())
            batch = torch.stack([torch.minimum(x.min(), zero), torch.maximum(x.max(), zero)])
            if not bool(self.act_range.any()):
                self.act_range.copy_(batch)
            else:
                self.act_range.lerp_(batch, ACT_MOMENTUM)

    def _fake_quant(self, x: torch.Tensor) -> torch.Tensor:
        if self.training or not bool(self.act_range.any()):
            self._observe(x)
        lo, hi = self.act_range[0], self.act_range[1]
        scale = ((hi - lo) / 255).clamp_min(1e-8)
        zero = (-128 - torch.round(lo / scale)).clamp(-128, 127).to(torch.int32)
        return torch.fake_quantize_per_tensor_affine(x, scale.float(), zero, -128, 127)


class _QatConv2d(_QatMixin, nn.Conv2d):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        weight = fake_quant_weight(self.weight, 0, self.per_channel)
        return self._conv_forward(self._fake_quant(x), weight, self.bias)


class _QatConvTranspose2d(_QatMixin, nn.ConvTranspose2d):
    def forward(self, x: torch.Tensor, output_size: list[int] | None = None) -> torch.Tensor:
        pad = self._output_padding(x, output_size, self.stride, self.padding, self.kernel_size,
                                   2, self.dilation)  # fmt: skip
        weight = fake_quant_weight(self.weight, 1, self.per_channel)
        return F.conv_transpose2d(self._fake_quant(x), weight, self.bias, self.stride, self.padding,
                                  pad, self.groups, self.dilation)  # fmt: skip


class _QatFoldedBatchNorm2d(_QatMixin, _FoldedBatchNorm2d):
    """The output of a folded convolution (with its shift), which ONNX Runtime quantizes."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self._fake_quant(super().forward(x))


QAT_CLASSES: dict[type, type] = {nn.Conv2d: _QatConv2d, nn.ConvTranspose2d: _QatConvTranspose2d}


def quantizable(model: nn.Module) -> list[tuple[str, nn.Module]]:
    """(name, module) of every convolution that can fake-quantize; grouped transposed
    convolutions stay float."""
    return [
        (name, m)
        for name, m in model.named_modules()
        if type(m) in QAT_CLASSES and not (m.groups != 1 and isinstance(m, nn.ConvTranspose2d))
    ]


def quantize_module(m: nn.Module, per_channel: bool = True) -> None:
    """Make one convolution (or folded batch norm: its output) fake-quantize; its range is
    unset, so the next forward sets it."""
    m.__class__ = {**QAT_CLASSES, _FoldedBatchNorm2d: _QatFoldedBatchNorm2d}[type(m)]
    m.register_buffer("act_range", m.weight.new_zeros(2), persistent=False)
    m.per_channel = per_channel


def prepare_qat(
    model: nn.Module, per_channel: bool = True, keep_float: tuple[str, ...] = ()
) -> int:
    """Fold the batch norms, then make every convolution but those named in `keep_float`
    fake-quantize (weights per output channel, or per tensor, and input), and the output of
    each folded one (after its shift, as ONNX Runtime quantizes the fused convolution's
    output); returns how many convolutions quantize."""
    folded = fold_batchnorms(model)
    chosen = [(name, m) for name, m in quantizable(model) if name not in keep_float]
    for name, m in chosen:
        quantize_module(m, per_channel)
        if name in folded:
            quantize_module(folded[name])
    return len(chosen)


def release_qat(model: nn.Module) -> None:
    """Plain PyTorch classes again (the folded batch norms stay folded)."""
    plain = {qat: base for base, qat in QAT_CLASSES.items()} | {
        _FoldedBatchNorm2d: nn.BatchNorm2d,
        _QatFoldedBatchNorm2d: nn.BatchNorm2d,
    }
    for m in model.modules():
        if type(m) in plain:
            m.__class__ = plain[type(m)]
            m._buffers.pop("act_range", None)
