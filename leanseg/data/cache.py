"""The fast training data path: decode a split once, then augment whole batches on the device.

The per-sample loader decodes a PNG or JPEG and resizes it on the CPU for every image of every
epoch; on a GPU that starves the model (ENet on CamVid trained at 140-180 images/s, bound by the
loader). Here every image and mask of the split is decoded once into one uint8 tensor (CamVid
train: 367 x 3 x 360 x 480, 190 MB), kept on the training device, and each batch is scaled,
cropped, flipped and colour-jittered there with tensor operations (torchvision.transforms.v2's
functional kernels accept batches and CUDA tensors). Masks are resized by nearest neighbour and
crops are padded with the ignore id, exactly as `leanseg.data.transforms.train_transform` does.

Use it with `cache: true` in a training config (`--set cache=true`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np
import torch
from torchvision.transforms.v2 import functional as F
from tqdm import tqdm

from leanseg.data.dataset import SegmentationDataset, read_sample
from leanseg.data.spec import DatasetError, DatasetSpec
from leanseg.data.transforms import IMAGENET_MEAN, IMAGENET_STD, AugmentConfig


class DecodedSplit:
    """Every image (N, 3, H, W) and mask (N, H, W) of a split as uint8, on `device`."""

    def __init__(self, spec: DatasetSpec, split: str, device: torch.device | str = "cpu",
                 progress: bool = True):  # fmt: skip
        samples = SegmentationDataset(spec, split).samples
        if spec.ignore_index > 255 or spec.num_classes > 255:
            raise DatasetError(f"{spec.root}: the decoded cache holds class ids as uint8 (< 256)")
        images, masks = [], []
        for sample in tqdm(samples, desc=f"decode {split}", disable=not progress, leave=False):
            image, label = read_sample(spec, sample)
            images.append(torch.from_numpy(np.array(image)).permute(2, 0, 1))  # (3, H, W)
            masks.append(torch.from_numpy(label.astype("uint8")))  # (H, W)
        sizes = {tuple(m.shape) for m in masks}
        if len(sizes) > 1:
            raise DatasetError(
                f"{spec.root}: split '{split}' mixes image sizes {sorted(sizes)[:3]}; the decoded "
                "cache needs one size (train without `cache`)"
            )
        self.images = torch.stack(images).to(device)  # (N, 3, H, W) uint8
        self.masks = torch.stack(masks).to(device)  # (N, H, W) uint8
        self.ignore_index = spec.ignore_index

    def __len__(self) -> int:
        return self.images.shape[0]


def normalize(images: torch.Tensor) -> torch.Tensor:
    """(B, 3, H, W) uint8 -> float32 normalised, as the per-sample transform's last steps
    (`ToDtype(scale=True)` then `Normalize`), operation for operation."""
    x = images.to(torch.float32).mul(1.0 / 255)
    mean = torch.tensor(IMAGENET_MEAN, dtype=torch.float32, device=x.device).view(1, 3, 1, 1)
    std = torch.tensor(IMAGENET_STD, dtype=torch.float32, device=x.device).view(1, 3, 1, 1)
    return x.sub(mean).div(std)


def augment_batch(images: torch.Tensor, masks: torch.Tensor, cfg: AugmentConfig,
                  ignore_index: int, generator: torch.Generator | None = None
                  ) -> tuple[torch.Tensor, torch.Tensor]:  # fmt: skip
    """Random scale, crop (padded with 0 / the ignore id), flip and colour jitter of a uint8
    batch, one draw per sample; returns normalised float32 images (B, 3, h, w) and int64 masks
    (B, h, w). Runs on whatever device the tensors are on."""
    out_images, out_masks = [], []
    for image, mask in zip(images, masks, strict=True):  # (3, H, W), (H, W)
        image, mask = _scale(image, mask[None], cfg, generator)
        if cfg.crop is not None:
            image, mask = _crop(image, mask, cfg.crop, ignore_index, generator)
        if cfg.flip and _uniform(generator) < 0.5:
            image, mask = image.flip(-1), mask.flip(-1)
        if cfg.color_jitter > 0:
            image = _jitter(image, cfg.color_jitter, generator)
        out_images.append(image)
        out_masks.append(mask[0])
    return normalize(torch.stack(out_images)), torch.stack(out_masks).to(torch.int64)


def _uniform(generator: torch.Generator | None, low: float = 0.0, high: float = 1.0) -> float:
    return low + (high - low) * float(torch.rand((), generator=generator))


def _scale(image, mask, cfg: AugmentConfig, generator):
    if cfg.scale == (1.0, 1.0):
        return image, mask
    s = _uniform(generator, *cfg.scale)
    h, w = image.shape[-2:]
    size = [max(1, round(h * s)), max(1, round(w * s))]
    image = F.resize(image, size, antialias=True)
    mask = F.resize(mask, size, interpolation=F.InterpolationMode.NEAREST)
    return image, mask


def _crop(image, mask, crop: tuple[int, int], ignore_index: int, generator):
    ch, cw = crop
    h, w = image.shape[-2:]
    if h < ch or w < cw:  # pad right and bottom: image with 0, mask with the ignore id
        pad = [0, 0, max(cw - w, 0), max(ch - h, 0)]
        image = F.pad(image, pad, fill=0)
        mask = F.pad(mask, pad, fill=ignore_index)
        h, w = image.shape[-2:]
    top = int(torch.randint(h - ch + 1, (), generator=generator))
    left = int(torch.randint(w - cw + 1, (), generator=generator))
    return image[:, top : top + ch, left : left + cw], mask[:, top : top + ch, left : left + cw]


def _jitter(image: torch.Tensor, strength: float, generator) -> torch.Tensor:
    """Brightness, contrast and saturation factors in [1 - s, 1 + s], in a random order (as
    ColorJitter)."""
    order = torch.randperm(3, generator=generator).tolist()
    factors = [_uniform(generator, max(0.0, 1 - strength), 1 + strength) for _ in range(3)]
    ops = (F.adjust_brightness, F.adjust_contrast, F.adjust_saturation)
    for i in order:
        image = ops[i](image, factors[i])
    return image


class CachedLoader:
    """Batches from a DecodedSplit: shuffled each epoch, augmented on the split's device.
    With `world` > 1, rank `rank` takes every `world`-th index of the shuffled order."""

    def __init__(self, data: DecodedSplit, cfg: AugmentConfig, batch_size: int,
                 generator: torch.Generator, drop_last: bool = True, rank: int = 0,
                 world: int = 1):  # fmt: skip
        self.data, self.cfg, self.batch_size = data, cfg, batch_size
        self.generator, self.drop_last, self.rank, self.world = generator, drop_last, rank, world

    def _per_rank(self) -> int:
        return math.ceil(len(self.data) / self.world)

    def __len__(self) -> int:
        n = self._per_rank()
        return n // self.batch_size if self.drop_last else math.ceil(n / self.batch_size)

    def __iter__(self) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        order = torch.randperm(len(self.data), generator=self.generator)[self.rank :: self.world]
        for b in range(len(self)):
            idx = order[b * self.batch_size : (b + 1) * self.batch_size].to(self.data.images.device)
            yield augment_batch(self.data.images[idx], self.data.masks[idx], self.cfg,
                                self.data.ignore_index, self.generator)  # fmt: skip
