"""Semantic masks from a COCO instances JSON (polygons and RLE, decoded by pycocotools).

Category ids are mapped to contiguous class ids in ascending COCO id order, after background 0.
Overlaps follow one stated rule: crowd regions are painted as ignore first, then objects from
the largest area to the smallest, so a smaller object in front of a larger one keeps its pixels.

A split entry is `{images: DIR, annotations: FILE}`, both relative to the root.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
from pathlib import Path

import numpy as np

from leanseg.data.files import Sample
from leanseg.data.spec import DatasetError, DatasetSpec, register_builtin


@functools.lru_cache(maxsize=4)
def _load_coco(path: Path):
    from pycocotools.coco import COCO

    if not path.is_file():
        raise DatasetError(f"{path}: annotation file not found")
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # pycocotools prints progress
            return COCO(str(path))
    except (json.JSONDecodeError, KeyError, TypeError) as err:
        raise DatasetError(f"{path}: not a COCO instances file ({err})") from None


@register_builtin("coco")
def coco_spec(root: Path) -> DatasetSpec:
    """Built-in COCO layout: train2017/, val2017/ and annotations/instances_<split>2017.json."""
    splits = {
        s: {"images": f"{s}2017", "annotations": f"annotations/instances_{s}2017.json"}
        for s in ("train", "val")
    }
    available = [e for e in splits.values() if (root / e["annotations"]).is_file()]
    if not available:
        raise DatasetError(f"{root}: no annotations/instances_*2017.json found")
    categories = _load_coco(root / available[0]["annotations"]).loadCats(
        _load_coco(root / available[0]["annotations"]).getCatIds()
    )
    return spec_for_categories("coco", root, splits, categories)


def spec_for_categories(name: str, root: Path, splits: dict, categories: list[dict]) -> DatasetSpec:
    """A descriptor whose class ids are background 0 then the categories by ascending id."""
    cats = sorted(categories, key=lambda c: c["id"])
    return DatasetSpec(
        name=name,
        format="coco",
        root=root,
        splits=splits,
        classes=("background", *(c["name"] for c in cats)),
        extra={"category_ids": [c["id"] for c in cats]},
    )


def list_samples(spec: DatasetSpec, split: str) -> list[Sample]:
    entry = spec.splits[split]
    ann_file = spec.root / entry["annotations"]
    coco = _load_coco(ann_file)
    image_dir = spec.root / entry["images"]
    return [
        Sample(image_dir / info["file_name"], ann_file, str(info["id"]))
        for info in coco.loadImgs(sorted(coco.getImgIds()))
    ]


def read_label(spec: DatasetSpec, sample: Sample) -> np.ndarray:
    coco = _load_coco(sample.label)
    info = coco.loadImgs(int(sample.key))[0]
    class_of = {cid: i + 1 for i, cid in enumerate(_category_ids(spec, coco))}
    mask = np.zeros((info["height"], info["width"]), dtype=np.int64)
    anns = coco.loadAnns(coco.getAnnIds(imgIds=info["id"], iscrowd=None))
    for ann in anns:
        if ann.get("iscrowd", 0):
            mask[coco.annToMask(ann) > 0] = spec.ignore_index
    for ann in sorted((a for a in anns if not a.get("iscrowd", 0)), key=_area, reverse=True):
        if ann["category_id"] not in class_of:
            raise DatasetError(f"{sample.label}: annotation {ann['id']} has unknown category")
        mask[coco.annToMask(ann) > 0] = class_of[ann["category_id"]]
    return mask


def _category_ids(spec: DatasetSpec, coco) -> list[int]:
    return spec.extra.get("category_ids") or sorted(coco.getCatIds())


def _area(ann: dict) -> float:
    return float(ann.get("area", 0.0))
