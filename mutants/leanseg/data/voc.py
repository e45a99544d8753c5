"""Pascal VOC layout: JPEGImages/, SegmentationClass/ palette PNGs, ImageSets/Segmentation/*.txt.

A split entry is the split file relative to the root. Palette indices are the class ids and 255
is the ignore id (object boundaries in VOC).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from leanseg.data.files import Sample, decode_label_image, read_text
from leanseg.data.spec import DatasetSpec, register_builtin, voc_colormap

VOC_CLASSES = (
    "background", "aeroplane", "bicycle", "bird", "boat", "bottle", "bus", "car", "cat", "chair",
    "cow", "diningtable", "dog", "horse", "motorbike", "person", "pottedplant", "sheep", "sofa",
    "train", "tvmonitor",
)  # fmt: skip


@register_builtin("voc")
def voc_spec(root: Path) -> DatasetSpec:
    """Pascal VOC 2012 segmentation in its own layout."""
    splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in ("train", "val", "trainval")}
    return DatasetSpec("voc", "voc", root, splits, VOC_CLASSES, tuple(voc_colormap(21)))


def list_samples(spec: DatasetSpec, split: str) -> list[Sample]:
    split_file = spec.root / spec.splits[split]
    samples = []
    for stem in read_text(split_file, "split file").split():
        image = spec.root / "JPEGImages" / f"{stem}.jpg"
        if not image.exists():
            image = image.with_suffix(".png")
        samples.append(Sample(image, spec.root / "SegmentationClass" / f"{stem}.png", stem))
    return samples


def read_label(spec: DatasetSpec, sample: Sample) -> np.ndarray:
    return decode_label_image(sample.label, spec)
