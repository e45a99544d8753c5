"""ImageNet-pretrained encoders: a torchvision weight name (downloads once, for online users) or
a local state dict file (safetensors, or a `.pth` read with weights_only=True)."""

from __future__ import annotations

import pickle
from pathlib import Path

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file
from torch import nn

from leanseg.models.registry import ModelError, get_entry


def read_state_dict(path: Path) -> dict[str, torch.Tensor]:
    """Tensors of a safetensors or `.pth` file; never unpickles arbitrary objects."""
    try:
        if path.suffix == ".safetensors":
            return load_file(str(path))
        state = torch.load(path, map_location="cpu", weights_only=True)
    except (SafetensorError, OSError, RuntimeError, EOFError, pickle.UnpicklingError) as err:
        raise ModelError(f"{path}: not a readable state dict ({str(err)[:120]})") from None
    if isinstance(state, dict) and "state_dict" in state:
        state = state["state_dict"]
    if not isinstance(state, dict):
        raise ModelError(f"{path}: holds no state dict")
    return state


def load_backbone_weights(model: nn.Module, model_name: str, source: str) -> int:
    """Load ImageNet weights into `model`'s encoder; return how many tensors were loaded.

    `source` is a file path or a torchvision weights name such as IMAGENET1K_V1 or DEFAULT.
    """
    entry = get_entry(model_name)
    if not entry.backbone or not hasattr(model, "load_backbone_state"):
        raise ModelError(f"model {model_name} has no pretrained encoder to load")
    path = Path(source)
    if path.exists():
        state = read_state_dict(path)
    elif "/" in source or source.endswith((".pth", ".pt", ".safetensors")):
        raise ModelError(f"{source}: backbone weights file not found")
    else:
        from torchvision.models import get_model_weights

        try:
            weights = get_model_weights(entry.backbone)[source]
        except KeyError:
            raise ModelError(
                f"{source}: no such torchvision weights for {entry.backbone}"
            ) from None
        state = weights.get_state_dict(progress=True)
    missing = model.load_backbone_state(state)
    if missing:
        raise ModelError(
            f"{source}: {len(missing)} encoder tensors missing (first: {missing[0]}); "
            f"expected torchvision {entry.backbone} keys"
        )
    return len(state)
