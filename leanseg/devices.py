"""Which device a command runs on, and tensors that follow a model to another device."""

from __future__ import annotations

import re
from collections.abc import Callable

import torch

from leanseg.errors import LeansegError


class DeviceError(LeansegError):
    """A device that is not named right or not on this machine."""


def resolve_device(name: str = "auto") -> str:
    """`auto` -> `cuda` when PyTorch sees a GPU, else `cpu`; `cpu`, `cuda` and `cuda:N` as
    given once checked, so that asking for a GPU this machine lacks fails in one line instead
    of deep inside PyTorch."""
    if name == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if name == "cpu":
        return name
    if not re.fullmatch(r"cuda(:\d+)?", name):
        raise DeviceError(f"device {name!r}: choose auto, cpu, cuda or cuda:N")
    if not torch.cuda.is_available():
        raise DeviceError(f"device {name}: PyTorch sees no GPU on this machine; use cpu")
    index = int(name.partition(":")[2] or 0)
    if index >= torch.cuda.device_count():
        raise DeviceError(f"device {name}: this machine has {torch.cuda.device_count()} GPU(s)")
    return name


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
