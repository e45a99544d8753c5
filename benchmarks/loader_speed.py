"""Training data throughput: the per-sample loader against the decoded cache with batch
augmentation, images/s of the data path alone (no model), on CPU or GPU.

    .venv/bin/python benchmarks/loader_speed.py camvid:../shared/datasets/camvid --device cpu
"""

from __future__ import annotations

import argparse
import json
import time

import torch
from torch.utils.data import DataLoader

from leanseg.data import SegmentationDataset, load_spec
from leanseg.data.cache import CachedLoader, DecodedSplit
from leanseg.data.transforms import AugmentConfig, train_transform

CFG = AugmentConfig(crop=(360, 480), scale=(0.5, 2.0), flip=True, color_jitter=0.2)


def _rate(batches, images: int, device: str) -> float:
    start, seen = time.perf_counter(), 0
    for x, _ in batches:
        x = x.to(device)
        seen += x.shape[0]
        if seen >= images:
            break
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    return seen / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--images", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=10)
    parser.add_argument("--workers", type=int, nargs="*", default=[0, 2])
    args = parser.parse_args()
    spec = load_spec(args.dataset)
    rows = {}
    for workers in args.workers:
        ds = SegmentationDataset(spec, "train", train_transform(CFG, spec.ignore_index))
        loader = DataLoader(ds, args.batch_size, shuffle=True, num_workers=workers,
                            persistent_workers=workers > 0)  # fmt: skip
        rows[f"per-sample loader, {workers} workers"] = _rate(loader, args.images, args.device)
    start = time.perf_counter()
    data = DecodedSplit(spec, "train", args.device, progress=False)
    decode_s = time.perf_counter() - start
    g = torch.Generator().manual_seed(0)
    cached = CachedLoader(data, CFG, args.batch_size, g)
    rows["decoded cache + batch augmentation"] = _rate(iter(cached), args.images, args.device)
    for name, rate in rows.items():
        print(f"{name:<40}{rate:8.1f} images/s")
    print(f"decoding the split once: {decode_s:.1f} s, {data.images.numel() / 1e6:.0f} MB")
    print(json.dumps({"device": args.device, "threads": torch.get_num_threads(),
                      "images_per_s": rows, "decode_s": decode_s}))  # fmt: skip


if __name__ == "__main__":
    main()
