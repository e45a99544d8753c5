"""Write a synthetic RoboCup@Work dataset: a `pairs` dataset with train/val/test list files and
its dataset.yaml. Image i is drawn from its own generator seeded by (seed, i), so a seed gives
the same dataset whatever the count or the order of generation."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image
from tqdm import tqdm

from leanseg.atomic import atomic_path, check_output_dir
from leanseg.data.spec import DatasetError, DatasetSpec
from leanseg.data.synth import composite
from leanseg.data.synth.backgrounds import random_background
from leanseg.data.synth.objects import OBJECT_NAMES
from leanseg.data.synth.scene import Effects, finish_photo, render_scene

# Overlay colours for the object classes, background first.
_COLORS = [(0, 0, 0)] + [
    tuple(int(v) for v in np.array(c) * 255)
    for c in (
        (0.12, 0.47, 0.71), (0.68, 0.78, 0.91), (1.0, 0.5, 0.05), (1.0, 0.73, 0.47),
        (0.17, 0.63, 0.17), (0.6, 0.87, 0.54), (0.84, 0.15, 0.16), (1.0, 0.6, 0.59),
        (0.58, 0.4, 0.74), (0.77, 0.69, 0.84), (0.55, 0.34, 0.29), (0.77, 0.61, 0.58),
        (0.89, 0.47, 0.76), (0.97, 0.71, 0.82), (0.5, 0.5, 0.5),
    )
]  # fmt: skip


@dataclass(frozen=True)
class SynthConfig:
    count: int = 200  # images in all splits together
    size: tuple[int, int] = (320, 240)  # (W, H)
    objects: tuple[str, ...] = OBJECT_NAMES  # classes to draw, any subset
    per_image: tuple[int, int] = (2, 7)  # objects per scene (min, max)
    split_fractions: tuple[float, float, float] = (0.8, 0.1, 0.1)  # train, val, test
    seed: int = 0
    effects: Effects = field(default_factory=Effects)
    cutouts: Path | None = None  # composite mode: folder with one sub-folder per class
    backgrounds: Path | None = None  # composite mode: folder of workstation photos


def synthesize(
    out: Path, cfg: SynthConfig = SynthConfig(), progress: bool = True, overwrite: bool = False
) -> DatasetSpec:
    """Generate the dataset at `out` and return its descriptor. An existing non-empty `out` is
    replaced (atomically) only with `overwrite`, and never when it holds the cut-outs or
    backgrounds."""
    inputs = [p for p in (cfg.cutouts, cfg.backgrounds) if p is not None]
    check_output_dir(out, overwrite, inputs)
    unknown = [o for o in cfg.objects if o not in OBJECT_NAMES] if cfg.cutouts is None else []
    if unknown:
        raise DatasetError(f"unknown object(s) {unknown}; choose from {', '.join(OBJECT_NAMES)}")
    if cfg.count < 1:
        raise DatasetError("count must be at least 1")
    if (cfg.cutouts is None) != (cfg.backgrounds is None):
        raise DatasetError("composite mode needs both --cutouts and --backgrounds")
    classes = ("background", *cfg.objects)
    render = _compositor(cfg) if cfg.cutouts else _procedural(cfg)
    names = _split_names(cfg)
    out = Path(out)
    with atomic_path(out) as tmp:
        (tmp / "images").mkdir(parents=True)
        (tmp / "labels").mkdir()
        for i in tqdm(range(cfg.count), desc="synth", disable=not progress):
            rng = np.random.default_rng([cfg.seed, i])
            image, label = render(rng)
            Image.fromarray(image).save(tmp / "images" / f"{i:06d}.jpg", quality=95)
            Image.fromarray(label).save(tmp / "labels" / f"{i:06d}.png", compress_level=1)
        for split, ids in names.items():
            lines = "".join(f"images/{i:06d}.jpg labels/{i:06d}.png\n" for i in ids)
            (tmp / f"{split}.txt").write_text(lines)
        splits = {s: f"{s}.txt" for s, ids in names.items() if ids}
        colors = tuple(_COLORS[i % len(_COLORS)] for i in range(len(classes)))
        spec = DatasetSpec("robocup_work", "pairs", tmp, splits, classes, colors, ignore_index=255)
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "pairs", out, splits, classes, colors, ignore_index=255)


def _split_names(cfg: SynthConfig) -> dict[str, list[int]]:
    n = cfg.count
    n_train = round(n * cfg.split_fractions[0])
    n_val = round(n * cfg.split_fractions[1])
    ids = list(range(n))
    return {
        "train": ids[:n_train],
        "val": ids[n_train : n_train + n_val],
        "test": ids[n_train + n_val :],
    }


def _procedural(cfg: SynthConfig):
    w, h = cfg.size
    objects = [(name, i + 1) for i, name in enumerate(cfg.objects)]

    def render(rng: np.random.Generator):
        background = random_background(rng, h, w)
        return render_scene(rng, background, objects, cfg.effects, cfg.per_image)

    return render


def _compositor(cfg: SynthConfig):
    w, h = cfg.size
    cuts = composite.load_cutouts(Path(cfg.cutouts), list(cfg.objects))
    photos = composite.load_backgrounds(Path(cfg.backgrounds))
    names = list(cfg.objects)

    def render(rng: np.random.Generator):
        image = composite.background_crop(rng, photos[int(rng.integers(len(photos)))], w, h)
        label = np.zeros((h, w), dtype=np.uint8)
        for _ in range(int(rng.integers(cfg.per_image[0], cfg.per_image[1] + 1))):
            k = int(rng.integers(len(names)))
            cut = cuts[names[k]][int(rng.integers(len(cuts[names[k]])))]
            composite.paste_cutout(image, label, cut, k + 1, rng, cfg.effects.shadows)
        return finish_photo(rng, image, cfg.effects), label

    return render
