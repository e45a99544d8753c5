"""Cityscapes layout: leftImg8bit/<split>/<city>/*_leftImg8bit.png with
gtFine/<split>/<city>/*_gtFine_labelIds.png, mapped to the 19 training ids (others ignored).

The mapping is the one in the official cityscapesScripts `labels.py` (trainId column).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from leanseg.data.files import Sample, decode_label_image
from leanseg.data.spec import DatasetError, DatasetSpec, register_builtin

CITYSCAPES_CLASSES = (
    "road", "sidewalk", "building", "wall", "fence", "pole", "traffic light", "traffic sign",
    "vegetation", "terrain", "sky", "person", "rider", "car", "truck", "bus", "train",
    "motorcycle", "bicycle",
)  # fmt: skip
CITYSCAPES_COLORS = (
    (128, 64, 128), (244, 35, 232), (70, 70, 70), (102, 102, 156), (190, 153, 153),
    (153, 153, 153), (250, 170, 30), (220, 220, 0), (107, 142, 35), (152, 251, 152),
    (70, 130, 180), (220, 20, 60), (255, 0, 0), (0, 0, 142), (0, 0, 70), (0, 60, 100),
    (0, 80, 100), (0, 0, 230), (119, 11, 32),
)  # fmt: skip

# labelId -> trainId for the 19 evaluated classes; every other labelId becomes the ignore id.
LABEL_TO_TRAIN = {
    7: 0, 8: 1, 11: 2, 12: 3, 13: 4, 17: 5, 19: 6, 20: 7, 21: 8, 22: 9,
    23: 10, 24: 11, 25: 12, 26: 13, 27: 14, 28: 15, 31: 16, 32: 17, 33: 18,
}  # fmt: skip


@register_builtin("cityscapes")
def cityscapes_spec(root: Path) -> DatasetSpec:
    """Cityscapes fine annotations: leftImg8bit/ and gtFine/ with train, val and test."""
    splits = {s: s for s in ("train", "val", "test")}
    return DatasetSpec(
        "cityscapes", "cityscapes", root, splits, CITYSCAPES_CLASSES, CITYSCAPES_COLORS
    )


def list_samples(spec: DatasetSpec, split: str) -> list[Sample]:
    image_dir = spec.root / "leftImg8bit" / spec.splits[split]
    if not image_dir.is_dir():
        raise DatasetError(f"{image_dir}: folder not found")
    samples = []
    for image in sorted(image_dir.glob("*/*_leftImg8bit.png")):
        stem = image.name.removesuffix("_leftImg8bit.png")
        city = image.parent.name
        label = spec.root / "gtFine" / spec.splits[split] / city / f"{stem}_gtFine_labelIds.png"
        samples.append(Sample(image, label, stem))
    return samples


def read_label(spec: DatasetSpec, sample: Sample) -> np.ndarray:
    label_ids = decode_label_image(sample.label, spec)
    lut = np.full(256, spec.ignore_index, dtype=np.int64)
    for label_id, train_id in LABEL_TO_TRAIN.items():
        lut[label_id] = train_id
    return lut[np.clip(label_ids, 0, 255)]
