"""Run directories: a model's weights, the header that rebuilds it without pickle, its config,
metrics and lineage. Every step reads a run directory and writes a new one naming its parent.

Layout of `runs/<name>/`:
    model.json          header: architecture name, class count, classes, colours, parent, ...
    model.safetensors   best weights (by validation mIoU)
    last.safetensors    weights after the last epoch
    resume.pt           optimizer, scheduler, RNG and epoch (tensors and plain types only;
                        loaded with weights_only=True)
    config.yaml         the resolved configuration
    metrics.csv         one row per epoch; tb/ holds the same for TensorBoard
    metrics.json        best validation figures
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from safetensors import SafetensorError
from safetensors.torch import load_file, save_file
from torch import nn

from leanseg.atomic import atomic_path, write_text
from leanseg.errors import LeansegError
from leanseg.models.registry import ModelError, build_model

HEADER = "model.json"
WEIGHTS = "model.safetensors"
PRETRAINED_DIR = Path(__file__).parent / "pretrained"


class RunError(LeansegError):
    """A run directory that is missing, incomplete or inconsistent."""


@dataclass(frozen=True)
class ModelHeader:
    """Everything needed to rebuild a model and interpret its output."""

    model: str  # registry name
    num_classes: int
    classes: list[str]
    colors: list[list[int]]
    ignore_index: int
    dataset: str = ""  # the descriptor it was trained on
    parent: str | None = None  # the run this one was derived from
    step: str = "train"  # what produced it: train, prune, quantize, ...
    options: dict[str, Any] = field(default_factory=dict)  # constructor keyword arguments

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)


def save_model(run_dir: Path, model: nn.Module, header: ModelHeader, name: str = WEIGHTS) -> None:
    """Write weights and header atomically (the header last, so a run is complete once seen)."""
    run_dir.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().cpu().contiguous() for k, v in _unwrap(model).state_dict().items()}
    with atomic_path(run_dir / name) as tmp:
        save_file(state, str(tmp), metadata={"leanseg_header": header.to_json()})
    write_text(run_dir / HEADER, header.to_json())


def read_header(run_dir: Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        return ModelHeader(**json.loads(path.read_text()))
    except (json.JSONDecodeError, TypeError) as err:
        raise RunError(f"{path}: malformed header ({err})") from None


def resolve_model_path(name_or_path: str | Path) -> Path:
    """A run directory, or the name of a pretrained model shipped with leanseg (camvid-enet)."""
    path = Path(name_or_path)
    if path.exists():
        return path
    shipped = PRETRAINED_DIR / str(name_or_path)
    if shipped.is_dir():
        return shipped
    names = (
        sorted(p.name for p in PRETRAINED_DIR.iterdir() if p.is_dir())
        if PRETRAINED_DIR.is_dir()
        else []
    )
    raise RunError(
        f"{name_or_path}: no such run directory or pretrained model ({', '.join(names)})"
    )


def load_model(run_dir: str | Path, weights: str = WEIGHTS) -> tuple[nn.Module, ModelHeader]:
    """Rebuild the model of a run directory from its header and safetensors weights."""
    run_dir = resolve_model_path(run_dir)
    header = read_header(run_dir)
    path = run_dir / weights
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        model = build_model(header.model, header.num_classes, **header.options)
        model.load_state_dict(state)
    except (RuntimeError, TypeError) as err:
        raise ModelError(
            f"{path}: weights do not fit model {header.model} ({str(err)[:200]})"
        ) from None
    return model.eval(), header


def write_json(path: Path, data: Any) -> None:
    write_text(path, json.dumps(data, indent=2))


def write_lineage(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def _unwrap(model: nn.Module) -> nn.Module:
    return model.module if hasattr(model, "module") else model
