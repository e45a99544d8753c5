from __future__ import annotations

import numpy as np
import torch

from leanseg.metrics import SegMetrics, confusion_matrix


def _reference(pred: np.ndarray, target: np.ndarray, n: int, ignore: int) -> dict:
    """Per-class IoU and accuracies by explicit loops over classes."""
    keep = target != ignore
    p, t = pred[keep], target[keep]
    ious, accs = [], []
    for c in range(n):
        inter = np.sum((p == c) & (t == c))
        union = np.sum((p == c) | (t == c))
        ious.append(inter / union if union else None)
        if np.sum(t == c):
            accs.append(inter / np.sum(t == c))
    return {
        "iou": ious,
        "miou": np.mean([v for v in ious if v is not None]),
        "pixel": np.mean(p == t),
        "mean_acc": np.mean(accs),
    }


def test_metrics_match_a_loop_reference():
    rng = np.random.default_rng(0)
    n, ignore = 5, 255
    target = rng.integers(0, n - 1, size=(3, 17, 23))  # class 4 never in the truth ...
    target[:, :2] = ignore
    pred = rng.integers(0, n, size=target.shape)
    pred[pred == 3] = 2  # ... and class 3 never predicted
    cm = confusion_matrix(torch.from_numpy(pred), torch.from_numpy(target), n, ignore)
    assert cm.sum() == np.sum(target != ignore)
    m = SegMetrics.from_confusion(cm)
    ref = _reference(pred, target, n, ignore)
    assert np.isclose(m.miou, ref["miou"]) and np.isclose(m.pixel_accuracy, ref["pixel"])
    assert np.isclose(m.mean_class_accuracy, ref["mean_acc"])
    for got, want in zip(m.per_class_iou, ref["iou"], strict=True):
        assert (got is None and want is None) or np.isclose(got, want)


def test_perfect_prediction_scores_one_and_absent_classes_are_none():
    target = torch.tensor([[0, 1], [1, 255]])
    m = SegMetrics.from_confusion(confusion_matrix(target.clone(), target, 3, 255))
    assert m.miou == 1.0 and m.pixel_accuracy == 1.0 and m.per_class_iou == [1.0, 1.0, None]


def test_single_pixel_and_empty_matrices():
    one = torch.tensor([[1]])
    right = SegMetrics.from_confusion(confusion_matrix(one, one, 3, 255))
    assert (right.miou, right.pixel_accuracy, right.mean_class_accuracy) == (1.0, 1.0, 1.0)
    assert right.per_class_iou == [None, 1.0, None]
    assert right.confusion == [[0, 0, 0], [0, 1, 0], [0, 0, 0]]
    wrong = SegMetrics.from_confusion(confusion_matrix(torch.tensor([[2]]), one, 3, 255))
    assert (wrong.miou, wrong.pixel_accuracy, wrong.mean_class_accuracy) == (0.0, 0.0, 0.0)
    assert wrong.per_class_iou == [None, 0.0, 0.0]
    ignored = torch.tensor([[255]])
    empty = SegMetrics.from_confusion(confusion_matrix(ignored, ignored, 3, 255))
    assert (empty.miou, empty.pixel_accuracy, empty.mean_class_accuracy) == (0.0, 0.0, 0.0)
    assert empty.per_class_iou == [None, None, None]
    assert empty.to_dict()["confusion"] == [[0] * 3] * 3
