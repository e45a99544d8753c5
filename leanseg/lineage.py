"""Lineage: where a model came from, and a table of runs, read from run directories' files
without building any model (`leanseg runs show`, `leanseg runs list`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from safetensors import SafetensorError, safe_open

from leanseg.runs import (
    HEADER,
    METRICS,
    WEIGHTS,
    RunError,
    model_files,
    read_header,
    resolve_model_path,
)


@dataclass(frozen=True)
class RunSummary:
    """One line of `leanseg runs list` / `runs show`."""

    path: Path
    name: str
    step: str
    parent: str | None
    miou: float | None  # validation mIoU of the saved weights, where recorded
    params: int | None  # learnable tensors' elements (running statistics excluded)
    sizes: dict[str, int]  # bytes per model file format present

    @property
    def best_size(self) -> tuple[str, int] | None:
        return min(self.sizes.items(), key=lambda kv: kv[1]) if self.sizes else None


def summarize(run: str | Path) -> RunSummary:
    """Read a run's headline figures from its files, without building the model."""
    run_dir = resolve_model_path(run)
    header = read_header(run_dir)
    miou = None
    if (run_dir / METRICS).is_file():
        try:
            miou = json.loads((run_dir / METRICS).read_text()).get("miou")
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError):
            miou = None
    sizes = {f: p.stat().st_size for f, p in model_files(run_dir).items()}
    return RunSummary(
        run_dir, run_dir.name, header.step, header.parent, miou, _param_count(run_dir), sizes
    )


def _param_count(run_dir: Path) -> int | None:
    path = run_dir / WEIGHTS
    if not path.is_file():
        return None
    buffers = ("running_mean", "running_var", "num_batches_tracked")
    try:
        with safe_open(str(path), "pt") as f:
            shapes = [f.get_slice(k).get_shape() for k in f.keys() if not k.endswith(buffers)]
    except (SafetensorError, OSError):
        return None
    total = 0
    for shape in shapes:
        n = 1
        for d in shape:
            n *= d
        total += n
    return total


def lineage(run: str | Path) -> list[RunSummary]:
    """The run, its parent, its parent's parent, ... back to the first training run.
    A parent that no longer exists ends the chain (the last entry's `parent` still names it)."""
    chain = [summarize(run)]
    seen = {chain[0].path.resolve()}
    while chain[-1].parent:
        try:
            nxt = summarize(chain[-1].parent)
        except RunError:
            break
        if nxt.path.resolve() in seen:
            raise RunError(f"{nxt.path}: lineage loops back to itself")
        seen.add(nxt.path.resolve())
        chain.append(nxt)
    return chain


def list_runs(folder: str | Path) -> list[RunSummary]:
    """Every run directory directly under `folder` (or `folder` itself), sorted by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise RunError(f"{folder}: folder not found")
    dirs = [folder] if (folder / HEADER).is_file() else []
    dirs += sorted(d for d in folder.iterdir() if d.is_dir() and (d / HEADER).is_file())
    return [summarize(d) for d in dirs]


def format_runs(rows: list[RunSummary], chain: bool = False) -> str:
    """A table of runs; with `chain`, each row is the parent of the one above."""
    lines = [f"{'run':<28}{'step':<10}{'val mIoU':>9}{'params':>12}{'best file':>22}  parent"]
    for r in rows:
        miou = f"{r.miou:.2%}" if r.miou is not None else "-"
        params = f"{r.params:,d}" if r.params is not None else "-"
        best = f"{r.best_size[1] / 1e6:.3f} MB {r.best_size[0]}" if r.best_size else "-"
        parent = Path(r.parent).name if r.parent else "-"
        lines.append(f"{r.name[:27]:<28}{r.step:<10}{miou:>9}{params:>12}{best:>22}  {parent}")
    if chain and rows and rows[-1].parent:
        lines.append(f"(parent {rows[-1].parent} not found)")
    return "\n".join(lines)
