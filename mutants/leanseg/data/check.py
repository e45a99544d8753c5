"""`leanseg data check`: scan a dataset, count what is there and list every problem found."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field

import numpy as np
from tqdm import tqdm

from leanseg.data.class_weights import median_frequency_weights
from leanseg.data.dataset import FORMAT_MODULES, list_samples
from leanseg.data.files import Sample, check_ids, read_rgb
from leanseg.data.spec import DatasetError, DatasetSpec


@dataclass(frozen=True)
class Problem:
    severity: str  # "error" makes the check fail; "note" is information
    file: str
    message: str


@dataclass
class SplitSummary:
    images: int = 0
    sizes: dict[str, int] = field(default_factory=dict)  # "WxH" -> image count


@dataclass
class CheckReport:
    dataset: str
    classes: list[str]
    splits: dict[str, SplitSummary]
    class_pixels: list[int]  # over the weighting split, ignore excluded
    class_frequency: list[float]  # share of labelled pixels
    median_frequency_weights: list[float]
    weight_split: str
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)

    def table(self) -> str:
        """A plain-text summary for the terminal."""
        lines = [f"dataset {self.dataset}: {len(self.classes)} classes"]
        for name, s in self.splits.items():
            sizes = ", ".join(f"{k} ({v})" for k, v in sorted(s.sizes.items()))
            lines.append(f"  split {name:<8} {s.images:6d} images  sizes: {sizes or '-'}")
        lines.append(
            f"\n  {'class':<22}{'pixels':>14}{'share':>9}{'weight':>9}  ({self.weight_split})"
        )
        for i, c in enumerate(self.classes):
            lines.append(
                f"  {i:>2} {c:<19}{self.class_pixels[i]:>14d}{self.class_frequency[i]:>9.4f}"
                f"{self.median_frequency_weights[i]:>9.4f}"
            )
        lines.append(
            f"\n  {len(self.errors)} error(s), {len(self.problems) - len(self.errors)} note(s)"
        )
        for p in self.problems:
            lines.append(f"  {p.severity.upper():5} {p.message}")
        return "\n".join(lines)


def check_dataset(
    spec: DatasetSpec, splits: list[str] | None = None, progress: bool = True
) -> CheckReport:
    """Read every image and label of the given splits (all by default) and report."""
    names = splits or list(spec.splits)
    weight_split = "train" if "train" in names else names[0]
    n = spec.num_classes
    pixels = np.zeros(n, dtype=np.int64)
    image_pixels = np.zeros(n, dtype=np.int64)
    problems: list[Problem] = []
    summaries: dict[str, SplitSummary] = {}
    for split in names:
        summary = summaries[split] = SplitSummary()
        try:
            samples = list_samples(spec, split)
        except DatasetError as err:
            problems.append(Problem("error", _file_of(err), str(err)))
            continue
        if not samples:
            problems.append(Problem("error", str(spec.root), f"split '{split}' is empty"))
            continue
        sizes: Counter[str] = Counter()
        for sample in tqdm(samples, desc=f"check {split}", disable=not progress, leave=False):
            label = _check_sample(spec, sample, problems, sizes)
            summary.images += 1
            if label is not None and split == weight_split:
                counts = np.bincount(label[label != spec.ignore_index].ravel(), minlength=n)[:n]
                pixels += counts
                image_pixels[counts > 0] += counts.sum()
        summary.sizes = dict(sizes)
    total = max(int(pixels.sum()), 1)
    return CheckReport(
        dataset=spec.name,
        classes=list(spec.classes),
        splits=summaries,
        class_pixels=[int(v) for v in pixels],
        class_frequency=[float(v) / total for v in pixels],
        median_frequency_weights=[
            round(float(w), 4) for w in median_frequency_weights(pixels, image_pixels)
        ],
        weight_split=weight_split,
        problems=problems,
    )


def _check_sample(
    spec: DatasetSpec, sample: Sample, problems: list[Problem], sizes: Counter
) -> np.ndarray | None:
    """Read one pair, appending its problems; return its label when it is usable."""
    image = label = None
    try:
        image, notes = read_rgb(sample.image)
        problems.extend(Problem("note", str(sample.image), m) for m in notes)
        sizes[f"{image.shape[1]}x{image.shape[0]}"] += 1
    except DatasetError as err:
        problems.append(Problem("error", str(sample.image), str(err)))
    where = sample.label if sample.label is not None else sample.image
    try:
        label = FORMAT_MODULES[spec.format].read_label(spec, sample)
        check_ids(where, label, spec)
    except DatasetError as err:
        problems.append(Problem("error", str(where), str(err)))
        return None
    if image is not None and label.shape != image.shape[:2]:
        problems.append(
            Problem(
                "error",
                str(where),
                f"{where}: label size {label.shape[1]}x{label.shape[0]} differs from image size "
                f"{image.shape[1]}x{image.shape[0]}",
            )
        )
        return None
    return label


def _file_of(err: DatasetError) -> str:
    return str(err).split(": ", 1)[0]
