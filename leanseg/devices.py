"""Tensors that follow a model to another device."""

from __future__ import annotations

from collections.abc import Callable

import torch


def follow_device(tensor: torch.Tensor) -> Callable[[torch.device], torch.Tensor]:
    """A function giving `tensor` on a device, copied once per device. Gradient hooks (pruning
    masks, weight-sharing indices) are made where the model is built, on the CPU, and fine-tuning
    may then move the model to a GPU: the hook asks for its tensor on the gradient's device."""
    copies = {tensor.device: tensor}

    def on(device: torch.device) -> torch.Tensor:
        if device not in copies:
            copies[device] = tensor.to(device)
        return copies[device]

    return on
