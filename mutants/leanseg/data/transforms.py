"""Joint image/mask transforms on torchvision.transforms.v2; masks always use nearest neighbour.

Training: random scale, crop padded with the ignore id, horizontal flip, colour jitter.
Evaluation: native size, or a fixed resize.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import torch
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.transforms.v2 import functional as F

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


@dataclass(frozen=True)
class AugmentConfig:
    crop: tuple[int, int] | None = (360, 480)  # training crop (H, W); None keeps the full image
    scale: tuple[float, float] = (0.5, 2.0)  # random scale range applied before cropping
    flip: bool = True  # random horizontal flip
    color_jitter: float = 0.2  # brightness/contrast/saturation strength; 0 disables


class RandomScale(v2.Transform):
    """Resize image and mask together by one random factor (masks by nearest neighbour)."""

    def __init__(self, low: float, high: float):
        super().__init__()
        self.low, self.high = low, high

    def make_params(self, flat_inputs: list[Any]) -> dict[str, Any]:
        h, w = v2.query_size(flat_inputs)
        s = random.uniform(self.low, self.high)
        return {"size": [max(1, round(h * s)), max(1, round(w * s))]}

    def transform(self, inpt: Any, params: dict[str, Any]) -> Any:
        return self._call_kernel(F.resize, inpt, params["size"], antialias=True)


def _finish() -> list[v2.Transform]:
    return [
        v2.ToDtype({tv_tensors.Image: torch.float32, "others": None}, scale=True),
        v2.Normalize(IMAGENET_MEAN, IMAGENET_STD),
        v2.ToDtype({tv_tensors.Mask: torch.int64, "others": None}),
        v2.ToPureTensor(),
    ]


def train_transform(cfg: AugmentConfig, ignore_index: int) -> v2.Compose:
    steps: list[v2.Transform] = []
    if cfg.scale != (1.0, 1.0):
        steps.append(RandomScale(*cfg.scale))
    if cfg.crop is not None:
        fill = {tv_tensors.Image: 0, tv_tensors.Mask: ignore_index}
        steps.append(v2.RandomCrop(cfg.crop, pad_if_needed=True, fill=fill))
    if cfg.flip:
        steps.append(v2.RandomHorizontalFlip())
    if cfg.color_jitter > 0:
        j = cfg.color_jitter
        steps.append(v2.ColorJitter(brightness=j, contrast=j, saturation=j))
    return v2.Compose(steps + _finish())


def eval_transform(size: tuple[int, int] | None = None) -> v2.Compose:
    """Native resolution when `size` is None, else resize to (H, W)."""
    steps: list[v2.Transform] = [v2.Resize(size, antialias=True)] if size else []
    return v2.Compose(steps + _finish())
