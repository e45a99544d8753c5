"""Segmentation metrics from one confusion matrix, as in torchvision's references.

rows are the true class, columns the predicted class; ignored pixels never enter it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import torch


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_confusion_matrix__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_confusion_matrix__mutmut)
def confusion_matrix(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=num_classes**2).reshape(num_classes, num_classes)


def x_confusion_matrix__mutmut_orig(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=num_classes**2).reshape(num_classes, num_classes)


def x_confusion_matrix__mutmut_1(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = None
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=num_classes**2).reshape(num_classes, num_classes)


def x_confusion_matrix__mutmut_2(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target == ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=num_classes**2).reshape(num_classes, num_classes)


def x_confusion_matrix__mutmut_3(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = None
    return torch.bincount(idx, minlength=num_classes**2).reshape(num_classes, num_classes)


def x_confusion_matrix__mutmut_4(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() - pred[keep].long()
    return torch.bincount(idx, minlength=num_classes**2).reshape(num_classes, num_classes)


def x_confusion_matrix__mutmut_5(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes / target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=num_classes**2).reshape(num_classes, num_classes)


def x_confusion_matrix__mutmut_6(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=num_classes**2).reshape(None, num_classes)


def x_confusion_matrix__mutmut_7(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=num_classes**2).reshape(num_classes, None)


def x_confusion_matrix__mutmut_8(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=num_classes**2).reshape(num_classes)


def x_confusion_matrix__mutmut_9(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=num_classes**2).reshape(num_classes, )


def x_confusion_matrix__mutmut_10(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(None, minlength=num_classes**2).reshape(num_classes, num_classes)


def x_confusion_matrix__mutmut_11(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=None).reshape(num_classes, num_classes)


def x_confusion_matrix__mutmut_12(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(minlength=num_classes**2).reshape(num_classes, num_classes)


def x_confusion_matrix__mutmut_13(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, ).reshape(num_classes, num_classes)


def x_confusion_matrix__mutmut_14(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=num_classes * 2).reshape(num_classes, num_classes)


def x_confusion_matrix__mutmut_15(
    pred: torch.Tensor, target: torch.Tensor, num_classes: int, ignore_index: int
) -> torch.Tensor:
    """(num_classes, num_classes) int64 counts of (true, predicted) pairs."""
    keep = target != ignore_index
    idx = num_classes * target[keep].long() + pred[keep].long()
    return torch.bincount(idx, minlength=num_classes**3).reshape(num_classes, num_classes)

mutants_x_confusion_matrix__mutmut['_mutmut_orig'] = x_confusion_matrix__mutmut_orig # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_1'] = x_confusion_matrix__mutmut_1 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_2'] = x_confusion_matrix__mutmut_2 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_3'] = x_confusion_matrix__mutmut_3 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_4'] = x_confusion_matrix__mutmut_4 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_5'] = x_confusion_matrix__mutmut_5 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_6'] = x_confusion_matrix__mutmut_6 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_7'] = x_confusion_matrix__mutmut_7 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_8'] = x_confusion_matrix__mutmut_8 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_9'] = x_confusion_matrix__mutmut_9 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_10'] = x_confusion_matrix__mutmut_10 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_11'] = x_confusion_matrix__mutmut_11 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_12'] = x_confusion_matrix__mutmut_12 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_13'] = x_confusion_matrix__mutmut_13 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_14'] = x_confusion_matrix__mutmut_14 # type: ignore # mutmut generated
mutants_x_confusion_matrix__mutmut['x_confusion_matrix__mutmut_15'] = x_confusion_matrix__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSegMetricsǁto_dict__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class SegMetrics:
    miou: float  # mean over classes present in the ground truth or the predictions
    per_class_iou: list[float | None]  # None for classes absent from both
    pixel_accuracy: float
    mean_class_accuracy: float
    confusion: list[list[int]]

    @classmethod
    @_mutmut_mutated(mutants_xǁSegMetricsǁfrom_confusion__mutmut, is_classmethod = True)
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

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_orig(cls, cm: torch.Tensor) -> SegMetrics:
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

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_1(cls, cm: torch.Tensor) -> SegMetrics:
        cm = None
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

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_2(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = None
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

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_3(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = None
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

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_4(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(None)
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

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_5(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(2)
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

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_6(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = None
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

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_7(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) + tp
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

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_8(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt - cm.sum(0) - tp
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

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_9(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(None) - tp
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

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_10(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(1) - tp
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

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_11(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = None
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_12(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp * union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_13(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=None)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_14(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=2)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_15(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = None
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_16(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union >= 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_17(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 1
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_18(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = None
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_19(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp * gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_20(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=None)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_21(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=2)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_22(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=None,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_23(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=None,
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_24(cls, cm: torch.Tensor) -> SegMetrics:
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
            pixel_accuracy=None,
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_25(cls, cm: torch.Tensor) -> SegMetrics:
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
            mean_class_accuracy=None,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_26(cls, cm: torch.Tensor) -> SegMetrics:
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
            confusion=None,
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_27(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_28(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_29(cls, cm: torch.Tensor) -> SegMetrics:
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
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_30(cls, cm: torch.Tensor) -> SegMetrics:
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
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_31(cls, cm: torch.Tensor) -> SegMetrics:
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
            )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_32(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if (seen.any()) and False else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_33(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if (seen.any()) or True else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_34(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(None) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_35(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 1.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_36(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if (s) and False else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_37(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if (s) or True else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_38(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(None) if s else None for v, s in zip(iou, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_39(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(None, seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_40(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, None, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_41(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=None)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_42(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(seen, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_43(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, strict=True)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_44(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, )],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_45(cls, cm: torch.Tensor) -> SegMetrics:
        cm = cm.double()
        tp = cm.diag()
        gt = cm.sum(1)
        union = gt + cm.sum(0) - tp
        iou = tp / union.clamp(min=1)
        seen = union > 0
        acc = tp / gt.clamp(min=1)
        return cls(
            miou=float(iou[seen].mean()) if seen.any() else 0.0,
            per_class_iou=[float(v) if s else None for v, s in zip(iou, seen, strict=False)],
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_46(cls, cm: torch.Tensor) -> SegMetrics:
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
            pixel_accuracy=float(None),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_47(cls, cm: torch.Tensor) -> SegMetrics:
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
            pixel_accuracy=float(tp.sum() * cm.sum().clamp(min=1)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_48(cls, cm: torch.Tensor) -> SegMetrics:
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
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=None)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_49(cls, cm: torch.Tensor) -> SegMetrics:
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
            pixel_accuracy=float(tp.sum() / cm.sum().clamp(min=2)),
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_50(cls, cm: torch.Tensor) -> SegMetrics:
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
            mean_class_accuracy=float(acc[gt > 0].mean()) if ((gt > 0).any()) and False else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_51(cls, cm: torch.Tensor) -> SegMetrics:
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
            mean_class_accuracy=float(acc[gt > 0].mean()) if ((gt > 0).any()) or True else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_52(cls, cm: torch.Tensor) -> SegMetrics:
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
            mean_class_accuracy=float(None) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_53(cls, cm: torch.Tensor) -> SegMetrics:
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
            mean_class_accuracy=float(acc[gt >= 0].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_54(cls, cm: torch.Tensor) -> SegMetrics:
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
            mean_class_accuracy=float(acc[gt > 1].mean()) if (gt > 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_55(cls, cm: torch.Tensor) -> SegMetrics:
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
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt >= 0).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_56(cls, cm: torch.Tensor) -> SegMetrics:
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
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 1).any() else 0.0,
            confusion=cm.long().tolist(),
        )

    @classmethod
    def xǁSegMetricsǁfrom_confusion__mutmut_57(cls, cm: torch.Tensor) -> SegMetrics:
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
            mean_class_accuracy=float(acc[gt > 0].mean()) if (gt > 0).any() else 1.0,
            confusion=cm.long().tolist(),
        )

    @_mutmut_mutated(mutants_xǁSegMetricsǁto_dict__mutmut)
    def to_dict(self) -> dict:
        return asdict(self)

    def xǁSegMetricsǁto_dict__mutmut_orig(self) -> dict:
        return asdict(self)

    def xǁSegMetricsǁto_dict__mutmut_1(self) -> dict:
        return asdict(None)

mutants_xǁSegMetricsǁfrom_confusion__mutmut['_mutmut_orig'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_1'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_2'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_3'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_4'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_5'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_6'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_7'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_8'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_9'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_10'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_11'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_12'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_13'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_14'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_15'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_16'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_16 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_17'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_17 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_18'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_18 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_19'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_19 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_20'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_20 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_21'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_21 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_22'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_22 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_23'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_23 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_24'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_24 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_25'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_25 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_26'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_26 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_27'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_27 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_28'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_28 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_29'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_29 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_30'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_30 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_31'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_31 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_32'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_32 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_33'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_33 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_34'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_34 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_35'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_35 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_36'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_36 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_37'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_37 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_38'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_38 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_39'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_39 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_40'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_40 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_41'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_41 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_42'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_42 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_43'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_43 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_44'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_44 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_45'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_45 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_46'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_46 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_47'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_47 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_48'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_48 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_49'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_49 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_50'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_50 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_51'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_51 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_52'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_52 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_53'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_53 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_54'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_54 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_55'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_55 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_56'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_56 # type: ignore # mutmut generated
mutants_xǁSegMetricsǁfrom_confusion__mutmut['xǁSegMetricsǁfrom_confusion__mutmut_57'] = SegMetrics.xǁSegMetricsǁfrom_confusion__mutmut_57 # type: ignore # mutmut generated

mutants_xǁSegMetricsǁto_dict__mutmut['_mutmut_orig'] = SegMetrics.xǁSegMetricsǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSegMetricsǁto_dict__mutmut['xǁSegMetricsǁto_dict__mutmut_1'] = SegMetrics.xǁSegMetricsǁto_dict__mutmut_1 # type: ignore # mutmut generated
