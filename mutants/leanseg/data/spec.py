"""Dataset descriptors: one `dataset.yaml` (or a built-in name plus a path) says what a dataset is.

A descriptor names the format, the root folder, the splits, the class names and colours and the
ignore index. Every command that reads a dataset takes one, so a dataset is described once.

Example `dataset.yaml`::

    name: camvid
    format: pairs
    root: .
    splits: {train: train.txt, val: val.txt}
    classes: [Sky, Building, ...]
    colors: [[128, 128, 128], ...]
    ignore_index: 11
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from leanseg.atomic import write_text
from leanseg.errors import LeansegError

FORMATS = ("pairs", "voc", "cityscapes", "coco")


class DatasetError(LeansegError):
    """Bad dataset input: the message names the file and the problem."""


@dataclass(frozen=True)
class DatasetSpec:
    """What a dataset is and where it lives."""

    name: str
    format: str  # one of FORMATS
    root: Path
    splits: dict[str, Any]  # split name -> list file, folder pair or format-specific entry
    classes: tuple[str, ...]
    colors: tuple[tuple[int, int, int], ...] = ()  # one RGB colour per class, for overlays
    ignore_index: int = 255  # label id skipped by loss and metrics
    extra: dict[str, Any] = field(default_factory=dict)  # format options (e.g. COCO category ids)

    @property
    def num_classes(self) -> int:
        return len(self.classes)

    def palette(self) -> list[tuple[int, int, int]]:
        """Colours for every class; VOC's colour map fills in where the descriptor has none."""
        if len(self.colors) == self.num_classes:
            return [tuple(c) for c in self.colors]
        return voc_colormap(self.num_classes)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["root"] = str(self.root)
        d["classes"] = list(self.classes)
        d["colors"] = [list(c) for c in self.colors]
        return d

    def save(self, path: Path) -> None:
        """Write this descriptor as YAML with `root` relative to the file when possible."""
        d = self.to_dict()
        try:
            d["root"] = str(Path(self.root).resolve().relative_to(path.parent.resolve())) or "."
        except ValueError:
            pass
        write_text(path, yaml.safe_dump(d, sort_keys=False))


def voc_colormap(n: int) -> list[tuple[int, int, int]]:
    """The Pascal VOC label colour map (bit-interleaved), also used by labelme and imgviz."""
    colors = []
    for i in range(n):
        r = g = b = 0
        cid = i
        for shift in range(7, -1, -1):
            r |= ((cid >> 0) & 1) << shift
            g |= ((cid >> 1) & 1) << shift
            b |= ((cid >> 2) & 1) << shift
            cid >>= 3
        colors.append((r, g, b))
    return colors


BuiltinDescriptor = Callable[[Path], DatasetSpec]
BUILTINS: dict[str, BuiltinDescriptor] = {}


def register_builtin(name: str) -> Callable[[BuiltinDescriptor], BuiltinDescriptor]:
    """Decorator: `NAME:PATH` descriptors for a well-known dataset in its usual layout. Each
    format module registers its own (camvid in `pairs`, voc in `voc`, ...)."""

    def add(fn: BuiltinDescriptor) -> BuiltinDescriptor:
        if name in BUILTINS:
            raise ValueError(f"built-in dataset {name!r} registered twice")
        BUILTINS[name] = fn
        return fn

    return add


def load_spec(source: str | Path) -> DatasetSpec:
    """Read a descriptor from a YAML file, a folder holding `dataset.yaml`, or `NAME:PATH`.

    `NAME:PATH` uses a built-in descriptor (camvid, voc, cityscapes, coco) rooted at PATH, e.g.
    `camvid:../shared/datasets/camvid`.
    """
    text = str(source)
    name, sep, rest = text.partition(":")
    if sep and name in BUILTINS:
        root = Path(rest)
        if not root.is_dir():
            raise DatasetError(f"{root}: dataset folder not found")
        return BUILTINS[name](root)
    path = Path(text)
    if path.is_dir():
        path = path / "dataset.yaml"
    if not path.is_file():
        raise DatasetError(
            f"{path}: no dataset descriptor here; pass a dataset.yaml, a folder holding one, "
            f"or NAME:PATH with NAME in {', '.join(BUILTINS)}"
        )
    try:
        raw = yaml.safe_load(path.read_text())
    except yaml.YAMLError as err:
        raise DatasetError(f"{path}: not valid YAML ({err.__class__.__name__})") from None
    return spec_from_dict(raw, base=path.parent, source=path)


def absolute_descriptor(source: str) -> str:
    """The same descriptor with absolute paths, so that a run directory that records it still
    finds its dataset from any working directory."""
    name, sep, rest = source.partition(":")
    if sep and name in BUILTINS:
        return f"{name}:{Path(rest).resolve()}"
    return str(Path(source).resolve()) if source else source


def spec_from_dict(raw: Any, base: Path, source: Path | str = "<dict>") -> DatasetSpec:
    """Validate a descriptor mapping; relative roots are taken from `base`."""
    if not isinstance(raw, dict):
        raise DatasetError(f"{source}: a descriptor must be a mapping")
    missing = [k for k in ("format", "splits", "classes") if k not in raw]
    if missing:
        raise DatasetError(f"{source}: missing key(s) {', '.join(missing)}")
    fmt = raw["format"]
    if fmt not in FORMATS:
        raise DatasetError(f"{source}: format '{fmt}' is not one of {', '.join(FORMATS)}")
    if not isinstance(raw.get("root", "."), str):
        raise DatasetError(f"{source}: root must be a path")
    root = Path(raw.get("root", "."))
    if not root.is_absolute():
        root = base / root
    classes = raw["classes"]
    if not isinstance(classes, list) or not classes or not all(_is_name(c) for c in classes):
        raise DatasetError(f"{source}: classes must be a non-empty list of names")
    if len(set(map(str, classes))) != len(classes):
        raise DatasetError(f"{source}: classes has duplicate names")
    colors = raw.get("colors") or []
    if not isinstance(colors, list) or not all(_is_rgb(c) for c in colors):
        raise DatasetError(f"{source}: colors must be a list of [R, G, B] lists of 0-255")
    if colors and len(colors) != len(classes):
        raise DatasetError(f"{source}: {len(colors)} colors for {len(classes)} classes")
    ignore = raw.get("ignore_index", 255)
    if not _is_int(ignore) or not 0 <= ignore <= 255:
        raise DatasetError(f"{source}: ignore_index must be an integer in 0-255")
    splits = raw["splits"]
    if not isinstance(splits, dict) or not splits:
        raise DatasetError(f"{source}: splits must map split names to entries")
    for split, entry in splits.items():
        _check_split_entry(source, fmt, split, entry)
    extra = raw.get("extra") or {}
    if not isinstance(extra, dict):
        raise DatasetError(f"{source}: extra must be a mapping")
    return DatasetSpec(
        name=str(raw.get("name", Path(root).name)),
        format=fmt,
        root=root,
        splits={str(k): v for k, v in splits.items()},
        classes=tuple(str(c) for c in classes),
        colors=tuple(tuple(c) for c in colors),
        ignore_index=ignore,
        extra=dict(extra),
    )


# The keys a mapping split entry needs, per format; other formats take a path string.
SPLIT_KEYS = {"pairs": ("images", "labels"), "coco": ("images", "annotations")}


def _check_split_entry(source: Path | str, fmt: str, split: Any, entry: Any) -> None:
    where = f"{source}: split {split!r}"
    if isinstance(entry, dict) and fmt in SPLIT_KEYS:
        missing = [k for k in SPLIT_KEYS[fmt] if not isinstance(entry.get(k), str)]
        if missing:
            raise DatasetError(f"{where} needs {' and '.join(SPLIT_KEYS[fmt])} paths")
    elif not isinstance(entry, str) or not entry:
        kind = f"a path or {{{', '.join(SPLIT_KEYS[fmt])}}}" if fmt in SPLIT_KEYS else "a path"
        raise DatasetError(f"{where} must be {kind}")


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_name(v: Any) -> bool:
    return isinstance(v, str | int) and not isinstance(v, bool) and str(v) != ""


def _is_rgb(v: Any) -> bool:
    return (
        isinstance(v, list | tuple) and len(v) == 3 and all(_is_int(x) and 0 <= x <= 255 for x in v)
    )
