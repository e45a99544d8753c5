"""Segmentation networks by name: the classic trio (FCN, SegNet, ENet) and torchvision refs."""

# Each family registers its constructors in `registry.MODELS` when imported here.
from leanseg.models import enet, fcn, segnet, torchvision_refs  # noqa: F401
from leanseg.models.channels import ChannelPlanError, apply_channel_plan, channel_plan
from leanseg.models.registry import MODELS, ModelError, build_model, model_names

__all__ = [
    "MODELS",
    "ChannelPlanError",
    "ModelError",
    "apply_channel_plan",
    "build_model",
    "channel_plan",
    "model_names",
]
