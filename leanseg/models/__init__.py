"""Segmentation networks by name: the classic trio (FCN, SegNet, ENet) and torchvision refs."""

from leanseg.models.registry import MODELS, ModelError, build_model, model_names

__all__ = ["MODELS", "ModelError", "build_model", "model_names"]
