"""One Dataset class for every format: samples come from the format module, labels are decoded
to class ids and checked, and a joint image/mask transform runs last."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import numpy as np
import torch
from torch.utils.data import Dataset

from leanseg.data import cityscapes, coco, pairs, voc
from leanseg.data.files import Sample, check_ids, read_rgb
from leanseg.data.spec import DatasetError, DatasetSpec

FORMAT_MODULES: dict[str, ModuleType] = {
    "pairs": pairs,
    "voc": voc,
    "cityscapes": cityscapes,
    "coco": coco,
}


def list_samples(spec: DatasetSpec, split: str) -> list[Sample]:
    """The samples of one split, in a stable order."""
    if split not in spec.splits:
        raise DatasetError(
            f"dataset '{spec.name}' has no split '{split}'; it has {', '.join(spec.splits)}"
        )
    return FORMAT_MODULES[spec.format].list_samples(spec, split)


def read_sample(spec: DatasetSpec, sample: Sample) -> tuple[np.ndarray, np.ndarray]:
    """Read an (H, W, 3) uint8 image and its (H, W) int64 class-id mask, checked."""
    image, _ = read_rgb(sample.image)
    label = FORMAT_MODULES[spec.format].read_label(spec, sample)
    where = sample.label if sample.label is not None else sample.image
    if label.shape != image.shape[:2]:
        raise DatasetError(
            f"{where}: label size {label.shape[1]}x{label.shape[0]} differs from image "
            f"{sample.image.name} size {image.shape[1]}x{image.shape[0]}"
        )
    check_ids(where, label, spec)
    return image, label


class SegmentationDataset(Dataset):
    """Images and masks of one split; `transform(image, mask)` gets tv_tensors and returns
    tensors (see `leanseg.data.transforms`)."""

    def __init__(self, spec: DatasetSpec, split: str, transform: Callable | None = None):
        self.spec = spec
        self.split = split
        self.samples = list_samples(spec, split)
        if not self.samples:
            raise DatasetError(f"{spec.root}: split '{split}' of '{spec.name}' is empty")
        self.transform = transform

    def __len__(self) -> int:
        return len(self.samples)

    def __getitem__(self, index: int) -> tuple[torch.Tensor, torch.Tensor]:
        from torchvision import tv_tensors

        image, label = read_sample(self.spec, self.samples[index])
        img = tv_tensors.Image(torch.from_numpy(np.array(image)).permute(2, 0, 1))
        mask = tv_tensors.Mask(torch.from_numpy(label))  # (H, W) int64
        if self.transform is not None:
            img, mask = self.transform(img, mask)
        return img, mask
