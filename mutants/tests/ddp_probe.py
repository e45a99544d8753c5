"""Launched under torchrun by test_train.py: trains with leanseg's own loop and records, per
rank and epoch, the training samples the rank read and its parameters after the epoch.

    torchrun --nproc_per_node=2 tests/ddp_probe.py DATASET OUT
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import torch

from leanseg import train as train_module
from leanseg.config import train_config
from leanseg.data.dataset import SegmentationDataset

dataset, out = sys.argv[1], Path(sys.argv[2])
rank = int(os.environ["RANK"])
seen: list[int] = []
epochs: list[dict] = []
real_getitem, real_epoch = SegmentationDataset.__getitem__, train_module._train_epoch


def getitem(self, index):
    if self.split == "train":
        seen.append(int(index))
    return real_getitem(self, index)


def epoch(net, *args):
    result = real_epoch(net, *args)
    params = {k: v.detach().clone() for k, v in getattr(net, "module", net).named_parameters()}
    epochs.append({"seen": list(seen), "params": params})
    seen.clear()
    torch.save(epochs, out / f"rank{rank}.pt")
    return result


SegmentationDataset.__getitem__ = getitem
train_module._train_epoch = epoch
cfg = train_config(
    dataset=dataset, model="segnet_basic", name="ddp", out_dir=str(out), epochs=2,
    batch_size=1, crop=(32, 32), workers=0, class_weights="none", device="cpu",
)  # fmt: skip
train_module.train(cfg, progress=False)
