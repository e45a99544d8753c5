"""`leanseg prune`: derive a pruned run directory from a trained one.

One round scores every channel unit with the criterion, removes the lowest-scoring ones (by
share, as few as meet a MAC or energy target, or each layer's share of a sensitivity plan) and
fine-tunes; `steps` rounds follow the cubic schedule. With `min_class_iou`, units go in chunks
and a chunk that pushes any class below its floor is put back and its layers are left alone
from then on. The result is a run directory like any other (step `prune`, its parent, the
channel plan), with `prune.json`: criterion, what was removed, and every class's IoU before
and after.
"""

from __future__ import annotations

import copy
import json
import math
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import torch
from torch import nn

from leanseg.config import load_config
from leanseg.data import SegmentationDataset, load_spec
from leanseg.data.transforms import eval_transform
from leanseg.evaluate import evaluate_model, validation_set
from leanseg.finetune import FinetuneConfig, finetune
from leanseg.metrics import SegMetrics
from leanseg.outputs import derived_output
from leanseg.prune.criteria import CRITERIA, ScoringContext, get_criterion
from leanseg.prune.graph import PruningError, channel_units, remove_units, units_by_layer
from leanseg.prune.magnitude import apply_masks, magnitude_masks, sparsity
from leanseg.prune.recalibrate import recalibrate_bn
from leanseg.prune.structured import (
    MEASURES,
    cost_limit,
    count_for_target,
    cubic_ratio,
    select_by_plan,
    select_units,
)
from leanseg.runs import (
    ModelHeader,
    load_model,
    parent_reference,
    write_json,
    write_lineage,
    write_model_run,
)


@dataclass(frozen=True)
class PruneConfig:
    criterion: str = "l1"  # l1 | taylor | bn | energy | oracle | magnitude
    ratio: float = 0.5  # share of prunable channels (magnitude: of weights) to remove
    target_macs: float = 0.0  # instead of ratio: keep at most this share of the parent's MACs
    target_energy: float = 0.0  # instead of ratio: at most this share of its estimated energy
    target_latency: float = 0.0  # instead of ratio: ONNX Runtime median ms here, at val size
    threads: int = 2  # for the latency target
    steps: int = 1  # prune/fine-tune rounds; more than one follows the cubic schedule
    finetune_epochs: int = 0  # fine-tuning epochs in all (split over the rounds)
    lr: float = 0.0  # fine-tuning learning rate; 0: a tenth of the parent's
    distill: float = 0.0  # weight of distillation from the parent in fine-tuning; 0: none
    temperature: float = 4.0  # distillation temperature
    max_layer_ratio: float = 0.9  # no layer loses more than this share of its channels
    scope: str = "layer"  # magnitude only: layer | global
    samples: int = 8  # training images scored by the data-driven criteria (and for batch norm)
    recalibrate_bn: bool = True  # batch-norm statistics re-estimated on them after each removal
    sample_size: tuple[int, int] | None = (240, 320)  # (H, W) of those images; None: native
    min_class_iou: float | None = None  # floor for every class's val IoU (absolute)
    min_class_iou_relative: float | None = None  # ... or this share of the parent's IoU
    val_images: int = 0  # val images for the floor checks; 0: all
    seed: int = 0
    finetune: dict[str, Any] = field(default_factory=dict)  # training settings over the parent's
    layer_ratios: dict[str, float] = field(default_factory=dict)  # instead of ratio: per layer


@dataclass
class PruneResult:
    run_dir: Path
    params: tuple[int, int]  # parent, pruned
    macs: tuple[float, float]
    miou: tuple[float, float]
    removed: int  # channel units (magnitude: weights) removed


def prune_run(
    parent: str | Path,
    cfg: PruneConfig,
    out: str | Path | None = None,
    progress: bool = True,
    overwrite: bool = False,
) -> PruneResult:
    """Prune the model of run `parent` as `cfg` says and write the result to `out` (default
    `<parent>-<criterion>-<ratio>` beside the parent)."""
    check_prune_config(cfg)
    out = derived_output(parent, out, _default_suffix(cfg), overwrite)
    model, header = load_model(parent)
    if not header.dataset:
        raise PruningError(f"{parent}: no dataset recorded with this model")
    spec = load_spec(header.dataset)
    torch.manual_seed(cfg.seed)
    sample = training_sample(spec, cfg.samples, cfg.sample_size, cfg.seed)
    loss = nn.CrossEntropyLoss(ignore_index=spec.ignore_index)
    ctx = ScoringContext(sample[0][0][:1], sample, loss)
    val = validation_set(spec, cfg.val_images)
    full = val[0][0][None]  # MACs, energy and latency are counted at val size
    before = evaluate_model(model, val, progress)
    params0, macs0 = _params(model), MEASURES["macs"](model, full)

    if cfg.criterion == "magnitude":
        masks = magnitude_masks(model, cfg.ratio, cfg.scope)
        handles = apply_masks(model, masks)
        removed = sum(int((~m).sum()) for m in masks.values())
        settings = {"scope": cfg.scope, "sparsity": sparsity(model)}
        if cfg.finetune_epochs:
            model = _finetune(
                model, header, cfg, cfg.finetune_epochs, out, parent, settings, progress
            )
        for h in handles:
            h.remove()
    else:
        model, removed, settings = _structured(
            model, header, cfg, ctx, full, val, before, out, parent, progress
        )
    after = evaluate_model(model, val, progress)
    header = _header(model, header, cfg, parent, settings)
    write_model_run(out, header, model, after.to_dict())
    report = {
        "criterion": cfg.criterion,
        "settings": _config_dict(cfg),
        "removed": removed,
        "params": [params0, _params(model)],
        "macs": [macs0, MEASURES["macs"](model, full)],
        "input_size": list(full.shape[-2:]),
        "miou": [before.miou, after.miou],
        "class_iou": _class_iou(header.classes, before, after),
        **settings,
    }
    write_json(out / "prune.json", report)
    share = removed / settings["units"] if cfg.layer_ratios else cfg.ratio
    write_lineage(out, "prune", parent, criterion=cfg.criterion, ratio=share)
    return PruneResult(
        out,
        (params0, _params(model)),
        (macs0, report["macs"][1]),
        (before.miou, after.miou),
        removed,
    )


def _structured(
    model: nn.Module,
    header: ModelHeader,
    cfg: PruneConfig,
    ctx: ScoringContext,
    full: torch.Tensor,
    val: SegmentationDataset,
    before: SegMetrics,
    out: Path,
    parent: str | Path,
    progress: bool,
) -> tuple[nn.Module, int, dict[str, Any]]:
    """Score, select and remove channel units round by round, fine-tuning after each; returns
    the model, the units removed and the settings to record."""
    criterion = get_criterion(cfg.criterion)
    if hasattr(criterion, "progress"):
        criterion.progress = progress
    units = channel_units(model, ctx.example)
    total = len(units)
    widths = {name: len(idx) for name, idx in units_by_layer(units).items()}
    removed = 0
    frozen: set[frozenset[str]] = set()
    epochs_left = cfg.finetune_epochs
    for step in range(1, cfg.steps + 1):
        if step > 1:  # the previous round changed the widths
            units = channel_units(model, ctx.example)
        scores = criterion.scores(model, units, ctx)
        if cfg.layer_ratios:  # each layer on the cubic schedule towards its own share
            shares = {n: cubic_ratio(r, step, cfg.steps) for n, r in cfg.layer_ratios.items()}
            chosen = select_by_plan(units, scores, shares, cfg.max_layer_ratio, widths)
            chosen = [u for u in chosen if u.layer not in frozen]
        else:
            count = _count(model, units, scores, cfg, full, total, removed, step)
            chosen = select_units(units, scores, count, cfg.max_layer_ratio, frozenset(frozen))
        if _floor(cfg, before) is not None:
            chosen = _respect_floor(model, chosen, cfg, ctx, val, before, frozen, progress)
        _remove(model, chosen, cfg, ctx)
        removed += len(chosen)
        epochs = epochs_left // (cfg.steps - step + 1)
        epochs_left -= epochs
        settings = {"units": total, "frozen_layers": sorted(sorted(f) for f in frozen)}
        if epochs:
            model = _finetune(model, header, cfg, epochs, out, parent, settings, progress)
    return model, removed, settings


def _count(
    model: nn.Module,
    units: list,
    scores: torch.Tensor,
    cfg: PruneConfig,
    full: torch.Tensor,
    total: int,
    removed: int,
    step: int,
) -> int:
    """How many units this round removes: the schedule's share, or as few as meet a target."""
    targets = {"latency": cfg.target_latency, "macs": cfg.target_macs, "energy": cfg.target_energy}
    targets = {k: v for k, v in targets.items() if v}
    if not targets:
        return max(0, round(cubic_ratio(cfg.ratio, step, cfg.steps) * total) - removed)
    kind, value = next(iter(targets.items()))
    measure, goal = cost_limit(kind, value, model, full, cfg.threads)
    return count_for_target(model, units, scores, measure, goal, full, cfg.max_layer_ratio)


def _remove(model: nn.Module, chosen: list, cfg: PruneConfig, ctx: ScoringContext) -> None:
    """Remove `chosen` and, when any went, re-estimate the batch-norm statistics on the training
    sample (see `recalibrate`), so that what is scored next is the pruned weights, not the
    parent's stale statistics (with nothing removed, those are still the right ones)."""
    if chosen:
        remove_units(model, chosen)
        if cfg.recalibrate_bn:
            recalibrate_bn(model, [images for images, _ in ctx.batches])


def _ious(m: SegMetrics) -> torch.Tensor:
    """Per-class IoU with NaN for classes absent from both prediction and ground truth."""
    return torch.tensor([float("nan") if v is None else v for v in m.per_class_iou])


def _floor(cfg: PruneConfig, before: SegMetrics) -> torch.Tensor | None:
    """Per-class IoU floors, or None when no floor was asked for."""
    iou = _ious(before)
    if cfg.min_class_iou is not None:
        return torch.full_like(iou, cfg.min_class_iou)
    if cfg.min_class_iou_relative is not None:
        return iou * cfg.min_class_iou_relative
    return None


def _respect_floor(
    model: nn.Module,
    chosen: list,
    cfg: PruneConfig,
    ctx: ScoringContext,
    val: SegmentationDataset,
    before: SegMetrics,
    frozen: set[frozenset[str]],
    progress: bool,
    chunks: int = 10,
) -> list:
    """Keep the chunks of `chosen` (in score order) whose removal leaves every class at or above
    its floor; a chunk that breaks one is put back and its layers are frozen."""
    floor = _floor(cfg, before)
    present = ~torch.isnan(_ious(before))
    kept: list = []
    size = max(1, math.ceil(len(chosen) / chunks))
    for i in range(0, len(chosen), size):
        chunk = [u for u in chosen[i : i + size] if u.layer not in frozen]
        if not chunk:
            continue
        trial = copy.deepcopy(model)
        _remove(trial, kept + chunk, cfg, ctx)
        iou = _ious(evaluate_model(trial, val, False)).nan_to_num(0.0)
        if bool(((iou >= floor) | ~present).all()):
            kept += chunk
        else:
            frozen.update(u.layer for u in chunk)
    return kept


def _finetune(
    model: nn.Module,
    header: ModelHeader,
    cfg: PruneConfig,
    epochs: int,
    out: Path,
    parent: str | Path,
    settings: dict[str, Any],
    progress: bool,
) -> nn.Module:
    child = _header(model, header, cfg, parent, settings)
    tune = FinetuneConfig(epochs, cfg.lr, cfg.distill, cfg.temperature, cfg.finetune)
    return finetune(model, child, parent, out, tune, progress)


def _header(
    model: nn.Module,
    header: ModelHeader,
    cfg: PruneConfig,
    parent: str | Path,
    settings: dict[str, Any],
) -> ModelHeader:
    return replace(
        header,
        channels=header.plan_of(model),
        parent=parent_reference(parent),
        step="prune",
        settings={**_config_dict(cfg), **settings},
    )


def training_sample(
    spec, samples: int, size: tuple[int, int] | None, seed: int = 0
) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """`samples` training images (a seeded random choice) resized to `size`, in batches of 4:
    what the data-driven criteria score."""
    ds = SegmentationDataset(spec, "train", eval_transform(size))
    g = torch.Generator().manual_seed(seed)
    idx = torch.randperm(len(ds), generator=g)[:samples].tolist()
    items = [ds[i] for i in idx]
    batches = []
    for i in range(0, len(items), 4):
        images, masks = zip(*items[i : i + 4], strict=True)
        batches.append((torch.stack(images), torch.stack(masks)))
    return batches


def _params(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def _class_iou(classes: list[str], before: SegMetrics, after: SegMetrics) -> list[dict]:
    return [
        {"class": c, "parent": b, "pruned": a, "change": None if b is None or a is None else a - b}
        for c, b, a in zip(classes, before.per_class_iou, after.per_class_iou, strict=True)
    ]


def _config_dict(cfg: PruneConfig) -> dict[str, Any]:
    d = asdict(cfg)
    d["sample_size"] = list(cfg.sample_size) if cfg.sample_size else None
    return d


def _default_suffix(cfg: PruneConfig) -> str:
    """`<criterion>-<level>` names the default output: the ratio, the target or `plan`."""
    targets = {"macs": cfg.target_macs, "energy": cfg.target_energy, "ms": cfg.target_latency}
    level = next((f"{k}{v:g}" for k, v in targets.items() if v), f"{cfg.ratio:g}")
    level = "plan" if cfg.layer_ratios else level
    return f"{cfg.criterion}-{level}"


def check_prune_config(cfg: PruneConfig) -> None:
    """Refuse settings that cannot work, before any work is done."""
    if cfg.criterion != "magnitude" and cfg.criterion not in CRITERIA:
        known = ", ".join(sorted(CRITERIA))
        raise PruningError(f"unknown criterion {cfg.criterion!r}; choose from {known} or magnitude")
    if not 0 <= cfg.ratio < 1:
        raise PruningError(f"ratio must be in [0, 1), got {cfg.ratio}")
    for name in ("target_macs", "target_energy"):
        value = getattr(cfg, name)
        if value and not 0 < value < 1:
            raise PruningError(f"{name} is a share of the parent's, in (0, 1); got {value}")
    targets = [t for t in (cfg.target_macs, cfg.target_energy, cfg.target_latency) if t]
    if len(targets) > 1:
        raise PruningError("give one target: target_macs, target_energy or target_latency")
    if cfg.target_latency < 0:
        raise PruningError(f"target_latency is in milliseconds, got {cfg.target_latency}")
    if targets and (cfg.steps != 1 or cfg.criterion == "magnitude"):
        raise PruningError("MAC, energy and latency targets prune channels in one step (steps 1)")
    if cfg.layer_ratios:
        if targets or cfg.criterion == "magnitude":
            raise PruningError("a per-layer plan prunes channels without a target")
        if not all(0 <= r < 1 for r in cfg.layer_ratios.values()):
            raise PruningError("per-layer ratios must be in [0, 1)")
    load_config(None, dict(cfg.finetune))  # an unknown or invalid setting fails here, not later
    if not 0 <= cfg.distill <= 1 or cfg.temperature <= 0:
        raise PruningError("distill must be in [0, 1] and temperature positive")
    if cfg.steps < 1 or cfg.finetune_epochs < 0 or cfg.samples < 1:
        raise PruningError("steps and samples must be at least 1, finetune_epochs at least 0")
    if not 0 < cfg.max_layer_ratio < 1:
        raise PruningError(f"max_layer_ratio must be in (0, 1), got {cfg.max_layer_ratio}")


def format_prune_report(run_dir: Path) -> str:
    """The summary `leanseg prune` prints: sizes, mIoU and every class's IoU change."""
    r = json.loads((Path(run_dir) / "prune.json").read_text(encoding="utf-8"))
    (p0, p1), (m0, m1), (i0, i1) = r["params"], r["macs"], r["miou"]
    lines = [
        f"{r['criterion']}: removed {r['removed']} "
        + ("weights" if r["criterion"] == "magnitude" else "channels"),
        f"params {p0:,} -> {p1:,} ({p1 / p0:.1%});  MACs {m0:.3g} -> {m1:.3g} ({m1 / m0:.1%})",
        f"val mIoU {i0:.4f} -> {i1:.4f} ({i1 - i0:+.4f})",
        f"{'class':<24}{'parent':>8}{'pruned':>8}{'change':>8}",
    ]
    for c in r["class_iou"]:
        cells = [f"{v:8.4f}" if v is not None else f"{'-':>8}" for v in (c["parent"], c["pruned"])]
        change = f"{c['change']:+8.4f}" if c["change"] is not None else f"{'-':>8}"
        lines.append(f"{c['class'][:23]:<24}{''.join(cells)}{change}")
    lines.append(f"run written to {run_dir}")
    return "\n".join(lines)
