"""`leanseg train`: one readable loop, DistributedDataParallel-ready.

Launch on several GPUs or nodes with PyTorch's own launcher:
    torchrun --nproc_per_node=N -m leanseg train --config cfg.yaml
Each process then trains on its shard (DistributedSampler); rank 0 validates and writes files.
"""

from __future__ import annotations

import csv
import math
import os
import random
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.distributed as dist
from torch import nn
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn
from torch.utils.data import DataLoader, DistributedSampler
from tqdm import tqdm

from leanseg.atomic import atomic_path
from leanseg.backends import TorchBackend
from leanseg.checkpoint import CHECKPOINT, load_checkpoint, save_checkpoint
from leanseg.config import OptimConfig, TrainConfig, config_to_dict
from leanseg.data import SegmentationDataset, load_spec
from leanseg.data.cache import CachedLoader, DecodedSplit
from leanseg.data.class_weights import class_weights
from leanseg.data.spec import DatasetSpec, absolute_descriptor
from leanseg.data.transforms import eval_transform, train_transform
from leanseg.distill import DistillationLoss, Supervised
from leanseg.errors import LeansegError
from leanseg.evaluate import evaluate_backend
from leanseg.models.backbone import load_backbone_weights
from leanseg.models.registry import build_model
from leanseg.runs import (
    ModelHeader,
    create_run,
    load_model,
    load_state,
    parent_reference,
    prepare_run_dir,
    save_weights,
    write_json,
)


class TrainingError(LeansegError):
    """Training cannot go on: a non-finite loss, a bad device or start."""


@dataclass
class TrainResult:
    run_dir: Path
    best_miou: float
    best_epoch: int
    epochs_run: int
    seconds: float


def _setup_distributed() -> tuple[int, int, bool]:
    """(rank, world size, whether this call created the process group); initialises the
    group when launched by torchrun."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    created = world > 1 and not dist.is_initialized()
    if created:
        backend = "nccl" if torch.cuda.is_available() else "gloo"
        dist.init_process_group(backend)
    return (dist.get_rank(), world, created) if world > 1 else (0, 1, False)


def _device(cfg: TrainConfig, rank: int) -> torch.device:
    if cfg.run.device == "cpu" or (cfg.run.device == "auto" and not torch.cuda.is_available()):
        return torch.device("cpu")
    if not torch.cuda.is_available():
        raise TrainingError(f"device={cfg.run.device} but CUDA is not available here; use cpu")
    if cfg.run.device.startswith("cuda:"):
        index = int(cfg.run.device.split(":")[1])
        if index >= torch.cuda.device_count():
            raise TrainingError(f"device={cfg.run.device}: only {torch.cuda.device_count()} GPUs")
        return torch.device("cuda", index)
    return torch.device("cuda", rank % torch.cuda.device_count())


def _seed_everything(seed: int, deterministic: bool) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    if deterministic:
        torch.use_deterministic_algorithms(True, warn_only=True)
        torch.backends.cudnn.benchmark = False


def _optimizer(cfg: OptimConfig, params) -> torch.optim.Optimizer:
    if cfg.optimizer == "sgd":
        return torch.optim.SGD(params, cfg.lr, momentum=cfg.momentum, weight_decay=cfg.weight_decay)
    if cfg.optimizer == "adam":
        return torch.optim.Adam(params, cfg.lr, weight_decay=cfg.weight_decay)
    if cfg.optimizer == "adamw":
        return torch.optim.AdamW(params, cfg.lr, weight_decay=cfg.weight_decay)
    raise TrainingError(f"unknown optimizer {cfg.optimizer!r}; choose sgd, adam or adamw")


def lr_factor(step: int, total: int, warmup: int, schedule: str) -> float:
    """Multiplier of the base learning rate at `step` of `total` (per iteration)."""
    if step < warmup:
        return 0.01 + 0.99 * step / max(warmup, 1)
    progress = (step - warmup) / max(total - warmup, 1)
    if schedule == "poly":
        return (1 - min(progress, 1.0)) ** 0.9
    if schedule == "cosine":
        return 0.5 * (1 + math.cos(math.pi * min(progress, 1.0)))
    if schedule == "constant":
        return 1.0
    raise TrainingError(f"unknown schedule {schedule!r}; choose poly, cosine or constant")


def train(
    cfg: TrainConfig,
    resume: bool = False,
    progress: bool = True,
    overwrite: bool = False,
    start: tuple[nn.Module, ModelHeader] | None = None,
    teacher: tuple[nn.Module, float, float] | None = None,
) -> TrainResult:
    """Train `cfg.model` on `cfg.dataset`, writing a run directory; returns the best figures.

    An existing run of the same name is continued only with `resume` (with the same settings)
    and replaced only with `overwrite`; a run that fails before its first checkpoint leaves
    no folder behind. `start` is a model and header built by the caller (a compression step
    fine-tunes its own derived model into its own run directory); `teacher` is (model, alpha,
    temperature) for knowledge distillation from it (`leanseg.distill`)."""
    run_dir = Path(cfg.run.out_dir) / cfg.run_name()
    rank0 = int(os.environ.get("RANK", "0")) == 0
    if rank0:
        prepare_run_dir(run_dir, config_to_dict(cfg), resume, overwrite)
    existed = resume  # a new run's folder is this process's own: removed if it fails early
    was_deterministic = torch.are_deterministic_algorithms_enabled()
    created_group = False
    try:
        rank, world, created_group = _setup_distributed()
        return _train(cfg, rank, world, resume, progress, start, teacher)
    except BaseException:
        if rank0 and not existed and not (run_dir / CHECKPOINT).exists():
            shutil.rmtree(run_dir, ignore_errors=True)
        raise
    finally:
        torch.use_deterministic_algorithms(was_deterministic)
        if created_group:
            # Every rank leaves the group together: a rank that exits while gloo still holds
            # its peers' connections can abort the others (SIGABRT in gloo's I/O thread).
            dist.destroy_process_group()


def _train(
    cfg: TrainConfig,
    rank: int,
    world: int,
    resume: bool,
    progress: bool,
    start: tuple[nn.Module, ModelHeader] | None,
    teacher: tuple[nn.Module, float, float] | None,
) -> TrainResult:
    device = _device(cfg, rank)
    run, optim = cfg.run, cfg.optim
    _seed_everything(run.seed + rank, run.deterministic)
    spec = load_spec(cfg.data.dataset)
    run_dir = Path(run.out_dir) / cfg.run_name()
    train_set = SegmentationDataset(spec, "train", train_transform(cfg.augment, spec.ignore_index))
    val_split = "val" if "val" in spec.splits else None
    val_set = (
        SegmentationDataset(spec, val_split, eval_transform(cfg.data.eval_size))
        if val_split
        else None
    )
    cached = cfg.data.cache
    sampler = (
        DistributedSampler(train_set, world, rank, seed=run.seed)
        if world > 1 and not cached
        else None
    )
    workers = 0 if run.deterministic else cfg.data.workers
    g = torch.Generator().manual_seed(run.seed + rank)
    drop_last = len(train_set) // world > optim.batch_size
    loader: Iterable = (
        CachedLoader(DecodedSplit(spec, "train", device, progress and rank == 0), cfg.augment,
                     optim.batch_size, g, drop_last, rank, world)
        if cached
        else DataLoader(train_set, optim.batch_size, shuffle=sampler is None, sampler=sampler,
                        num_workers=workers, drop_last=drop_last, generator=g,
                        persistent_workers=workers > 0)
    )  # fmt: skip

    model, header = start if start is not None else initial_model(cfg, spec)
    model.to(device)
    net: nn.Module = nn.parallel.DistributedDataParallel(model) if world > 1 else model
    optimizer = _optimizer(optim, model.parameters())
    steps_per_epoch = max(len(loader), 1)
    total = optim.epochs * steps_per_epoch
    warmup = int(optim.warmup_epochs * steps_per_epoch)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: lr_factor(s, total, warmup, optim.schedule)
    )
    use_amp = optim.amp and device.type == "cuda"
    scaler = torch.amp.GradScaler("cuda", enabled=use_amp)
    averaged = moving_average(model, optim.ema)
    scored = averaged.module if averaged is not None else model  # what is validated and kept

    state = {"epoch": 0, "best_miou": -1.0, "best_epoch": -1, "stale": 0}
    if resume:
        state = load_checkpoint(run_dir, model, optimizer, scheduler, scaler, averaged)
        if rank == 0:
            _truncate_log(run_dir, state["epoch"])
    elif rank == 0:
        create_run(run_dir, header, config_to_dict(cfg))
    weights = class_weights(spec, "train", cfg.data.class_weights, progress=progress and rank == 0)
    weight_t = (
        torch.as_tensor(weights, dtype=torch.float32, device=device)
        if weights is not None
        else None
    )
    ce = nn.CrossEntropyLoss(weight=weight_t, ignore_index=spec.ignore_index)
    criterion: nn.Module = Supervised(ce)
    if teacher is not None:
        model_t, alpha, temperature = teacher
        criterion = DistillationLoss(model_t.to(device), ce, alpha, temperature, spec.ignore_index)
    writer = _tensorboard(run_dir) if rank == 0 else None
    start = time.perf_counter()
    epoch = state["epoch"]
    for epoch in range(state["epoch"], optim.epochs):
        g.manual_seed(run.seed * 100_003 + epoch)  # shuffle order depends on the epoch only,
        if sampler is not None:  # so a resumed run sees the same batches
            sampler.set_epoch(epoch)
        t0 = time.perf_counter()
        bar = tqdm(
            loader,
            desc=f"epoch {epoch + 1}/{optim.epochs}",
            disable=not progress or rank > 0,
            leave=False,
        )
        loss_sum, images_seen = _train_epoch(
            net,
            bar,
            criterion,
            optimizer,
            scheduler,
            scaler,
            averaged,
            optim.grad_clip,
            device,
            f"{run_dir}: epoch {epoch + 1}",
        )
        row: dict[str, Any] = {
            "epoch": epoch + 1,
            "train_loss": loss_sum / max(images_seen, 1),
            "lr": optimizer.param_groups[0]["lr"],
            "images_per_s": images_seen * world / (time.perf_counter() - t0),
        }
        stop = False
        if rank == 0:
            if val_set is not None and (
                (epoch + 1) % run.val_every == 0 or epoch + 1 == optim.epochs
            ):
                metrics = evaluate_backend(
                    TorchBackend(scored, str(device)), val_set, progress=False
                )
                row |= {"val_miou": metrics.miou, "val_pixel_accuracy": metrics.pixel_accuracy}
                improved = metrics.miou > state["best_miou"]
                if improved:
                    state |= {"best_miou": metrics.miou, "best_epoch": epoch + 1, "stale": 0}
                else:
                    state["stale"] += 1
                if improved or run.keep == "last":
                    save_weights(run_dir, scored)
                    write_json(
                        run_dir / "metrics.json",
                        {"split": val_split, "epoch": epoch + 1, **metrics.to_dict()},
                    )
                stop = run.early_stop > 0 and state["stale"] >= run.early_stop
            elif val_set is None:
                save_weights(run_dir, scored)
            save_weights(run_dir, scored, name="last.safetensors")
            state["epoch"] = epoch + 1
            _log(run_dir, writer, row)
            # The checkpoint is one file written last: a kill before it resumes this epoch.
            save_checkpoint(run_dir, model, state, optimizer, scheduler, scaler, averaged)
            if progress:
                tqdm.write(
                    " ".join(
                        f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}"
                        for k, v in row.items()
                    )
                )
        if world > 1:
            flag = torch.tensor([int(stop)], device=device)
            dist.broadcast(flag, 0)
            stop = bool(flag.item())
        if stop:
            break
    if writer is not None:
        writer.close()
    if world > 1:
        dist.barrier()
    return TrainResult(
        run_dir, state["best_miou"], state["best_epoch"], epoch + 1, time.perf_counter() - start
    )


def initial_model(cfg: TrainConfig, spec: DatasetSpec) -> tuple[nn.Module, ModelHeader]:
    """The model to train and its header: fresh from the registry, or a parent run's weights
    (`init`: the architecture and channel plan come from the parent, not from `model`). When
    the dataset's classes differ from the parent's, every class-dependent tensor (the
    classifier) starts fresh and all others keep the parent's values."""
    common = {
        "num_classes": spec.num_classes,
        "classes": list(spec.classes),
        "colors": [list(c) for c in spec.palette()],
        "ignore_index": spec.ignore_index,
        "dataset": absolute_descriptor(cfg.data.dataset),
    }
    if not cfg.run.init:
        model = build_model(cfg.run.model, spec.num_classes)
        if cfg.run.backbone_weights:
            load_backbone_weights(model, cfg.run.model, cfg.run.backbone_weights)
        return model, ModelHeader(cfg.run.model, **common)
    if cfg.run.backbone_weights:
        raise TrainingError("init and backbone_weights exclude each other: choose one start")
    parent_model, parent = load_model(cfg.run.init)
    replaced: list[str] = []
    if parent.classes == list(spec.classes):
        model = parent_model
    else:
        replaced = class_dependent_keys(parent)
        model = parent.build(spec.num_classes)
        kept = {k: v for k, v in parent_model.state_dict().items() if k not in replaced}
        load_state(model, kept, Path(cfg.run.init), strict=False)
    settings = {"init": cfg.run.init, "replaced": replaced}
    header = ModelHeader(
        parent.model,
        **common,
        channels=parent.channels,
        options=parent.options,
        parent=parent_reference(cfg.run.init),
        step="finetune",
        settings=settings,
    )
    return model, header


def class_dependent_keys(header: ModelHeader) -> list[str]:
    """State-dict keys whose shape depends on the class count: the classifier's tensors (and
    any other class-sized layer, such as FCN's score upsampling), found by building the
    architecture for two class counts and comparing shapes."""
    a = header.build().state_dict()
    b = header.build(header.num_classes + 1).state_dict()
    return sorted(k for k in a if a[k].shape != b[k].shape)


def moving_average(model: nn.Module, decay: float) -> AveragedModel | None:
    """An exponential moving average of `model`'s weights and batch-norm statistics (None when
    `decay` is 0), updated after every step. Why: fine-tuning a compressed model on a small
    dataset moves its val mIoU by a point from epoch to epoch (CamVid ENet: 60.6-61.5 from the
    running statistics of the last 20 batches alone), so the last epoch is a noisy pick and the
    best one is picked on the split it reports; the average is steadier. It keeps what the
    weights share: zeros stay zero and equal weights stay equal."""
    if not decay:
        return None
    averaged = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(decay), use_buffers=True)
    averaged.update_parameters(model)  # the first update copies: the average starts at `model`
    return averaged


def _train_epoch(
    net: nn.Module,
    bar,
    criterion,
    optimizer,
    scheduler,
    scaler,
    averaged: AveragedModel | None,
    grad_clip: float,
    device,
    where: str,
) -> tuple[float, int]:
    """One pass over the training batches, updating `averaged` after each step; returns the
    summed loss and the images seen."""
    net.train()
    use_amp = scaler.is_enabled()
    loss_sum, images_seen, t0 = 0.0, 0, time.perf_counter()
    for step, (images, masks) in enumerate(bar):
        images, masks = images.to(device), masks.to(device)
        with torch.autocast(device.type, enabled=use_amp):
            loss = criterion(net(images), masks, images)
        if not torch.isfinite(loss):
            raise TrainingError(
                f"{where}, step {step + 1}: non-finite loss ({loss.item()}); "
                "lower the learning rate or enable grad_clip"
            )
        optimizer.zero_grad(set_to_none=True)
        scaler.scale(loss).backward()
        if grad_clip > 0:
            scaler.unscale_(optimizer)
            nn.utils.clip_grad_norm_(net.parameters(), grad_clip)
        scaler.step(optimizer)
        scaler.update()
        scheduler.step()
        if averaged is not None:
            averaged.update_parameters(net.module if hasattr(net, "module") else net)
        loss_sum += loss.item() * images.shape[0]
        images_seen += images.shape[0]
        rate = images_seen / (time.perf_counter() - t0)
        bar.set_postfix(loss=f"{loss.item():.3f}", img_s=f"{rate:.1f}")
    return loss_sum, images_seen


def _truncate_log(run_dir: Path, epochs_done: int) -> None:
    """Drop log rows of epochs after the checkpoint (logged before a kill), so a resumed run
    logs every epoch once."""
    path = run_dir / "metrics.csv"
    if not path.is_file():
        return
    with path.open(newline="") as f:
        rows = list(csv.DictReader(f))
    kept = [r for r in rows if r.get("epoch", "").isdigit() and int(r["epoch"]) <= epochs_done]
    if len(kept) < len(rows):
        with atomic_path(path) as tmp, tmp.open("w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=LOG_FIELDS)
            w.writeheader()
            w.writerows(kept)


LOG_FIELDS = ["epoch", "train_loss", "lr", "images_per_s", "val_miou", "val_pixel_accuracy"]


def _tensorboard(run_dir: Path):
    from torch.utils.tensorboard import SummaryWriter

    return SummaryWriter(str(run_dir / "tb"))


def _log(run_dir: Path, writer, row: dict[str, Any]) -> None:
    path = run_dir / "metrics.csv"
    new = not path.exists()
    with path.open("a", newline="") as f:
        w = csv.DictWriter(f, fieldnames=LOG_FIELDS)
        if new:
            w.writeheader()
        w.writerow(row)
    for key, value in row.items():
        if key != "epoch":
            writer.add_scalar(key, value, row["epoch"])
    writer.flush()
