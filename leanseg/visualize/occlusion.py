"""Occlusion sensitivity (Zeiler and Fergus 2014, section 4.2) with captum's Occlusion: slide a
grey patch over the image and record how much the score of a class drops."""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn
from tqdm import tqdm

PER_EVAL = 8  # occluded copies per forward pass


class ClassScore(nn.Module):
    """A segmentation network as a classifier: the summed logits of each class over the pixels
    the unoccluded image assigns to it (so occluding the object, not the rest, lowers it)."""

    def __init__(self, model: nn.Module, region: torch.Tensor, bar: tqdm | None = None):
        super().__init__()
        self.model = model
        self.region = region  # (H, W) class ids predicted on the clean image
        self.bar = bar  # advanced per batch of occluded images

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        logits = self.model(images)  # (B, C, H, W)
        if self.bar is not None:
            self.bar.update()
        onehot = nn.functional.one_hot(self.region, logits.shape[1]).permute(2, 0, 1)  # (C, H, W)
        return (logits * onehot).sum((2, 3))  # (B, C)


def occlusion_map(model: nn.Module, image: torch.Tensor, target: int, window: int = 32,
                  stride: int = 16, progress: bool = False) -> np.ndarray:  # fmt: skip
    """(H, W) drop in the class score when a `window`-pixel square around each pixel is grey
    (zero after normalisation: the dataset mean)."""
    from captum.attr import Occlusion

    model.eval()
    with torch.no_grad():
        region = model(image).argmax(1)[0]  # (H, W)
    h, w = image.shape[-2:]
    places = (math.ceil((h - window) / stride) + 1) * (math.ceil((w - window) / stride) + 1)
    # our own bar: captum's counts a total far from its real number of batches
    with tqdm(total=1 + math.ceil(places / PER_EVAL), desc="occlusion", disable=not progress,
              leave=False) as bar:  # fmt: skip
        attr = Occlusion(ClassScore(model, region, bar)).attribute(
            image, target=target, sliding_window_shapes=(3, window, window),
            strides=(3, stride, stride), baselines=0.0, perturbations_per_eval=PER_EVAL,
        )  # fmt: skip
    return attr[0].sum(0).detach().cpu().numpy()  # (H, W)
