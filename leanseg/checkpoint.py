"""Training checkpoints: what `train --resume` needs to continue exactly where a run stopped.

`resume.pt` holds the weights, the epoch counters, optimizer, scheduler and gradient-scaler
state and the torch, numpy and Python RNG states, as tensors and plain types only, so it loads
with `weights_only=True`. One file, written atomically, so a kill at any moment leaves either
the previous checkpoint or the new one, never half of each.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import torch
from torch import nn

from leanseg.atomic import atomic_path
from leanseg.errors import LeansegError


class CheckpointError(LeansegError):
    """A run that cannot be resumed."""


CHECKPOINT = "resume.pt"
_KEYS = ("state", "model", "optimizer", "scheduler", "scaler", "torch_rng", "numpy_rng")


def save_checkpoint(
    run_dir: Path, model: nn.Module, state: dict, optimizer, scheduler, scaler, averaged=None
) -> None:
    """Write `resume.pt` atomically: weights, counters (`state`), optimizer, scheduler, scaler,
    the moving average of the weights (`averaged`, when training keeps one) and RNG states in
    one file, so no kill can leave them out of step."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    payload = {
        "state": state,
        "model": {k: v.detach().cpu() for k, v in module.state_dict().items()},
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
        "scaler": scaler.state_dict(),
        "torch_rng": torch.get_rng_state(),
        "numpy_rng": torch.from_numpy(np.random.get_state()[1].astype(np.int64)),
        "numpy_pos": int(np.random.get_state()[2]),
        "python_rng": random.getstate()[1],
    }
    if averaged is not None:
        payload["averaged"] = {k: v.detach().cpu() for k, v in averaged.state_dict().items()}
    with atomic_path(Path(run_dir) / CHECKPOINT) as tmp:
        torch.save(payload, tmp)


def load_checkpoint(
    run_dir: Path, model: nn.Module, optimizer, scheduler, scaler, averaged=None
) -> dict:
    """Restore weights, optimizer, scheduler, scaler, the moving average (when `averaged` is
    given) and every RNG; return the counters. The file is untrusted: loaded with
    `weights_only=True`, its keys and shapes checked."""
    from leanseg.runs import load_state

    path = Path(run_dir) / CHECKPOINT
    if not path.is_file():
        raise CheckpointError(f"{run_dir}: nothing to resume (no {CHECKPOINT})")
    try:
        payload = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as err:  # truncated zip, forbidden pickle globals, ...: all untyped
        raise CheckpointError(
            f"{path}: not a readable checkpoint ({type(err).__name__}); "
            "start the run again with --overwrite"
        ) from None
    keys = _KEYS + (("averaged",) if averaged is not None else ())
    missing = [k for k in keys if not isinstance(payload, dict) or k not in payload]
    if missing:
        raise CheckpointError(f"{path}: not a leanseg checkpoint (missing {', '.join(missing)})")
    try:
        load_state(model, payload["model"], path)
        if averaged is not None:
            averaged.load_state_dict(payload["averaged"])
        optimizer.load_state_dict(payload["optimizer"])
        scheduler.load_state_dict(payload["scheduler"])
        scaler.load_state_dict(payload["scaler"])
        torch.set_rng_state(payload["torch_rng"])
        keys = payload["numpy_rng"].numpy().astype(np.uint32)
        np.random.set_state(("MT19937", keys, payload["numpy_pos"], 0, 0.0))
        random.setstate((3, tuple(payload["python_rng"]), None))
        state = dict(payload["state"])
        int(state["epoch"])
    except LeansegError:
        raise
    except Exception as err:
        raise CheckpointError(
            f"{path}: inconsistent checkpoint ({type(err).__name__}: {str(err)[:120]})"
        ) from None
    return state
