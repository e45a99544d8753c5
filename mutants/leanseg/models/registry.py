"""One flat registry from model name to constructor, with each model's paper and cost facts.

A new model is one module with a `@register(...)` constructor and one import line in
`leanseg/models/__init__.py`. Every constructor takes `num_classes` and returns a module mapping
a normalised (B, 3, H, W) image batch to (B, num_classes, H, W) logits for any H and W.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from torch import nn

from leanseg.errors import LeansegError
from leanseg.models.channels import ChannelPlan, apply_channel_plan


class ModelError(LeansegError):
    """Unknown model name, bad weights file or a model that cannot be rebuilt."""


@dataclass(frozen=True)
class ModelEntry:
    name: str
    build: Callable[..., nn.Module]
    paper: str  # the architecture's source
    ref_params: float  # parameters reported by the source ...
    ref_classes: int  # ... for this many classes
    backbone: str = ""  # torchvision ImageNet weights the encoder can start from


MODELS: dict[str, ModelEntry] = {}


def register(name: str, paper: str, ref_params: float, ref_classes: int, backbone: str = ""):
    """Decorator adding a constructor to MODELS; a duplicate name is a programming error."""

    def add(fn: Callable[..., nn.Module]) -> Callable[..., nn.Module]:
        if name in MODELS:
            raise ValueError(f"model {name!r} registered twice")
        MODELS[name] = ModelEntry(name, fn, paper, ref_params, ref_classes, backbone)
        return fn

    return add


def model_names() -> list[str]:
    return sorted(MODELS)


def get_entry(name: str) -> ModelEntry:
    if name not in MODELS:
        raise ModelError(f"unknown model '{name}'; choose one of {', '.join(model_names())}")
    return MODELS[name]


def build_model(
    name: str, num_classes: int, channels: ChannelPlan | None = None, **options
) -> nn.Module:
    """Build a registered model; `options` are the constructor's keyword arguments and
    `channels` the widths of a derived (pruned) model, as `channel_plan` records them."""
    model = get_entry(name).build(num_classes=num_classes, **options)
    return apply_channel_plan(model, channels) if channels else model
