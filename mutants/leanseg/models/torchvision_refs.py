"""Modern efficient references from torchvision, wrapped to behave like the other models:
one tensor of logits out, the size of the input. Built without the auxiliary training head.

Reference parameter counts are torchvision's documented `num_params` (21 classes) less the
auxiliary head they include: FCNHead(1024) for fcn_resnet50 (2,365,205 parameters) and
FCNHead(40) for deeplabv3_mobilenet_v3_large (3,851).
"""

from __future__ import annotations

import torch
from torch import nn
from torchvision.models import segmentation as tvseg

from leanseg.models.registry import register


class TorchvisionSegmenter(nn.Module):
    """Returns `model(x)["out"]`, so every model in the registry gives a plain tensor."""

    def __init__(self, model: nn.Module, backbone_prefix: str = ""):
        super().__init__()
        self.model = model
        self.backbone_prefix = backbone_prefix  # key prefix of the classification net's layers

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.model(x)["out"]

    def load_backbone_state(self, state: dict[str, torch.Tensor]) -> list[str]:
        """Load the ImageNet classifier's weights (torchvision keys) into the backbone."""
        backbone = self.model.backbone
        p = self.backbone_prefix
        own = {k[len(p) :]: v for k, v in state.items() if k.startswith(p)}
        missing = [k for k in backbone.state_dict() if k not in own]
        backbone.load_state_dict(
            {k: v for k, v in own.items() if k in backbone.state_dict()}, strict=False
        )
        return missing


TV = "torchvision.models.segmentation"


@register(
    "lraspp_mobilenet_v3_large",
    f"Howard et al. 2019, arXiv:1905.02244 ({TV})",
    3_221_538,
    21,
    backbone="mobilenet_v3_large",
)
def lraspp_mobilenet_v3_large(num_classes: int) -> nn.Module:
    model = tvseg.lraspp_mobilenet_v3_large(
        weights=None, weights_backbone=None, num_classes=num_classes
    )
    return TorchvisionSegmenter(model, "features.")


@register(
    "deeplabv3_mobilenet_v3_large",
    f"Chen et al. 2017, arXiv:1706.05587 ({TV})",
    11_029_328 - 3_851,
    21,
    backbone="mobilenet_v3_large",
)
def deeplabv3_mobilenet_v3_large(num_classes: int) -> nn.Module:
    model = tvseg.deeplabv3_mobilenet_v3_large(
        weights=None, weights_backbone=None, num_classes=num_classes, aux_loss=False
    )
    return TorchvisionSegmenter(model, "features.")


@register(
    "fcn_resnet50",
    f"Long et al. 2015 with ResNet-50 ({TV})",
    35_322_218 - 2_365_205,
    21,
    backbone="resnet50",
)
def fcn_resnet50(num_classes: int) -> nn.Module:
    model = tvseg.fcn_resnet50(
        weights=None, weights_backbone=None, num_classes=num_classes, aux_loss=False
    )
    return TorchvisionSegmenter(model, "")
