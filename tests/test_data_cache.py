"""The decoded cache and batch augmentation (the fast GPU data path), run on CPU tensors."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import torch
from conftest import write_pairs_dataset

from leanseg.config import train_config
from leanseg.data import SegmentationDataset, load_spec
from leanseg.data.cache import CachedLoader, DecodedSplit, augment_batch
from leanseg.data.transforms import IMAGENET_MEAN, IMAGENET_STD, AugmentConfig, train_transform
from leanseg.train import train

OFF = AugmentConfig(crop=None, scale=(1.0, 1.0), flip=False, color_jitter=0.0)
ON = AugmentConfig(crop=(24, 40), scale=(0.5, 2.0), flip=True, color_jitter=0.4)


def test_without_augmentation_the_cache_gives_exactly_the_per_sample_tensors(tmp_path: Path):
    spec = load_spec(write_pairs_dataset(tmp_path, n=5, size=(40, 30)))
    data = DecodedSplit(spec, "train", progress=False)
    images, masks = augment_batch(data.images, data.masks, OFF, spec.ignore_index)
    reference = SegmentationDataset(spec, "train", train_transform(OFF, spec.ignore_index))
    want = [reference[i] for i in range(len(reference))]
    assert torch.equal(images, torch.stack([x for x, _ in want]))  # bit for bit
    assert torch.equal(masks, torch.stack([m for _, m in want]))
    assert masks.dtype == torch.int64 and images.dtype == torch.float32


def _planted(n: int = 6) -> SimpleNamespace:
    """Black images with one white square labelled 1 (the rest 0, one corner ignored)."""
    images = torch.zeros(n, 3, 48, 64, dtype=torch.uint8)
    masks = torch.zeros(n, 48, 64, dtype=torch.uint8)
    for i in range(n):
        top, left = 4 + 3 * i, 6 + 5 * i
        images[i, :, top : top + 20, left : left + 24] = 255
        masks[i, top : top + 20, left : left + 24] = 1
        masks[i, :2, :2] = 255
    return SimpleNamespace(images=images, masks=masks, ignore_index=255)


def _brightness(images: torch.Tensor) -> torch.Tensor:
    std = torch.tensor(IMAGENET_STD).view(1, 3, 1, 1)
    mean = torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1)
    return (images * std + mean).mean(1)  # (B, H, W) in [0, 1]


def test_augmentation_moves_the_planted_pattern_with_its_label():
    data = _planted()
    cfg = AugmentConfig(crop=(24, 40), scale=(0.5, 2.0), flip=True, color_jitter=0.0)
    g = torch.Generator().manual_seed(0)
    for _ in range(10):
        images, masks = augment_batch(data.images, data.masks, cfg, 255, g)
        assert images.shape == (6, 3, 24, 40) and masks.shape == (6, 24, 40)
        light = _brightness(images)
        square, rest = masks == 1, masks == 0
        # resizing blurs one pixel of the edge: judge by the share of pixels on the right side
        assert (light[square] > 0.5).float().mean() > 0.9
        assert (light[rest] < 0.5).float().mean() > 0.9
        padded = light.new_zeros(light.shape, dtype=torch.bool) | (masks == 255)
        assert (light[padded] < 0.5).all()  # ignore-padded crops are black in the image


def test_augmented_masks_hold_only_class_ids_or_the_ignore_id():
    data = _planted()
    g = torch.Generator().manual_seed(1)
    seen: set[int] = set()
    for _ in range(10):
        _, masks = augment_batch(data.images, data.masks, ON, 255, g)
        seen |= set(masks.unique().tolist())
    assert seen == {0, 1, 255}  # nearest neighbour: no blended ids; padding: the ignore id


def test_the_loader_is_reproducible_per_seed_and_shards_by_rank(tmp_path: Path):
    spec = load_spec(write_pairs_dataset(tmp_path, n=9, size=(40, 30)))
    data = DecodedSplit(spec, "train", progress=False)  # 8 train images

    def batches(seed: int, rank: int = 0, world: int = 1) -> list:
        g = torch.Generator().manual_seed(seed)
        return list(CachedLoader(data, ON, 2, g, drop_last=True, rank=rank, world=world))

    first, again = batches(3), batches(3)
    assert len(first) == 4 and all(
        torch.equal(a[0], b[0]) for a, b in zip(first, again, strict=True)
    )
    assert not torch.equal(first[0][0], batches(4)[0][0])
    assert len(batches(3, rank=1, world=2)) == 2


def test_training_with_the_cache_runs_and_records_it(tmp_path: Path):
    dataset = write_pairs_dataset(tmp_path / "d", n=5, size=(40, 30))
    cfg = train_config(dataset=str(dataset), model="enet", out_dir=str(tmp_path / "runs"),
                       epochs=1, batch_size=2, crop=(24, 32), workers=0, cache=True)  # fmt: skip
    result = train(cfg, progress=False)
    assert result.epochs_run == 1
    assert "cache: true" in (result.run_dir / "config.yaml").read_text()


def test_a_split_of_mixed_sizes_is_refused_in_one_line(tmp_path: Path):
    dataset = write_pairs_dataset(tmp_path, n=3, size=(40, 30))
    other = write_pairs_dataset(tmp_path / "other", n=2, size=(20, 30))
    (tmp_path / "images" / "big.png").write_bytes((other.parent / "images" / "0.png").read_bytes())
    (tmp_path / "labels" / "big.png").write_bytes((other.parent / "labels" / "0.png").read_bytes())
    with open(tmp_path / "train.txt", "a") as f:
        f.write("images/big.png labels/big.png\n")
    with pytest.raises(Exception, match="mixes image sizes"):
        DecodedSplit(load_spec(dataset), "train", progress=False)
