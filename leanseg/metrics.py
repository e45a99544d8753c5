"""Segmentation metrics from one confusion matrix, as in torchvision's references.

rows are the true class, columns the predicted class; ignored pixels never enter it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import torch


def confusion_matrix(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=num_classes**2).reshape(num_classes, num_classes)


@dataclass(frozen=True)
class SegMetrics:
    miou: float  # mean over classes present in the ground truth or the predictions
    per_class_iou: list[float | None]  # None for classes absent from both
    pixel_accuracy: float
    mean_class_accuracy: float
    confusion: list[list[int]]

    @classmethod
    def from_confusion(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    def to_dict(self) -> dict:
        return asdict(self)
