"""Batch-norm statistics re-estimated after channels are removed.

Removing channels changes what every later batch norm sees, so the parent's running statistics
no longer describe its inputs, and a pruned network scored with them can look destroyed (ENet
with half its channels by L1: 1.5% val mIoU) when its weights still hold most of what they knew
(10% with statistics from 8 training images, 29% for a sensitivity plan instead of 2.5%). The
adaptive batch norm of EagleEye (Li et al. 2020) uses the same re-estimation to rank pruned
candidates by what fine-tuning can bring back. torch's `update_bn` does the work: a plain
average over the given images, the weights unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable

import torch
from torch import nn
from torch.optim.swa_utils import update_bn


def recalibrate_bn(model: nn.Module, images: Iterable[torch.Tensor]) -> nn.Module:
    """Replace `model`'s batch-norm running statistics by their average over `images` (batches
    of training images); the weights and the train/eval mode stay as they were."""
    with torch.no_grad():  # update_bn itself records gradients it never uses
        update_bn(images, model)
    return model
