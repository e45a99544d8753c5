"""`leanseg cluster` and `leanseg encode`: the run-directory steps of weight sharing and coding."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import torch
from torch import nn

from leanseg.atomic import atomic_path
from leanseg.compress.lsz import TensorReport, write_lsz
from leanseg.compress.sharing import distinct_values, keep_shared, share_weights
from leanseg.data import load_spec
from leanseg.errors import LeansegError
from leanseg.evaluate import evaluate_model, validation_set
from leanseg.finetune import FinetuneConfig, finetune
from leanseg.outputs import derived_output
from leanseg.runs import (
    FORMAT_FILES,
    create_run,
    load_model,
    parent_reference,
    write_json,
    write_lineage,
    write_model_run,
)


class CompressionError(LeansegError):
    """Settings that weight sharing or encoding cannot use."""


@dataclass(frozen=True)
class ClusterConfig:
    bits: dict[str, int] = field(default_factory=lambda: {"default": 5})  # per layer name
    finetune_epochs: int = 0
    lr: float = 0.0
    finetune: dict = field(default_factory=dict)
    val_images: int = 0
    float16: bool = False  # round every tensor, shared values too, to float16 (2 bytes in .lsz)
    distill: float = 0.0  # weight of distillation from the parent in fine-tuning; 0: labels only

    def __post_init__(self) -> None:
        """Refused when made, so a recipe fails before its first step runs."""
        if not 0 <= self.distill <= 1:
            raise CompressionError(f"--distill {self.distill}: use a weight from 0 to 1")


def parse_bits(text: str) -> dict[str, int]:
    """`5` (every layer) or `default=5,fullconv=8,...` into a per-layer mapping."""
    out: dict[str, int] = {}
    for part in text.split(","):
        name, sep, value = part.rpartition("=") if "=" in part else ("default", "=", part)
        try:
            bits = int(value)
        except ValueError:
            raise CompressionError(f"--bits: {part!r} is not NAME=BITS or BITS") from None
        if not 1 <= bits <= 16:
            raise CompressionError(f"--bits: {bits} bits for {name}; use 1 to 16")
        out[name.strip() or "default"] = bits
    return out


def cluster_run(
    parent: str | Path,
    cfg: ClusterConfig = ClusterConfig(),
    out: str | Path | None = None,
    progress: bool = True,
    overwrite: bool = False,
) -> tuple[Path, float, float]:
    """Share the weights of run `parent` (k-means per layer), optionally fine-tune the shared
    values, and write the run `out`; returns (out, parent val mIoU, shared val mIoU)."""
    out = derived_output(parent, out, "shared", overwrite)
    model, header = load_model(parent)
    val = validation_set(load_spec(header.dataset), cfg.val_images)
    before = evaluate_model(model, val, progress)
    layers = share_weights(model, cfg.bits)
    settings = {**asdict(cfg), "layers": len(layers)}
    child = replace(header, parent=parent_reference(parent), step="cluster", settings=settings)
    if cfg.finetune_epochs:
        handles = keep_shared(model, layers)
        tune = FinetuneConfig(cfg.finetune_epochs, cfg.lr, cfg.distill, overrides=cfg.finetune)
        model = finetune(model, child, parent, out, tune, progress)
        for h in handles:
            h.remove()
    limit = {layer.name: (1 << layer.bits) for layer in layers}
    counts = distinct_values(model)
    too_many = [n for n, k in limit.items() if counts[n] > k]
    if too_many:  # the guarantee fine-tuning must keep
        raise CompressionError(f"weights of {too_many[0]} are no longer shared")
    if cfg.float16:
        fold_norm_statistics(model)
        round_to_float16(model)
    after = evaluate_model(model, val, progress)
    write_model_run(out, child, model, after.to_dict())
    write_json(out / "cluster.json", {"miou": [before.miou, after.miou], "distinct": counts})
    write_lineage(out, "cluster", parent, bits=cfg.bits)
    return out, before.miou, after.miou


def fold_norm_statistics(model: nn.Module) -> None:
    """Rewrite every batch norm as the same affine map with running mean 0 and variance 1, in
    place: y = x / sqrt(1 + eps) * gamma' + beta'. Evaluation is unchanged (up to float
    rounding), and the statistics become constant tensors that `.lsz` codes in a few bytes: a
    batch norm then costs 2 stored values per channel instead of 4 (ENet: 17 KB of float16)."""
    with torch.no_grad():
        for m in model.modules():
            if not (isinstance(m, nn.modules.batchnorm._BatchNorm) and m.affine
                    and m.track_running_stats):  # fmt: skip
                continue
            scale = torch.rsqrt(m.running_var.double() + m.eps) * m.weight.double()
            m.bias.copy_(m.bias.double() - m.running_mean.double() * scale)
            m.weight.copy_(scale * (1 + m.eps) ** 0.5)
            m.running_mean.zero_()
            m.running_var.fill_(1.0)


def round_to_float16(model: nn.Module) -> None:
    """Round every floating-point tensor of `model`'s state to the nearest float16 value, in
    place. After fine-tuning, so the reported mIoU is the rounded model's: `encode` then stores
    the unshared tensors (batch norm, biases, PReLU slopes: a third of a 4-bit ENet file) and the
    shared tensors' codebooks in 2 bytes a value, still exactly. Rounding maps each shared value
    to one float16 value, so the weights stay shared (two close values may merge)."""
    with torch.no_grad():
        for t in model.state_dict().values():
            if t.is_floating_point():
                t.copy_(t.half().to(t.dtype))


def encode_run(
    parent: str | Path,
    out: str | Path | None = None,
    overwrite: bool = False,
    codec: str = "huffman",
) -> tuple[Path, list[TensorReport]]:
    """Write run `parent`'s weights as `model.lsz` (entropy-coded with `codec`: huffman or
    ans) in a new run directory `out` (step `encode`), with `encode.json`, the per-tensor
    table."""
    out = derived_output(parent, out, "lsz", overwrite)
    model, header = load_model(parent)
    state = {k: v for k, v in model.state_dict().items() if v.is_floating_point()}
    child = replace(header, parent=parent_reference(parent), step="encode",
                    settings={"codec": codec})  # fmt: skip
    with atomic_path(out) as tmp:  # the run appears whole or not at all (a full disk)
        tmp.mkdir()
        reports = write_lsz(tmp / FORMAT_FILES["lsz"], state, asdict(child), codec)
        create_run(tmp, child)
        write_json(tmp / "encode.json", [asdict(r) for r in reports])
        write_lineage(tmp, "encode", parent, codec=codec)
    return out, reports


def format_encode_table(reports: list[TensorReport], top: int = 12) -> str:
    """The Deep Compression table: per tensor and in total, bytes before and after coding and
    the entropy bound of the index streams."""
    rows = sorted(reports, key=lambda r: -r.bytes_before)
    lines = [f"{'tensor':<34}{'kind':>7}{'kept':>7}{'bits':>6}{'fp32 B':>10}{'coded B':>10}"
             f"{'bound B':>10}"]  # fmt: skip
    for r in rows[:top]:
        lines.append(
            f"{r.name[:33]:<34}{r.kind:>7}{r.kept:>7.1%}{r.bits_per_index:>6.1f}"
            f"{r.bytes_before:>10,}{r.bytes_after:>10,}{r.entropy_bytes:>10,.0f}"
        )
    before = sum(r.bytes_before for r in reports)
    after = sum(r.bytes_after for r in reports)
    lines.append(f"{'all ' + str(len(reports)) + ' tensors':<54}{before:>10,}{after:>10,}"
                 f"   ({before / max(after, 1):.1f}x)")  # fmt: skip
    return "\n".join(lines)
