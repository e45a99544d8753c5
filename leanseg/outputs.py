"""Where a command writes when it is given no `--out`: one rule for every command.

Three places, named by what the output is:
    beside   a new run or folder next to the model's run, `<run>-<name>/` (derived runs,
             recipes, `-fit`, `-sweep`, `-sensitivity`, `-visualize`)
    inside   a folder of results inside the run, `<run>/<name>/` (`eval-*`, `profile-*`)
    file     a file inside the run, `<run>/<name>` (`model.onnx`)

A model file that belongs to no run (a loose `.lsz` or `.onnx`) gets `<dir>/<stem>-<name>`
beside it instead.

A pretrained model lives inside the installed package, which is read-only in a normal install
and part of the source tree in an editable one, so its outputs always go to the working
directory instead: `./<model>-<name>/`, or `./<model><suffix>` for a file. No command computes
its own default; each asks `default_output`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from leanseg.atomic import check_output_dir
from leanseg.runs import HEADER, PRETRAINED_DIR, locate_model, resolve_model_path

Place = Literal["beside", "inside", "file"]


def pretrained_name(path: str | Path) -> str | None:
    """The name of the pretrained model that `path` lies in (None outside the package)."""
    resolved = Path(path).resolve()
    shipped = PRETRAINED_DIR.resolve()
    if shipped not in resolved.parents:
        return None
    return resolved.relative_to(shipped).parts[0]


def default_output(model: str | Path, name: str, place: Place = "beside") -> Path:
    """The path a command writes for `model` (run directory, model file or pretrained name)
    when it is given no `--out`; see the module docstring for the rule."""
    path = resolve_model_path(model)
    shipped = pretrained_name(path)
    if shipped is not None:
        if place == "file":
            return Path.cwd() / f"{shipped}{Path(name).suffix}"
        return Path.cwd() / f"{shipped}-{name}"
    if place == "beside":
        run_dir = path if path.is_dir() else locate_model(path)[0]
        if (run_dir / HEADER).is_file():
            return run_dir.parent / f"{run_dir.name}-{name}"
    if path.is_file():
        return path.parent / f"{path.stem}-{name}"
    return path / name


def derived_output(
    parent: str | Path, out: str | Path | None, suffix: str, overwrite: bool = False
) -> Path:
    """The folder a step derived from run `parent` writes: `out`, else `<run>-<suffix>`
    (`default_output`); refused, before any work, when it holds anything (unless `overwrite`)
    or overlaps the parent's run."""
    run_dir, _ = locate_model(parent)
    out = Path(out) if out else default_output(run_dir, suffix)
    check_output_dir(out, overwrite, inputs=[run_dir])
    return out
