"""The report's comparison: every run's per-class IoU side by side, with the change against a
reference run, so that what a compression cost, and where, is read along one row instead of
by scrolling between per-run tables."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

THIN = 3  # classes marked thin: the reference's lowest IoUs, where a loss hurts first
OVERALL = (("pixel accuracy", "pixel_accuracy"), ("mean class accuracy", "mean_class_accuracy"))


@dataclass(frozen=True)
class Scored:
    """One run's val figures, as the comparison needs them."""

    name: str
    path: Path  # resolved, to find a run's parent among the others
    parent: Path | None  # resolved, where the parent is on this machine
    classes: list[str]
    metrics: dict  # per_class_iou, pixel_accuracy, mean_class_accuracy (as in metrics.json)


def comparison_table(
    runs: list[Scored], baseline: Scored | None = None
) -> tuple[list[str], list[list[str]]]:
    """Head and rows: one row per class (thin ones marked), then pixel accuracy and mean class
    accuracy. Per run its figure ("-" for a run not evaluated yet), and, where it has a
    reference (`baseline`, else its parent when the parent is one of `runs`), the change in
    points against it. Runs whose classes differ from the first run's are left out (their
    figures would not line up)."""
    runs = [r for r in runs if r.classes == runs[0].classes]
    scored = [r for r in runs if r.metrics.get("per_class_iou")]
    if not scored:
        return [], []
    by_path = {r.path: r for r in runs}
    refs = [_reference(r, baseline, by_path) for r in runs]  # by position: names may repeat
    head = ["class"]
    for r, ref in zip(runs, refs, strict=True):
        head += [r.name, f"change vs {ref.name}"] if ref else [r.name]
    thin = _thin(next((x for x in (baseline, *refs) if _iou(x)), scored[0]))
    rows = [_row(name + (" (thin)" if i in thin else ""), runs, refs, i)
            for i, name in enumerate(runs[0].classes)]  # fmt: skip
    for label, key in OVERALL:
        if all(key in r.metrics for r in scored):
            rows.append(_row(label, runs, refs, key))
    return head, rows


def _reference(run: Scored, baseline: Scored | None, by_path: dict) -> Scored | None:
    if baseline is not None:
        return None if run.path == baseline.path else baseline
    return by_path.get(run.parent) if run.parent else None


def _iou(run: Scored | None) -> list:
    return (run.metrics.get("per_class_iou") or []) if run else []


def _thin(reference: Scored) -> set[int]:
    iou = _iou(reference)
    seen = sorted((v, i) for i, v in enumerate(iou) if v is not None)
    return {i for _, i in seen[:THIN]}


def _value(run: Scored, key: int | str) -> float | None:
    """A class's IoU (`key` its index) or an overall figure (`key` its name), None if absent."""
    if isinstance(key, str):
        return run.metrics.get(key)
    iou = _iou(run)
    return iou[key] if key < len(iou) else None


def _row(label: str, runs: list[Scored], refs: list, key: int | str) -> list[str]:
    """A table row: each run's figure and, after it, its change against its reference."""
    row = [label]
    for r, ref in zip(runs, refs, strict=True):
        value = _value(r, key)
        row.append("-" if value is None else f"{value:.2%}")
        if ref:
            before = _value(ref, key)
            change = None if value is None or before is None else (value - before) * 100
            row.append("-" if change is None else f"{change:+.2f}")
    return row
