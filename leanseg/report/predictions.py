"""The report's predictions, side by side: per val image the image, its ground truth, then
every run's prediction on it, and after a run with a reference (the baseline, or its parent
when reported too) the pixels whose class changed against it. One picture answers "where did
compression change what the model sees" without scrolling between runs."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from leanseg.data import load_spec
from leanseg.evaluate import validation_set
from leanseg.predict import overlay, palette_of
from leanseg.runs import ModelHeader, open_backend
from leanseg.visualize.grids import denormalize

CHANGED = np.array([255, 0, 255], np.uint8)  # magenta: a pixel whose class changed
GAP = 4  # pixels of white between pictures


@dataclass(frozen=True)
class Predicted:
    """A run to draw: its name, its model (run directory or file) and the index among the runs
    drawn of the one its changes are shown against (its parent or the baseline; None: none)."""

    name: str
    model: Path
    parent: int | None


def side_by_side(runs: list[Predicted], header: ModelHeader, count: int) -> tuple[bytes, str]:
    """The picture (PNG) of `count` val images of `header`'s dataset and its caption, which
    names the columns in order."""
    val = validation_set(load_spec(header.dataset), count)
    palette = palette_of(header)
    backends = [open_backend(r.model)[0] for r in runs]
    rows = []
    for i in range(len(val)):
        image, truth = val[i]
        rgb = denormalize(image)
        labels = [b(image[None]).argmax(1)[0].numpy().astype(np.uint8) for b in backends]
        row = [rgb, overlay(rgb, np.asarray(truth, np.uint8), palette)]
        for r, label in zip(runs, labels, strict=True):
            row.append(overlay(rgb, label, palette))
            if r.parent is not None:
                row.append(_changed(rgb, label != labels[r.parent]))
        rows.append(_join(row, axis=1))
    columns = ["image", "ground truth"]
    for r in runs:
        columns.append(r.name)
        if r.parent is not None:
            columns.append(f"{r.name}: changed vs {runs[r.parent].name} (magenta)")
    caption = f"predictions on {len(val)} val images, side by side: " + ", ".join(columns)
    return png_bytes(_join(rows, axis=0)), caption


def png_bytes(picture: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(picture).save(buf, format="PNG")
    return buf.getvalue()


def _changed(rgb: np.ndarray, changed: np.ndarray) -> np.ndarray:
    """The image in grey with the changed pixels in magenta."""
    grey = np.repeat(rgb.mean(axis=2, keepdims=True), 3, axis=2).astype(np.uint8)
    grey[changed] = CHANGED
    return grey


def _join(pictures: list[np.ndarray], axis: int) -> np.ndarray:
    """Pictures in a row (axis 1) or a column (axis 0), white between them, padded white to
    the largest size across the join."""
    other = 1 - axis
    size = max(p.shape[other] for p in pictures)
    parts = []
    for p in pictures:
        pad = [(0, 0), (0, 0), (0, 0)]
        pad[other] = (0, size - p.shape[other])
        parts.append(np.pad(p, pad, constant_values=255))
        gap = [size, size, 3]
        gap[axis] = GAP
        parts.append(np.full(gap, 255, np.uint8))
    return np.concatenate(parts[:-1], axis=axis)
