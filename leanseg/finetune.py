"""Fine-tuning a derived model (pruned, weight-shared) into its own run directory, with the
parent's training settings: fewer epochs, a tenth of the parent's learning rate unless given,
no warm-up, validation every epoch, optionally distilled from the parent. The last epoch's
weights are kept (`keep: last`; `--set keep=best` for the best validated one): a compression
step reports its val mIoU, and picking the epoch on that split would flatter it (CamVid ENet
Deep Compression: 60.28% picked, 59.46% last)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from torch import nn

from leanseg.config import config_to_dict, load_config, parse_overrides, train_config
from leanseg.runs import CONFIG, ModelHeader, load_model, locate_model


@dataclass(frozen=True)
class FinetuneConfig:
    epochs: int
    lr: float = 0.0  # 0: a tenth of the parent's
    distill: float = 0.0  # weight of distillation from the parent; 0: labels only
    temperature: float = 4.0
    overrides: dict[str, Any] = field(default_factory=dict)  # `--set` training settings


def finetune(
    model: nn.Module,
    header: ModelHeader,
    parent: str | Path,
    out: str | Path,
    cfg: FinetuneConfig,
    progress: bool = True,
) -> nn.Module:
    """Train `model` (described by `header`, the child's) into the run directory `out`;
    returns the model with the weights the run kept (the last epoch's by default)."""
    from leanseg.train import train  # train imports the evaluation stack; keep it lazy

    run_dir, _ = locate_model(parent)
    flat: dict[str, Any] = {}
    if (run_dir / CONFIG).is_file():
        flat = config_to_dict(load_config(run_dir / CONFIG, {}))
    flat |= {
        "dataset": header.dataset,
        "model": header.model,
        "init": "",
        "backbone_weights": "",
        "epochs": cfg.epochs,
        "lr": cfg.lr or float(flat.get("lr", 5e-4)) * 0.1,
        "warmup_epochs": 0.0,
        "out_dir": str(Path(out).parent),
        "name": Path(out).name,
        "early_stop": 0,
        "val_every": 1,
        "keep": "last",
        "device": "auto",  # the parent may have trained on a GPU this machine lacks
        "workers": min(int(flat.get("workers", 2)), os.cpu_count() or 1),
    }
    tcfg = train_config(**(flat | parse_overrides(cfg.overrides)))
    teacher = (load_model(parent)[0], cfg.distill, cfg.temperature) if cfg.distill else None
    train(tcfg, progress=progress, overwrite=True, start=(model, header), teacher=teacher)
    best, _ = load_model(out)
    return best
