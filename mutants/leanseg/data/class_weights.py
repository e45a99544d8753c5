"""Class weights for the loss, from pixel counts of the training labels.

- median frequency balancing (SegNet, after Eigen & Fergus 2015): freq(c) = pixels of c /
  pixels of the images where c appears; weight(c) = median(freq) / freq(c).
- ENet's weighting (Paszke et al. 2016): weight(c) = 1 / ln(1.02 + p(c)), p the share of c among
  all labelled pixels; bounded, so rare classes do not dominate.
"""

from __future__ import annotations

import numpy as np
from tqdm import tqdm

from leanseg.data.dataset import FORMAT_MODULES, list_samples
from leanseg.data.spec import DatasetSpec


def median_frequency_weights(pixels: np.ndarray, image_pixels: np.ndarray) -> np.ndarray:
    """SegNet's class weights; a class never seen gets weight 0."""
    present = image_pixels > 0
    freq = np.zeros(len(pixels))
    freq[present] = pixels[present] / image_pixels[present]
    weights = np.zeros(len(pixels))
    if not present.any():
        return weights
    seen = freq > 0
    weights[seen] = np.median(freq[present]) / freq[seen]
    return weights


def enet_weights(pixels: np.ndarray, c: float = 1.02) -> np.ndarray:
    p = pixels / max(pixels.sum(), 1)
    return 1.0 / np.log(c + p)


def count_class_pixels(
    spec: DatasetSpec, split: str, progress: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """Pixels per class and pixels of the images containing each class (ignore excluded)."""
    n = spec.num_classes
    pixels = np.zeros(n, dtype=np.int64)
    image_pixels = np.zeros(n, dtype=np.int64)
    fmt = FORMAT_MODULES[spec.format]
    for sample in tqdm(
        list_samples(spec, split), desc="class weights", disable=not progress, leave=False
    ):
        label = fmt.read_label(spec, sample)
        counts = np.bincount(
            label[(label != spec.ignore_index) & (label < n)].ravel(), minlength=n
        )[:n]
        pixels += counts
        image_pixels[counts > 0] += counts.sum()
    return pixels, image_pixels


def class_weights(
    spec: DatasetSpec, split: str, kind: str, progress: bool = True
) -> np.ndarray | None:
    """`none` gives None; `median` and `enet` are computed on `split`."""
    if kind == "none":
        return None
    pixels, image_pixels = count_class_pixels(spec, split, progress)
    if kind == "median":
        return median_frequency_weights(pixels, image_pixels)
    if kind == "enet":
        return enet_weights(pixels)
    raise ValueError(f"unknown class weighting {kind!r}; choose none, median or enet")
