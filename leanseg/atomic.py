"""Write files so that a crash or bad input never leaves a half-written output behind, and
never replace what a user did not ask to replace."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from leanseg.errors import LeansegError


class OutputError(LeansegError):
    """An output path that would replace a user's files or write inside an input."""


def check_output_dir(
    out: str | Path,
    overwrite: bool = False,
    inputs: Iterable[str | Path] = (),
    nested: bool = False,
) -> None:
    """Refuse an output folder that holds anything (unless `overwrite`), that is a file, or
    that overlaps one of `inputs` even with `overwrite` (`check_not_input`)."""
    out = Path(out)
    check_not_input(out, inputs, nested)
    _check_parents(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise OutputError(f"{out}: folder exists and is not empty; pass --overwrite to replace it")
    if out.is_dir() and not os.access(out, os.W_OK | os.X_OK):
        raise OutputError(f"{out}: cannot write in it (read-only or no permission)")


def check_output_file(
    path: str | Path, overwrite: bool = False, inputs: Iterable[str | Path] = ()
) -> None:
    """Refuse to replace an existing file unless `overwrite`, a folder in any case, and an
    input even with `overwrite` (`check_not_input`)."""
    path = Path(path)
    check_not_input(path, inputs)
    _check_parents(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name")
    if path.exists() and not overwrite:
        raise OutputError(f"{path}: file exists; pass --overwrite to replace it")


def check_not_input(out: Path, inputs: Iterable[str | Path], nested: bool = False) -> None:
    """The one rule by which no command writes over what it reads: an output may not be an
    input, hold one, or (unless `nested`, for results kept inside their run such as
    `eval-val/`) lie inside an input folder; an existing file inside an input folder is an
    input's part in every case. `--overwrite` does not lift it: the command would destroy
    what it reads."""
    target = out.resolve()
    for src in inputs:
        source = Path(src).resolve()
        inside = source in target.parents
        if target == source or target in source.parents or (inside and not nested):
            kind = "folder" if source.is_dir() else "file"
            raise OutputError(f"{out}: overlaps the input {kind} {src}; choose another output")
        if inside and target.is_file():
            raise OutputError(f"{out}: is a file of the input {src}; choose another output")


def _check_parents(path: Path) -> None:
    """The nearest existing folder above `path` must be a folder we may write in: checked
    before the work, so that a read-only place fails in a second, not after an evaluation.
    (`os.access` sees a read-only file system even for root, who ignores permission bits.)"""
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"{path}: {parent} is a file, not a folder")
            if not os.access(parent, os.W_OK | os.X_OK):
                raise OutputError(f"{path}: cannot write in {parent} (read-only or no permission)")
            return


def remove_stale_temporaries(folder: str | Path) -> list[Path]:
    """Delete what `atomic_path` left behind when a process was killed mid-write."""
    stale = sorted(Path(folder).glob(".*.tmp*")) if Path(folder).is_dir() else []
    for p in stale:
        _remove(p)
    return stale


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it onto `path` only if the block succeeds.

    Works for files and folders alike: whatever the block writes at the yielded path replaces
    `path` in one rename, so readers see either the old output or the complete new one.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    _remove(tmp)
    try:
        yield tmp
        if tmp.is_dir() and path.exists():
            _remove(path)
        os.replace(tmp, path)
    finally:
        _remove(tmp)


@contextlib.contextmanager
def new_folder(path: str | Path) -> Iterator[Path]:
    """Create `path` (and missing parents) for outputs written one by one; when the work
    inside fails, remove what this created, so that a failed command leaves no empty or
    half-filled folder behind. A folder that existed before is left as it is."""
    path = Path(path)
    created = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(parents=True, exist_ok=True)
    try:
        yield path
    except BaseException:
        if created:
            shutil.rmtree(created[-1], ignore_errors=True)  # the highest folder made here
        raise


def write_text(path: str | Path, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text)


def write_bytes(path: str | Path, data: bytes) -> None:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def _remove(p: Path) -> None:
    if p.is_dir() and not p.is_symlink():
        shutil.rmtree(p)
    elif p.exists() or p.is_symlink():
        p.unlink()
