"""Shared fixtures: small datasets generated in code, never downloaded."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml
from PIL import Image


def write_pairs_dataset(
    root: Path, n: int = 4, size: tuple[int, int] = (40, 30), classes: int = 3
) -> Path:
    """A `pairs` dataset (images/, labels/, train.txt, val.txt, dataset.yaml); returns the yaml."""
    rng = np.random.default_rng(0)
    (root / "images").mkdir(parents=True, exist_ok=True)
    (root / "labels").mkdir(exist_ok=True)
    w, h = size
    lines = []
    for i in range(n):
        label = np.zeros((h, w), dtype=np.uint8)
        label[:, w // 2 :] = 1
        label[h // 2 :, : w // 3] = 2 % classes
        label[0, 0] = 255  # one ignored pixel
        image = (rng.random((h, w, 3)) * 60).astype(np.uint8) + label[..., None].clip(0, 3) * 60
        Image.fromarray(image).save(root / "images" / f"{i}.png")
        Image.fromarray(label).save(root / "labels" / f"{i}.png")
        lines.append(f"images/{i}.png labels/{i}.png\n")
    (root / "train.txt").write_text("".join(lines[: n - 1]))
    (root / "val.txt").write_text("".join(lines[n - 1 :]))
    desc = {
        "name": "tiny",
        "format": "pairs",
        "root": ".",
        "splits": {"train": "train.txt", "val": "val.txt"},
        "classes": [f"c{k}" for k in range(classes)],
        "ignore_index": 255,
    }
    (root / "dataset.yaml").write_text(yaml.safe_dump(desc))
    return root / "dataset.yaml"


def write_random_run(
    root: Path, model: str, n: int = 4, size: tuple[int, int] = (40, 30), name: str = "run"
) -> Path:
    """A run directory `root/name` of `model` with random weights (seed 0) on a generated
    3-class pairs dataset in `root/data`; returns the run directory."""
    import torch

    from leanseg.models import build_model
    from leanseg.runs import ModelHeader, create_run, save_weights

    data = write_pairs_dataset(root / "data", n=n, size=size)
    torch.manual_seed(0)
    header = ModelHeader(model, 3, ["c0", "c1", "c2"], [], 255, dataset=str(data))
    run = create_run(root / name, header)
    save_weights(run, build_model(model, 3))
    return run


@pytest.fixture
def pairs_dataset(tmp_path: Path) -> Path:
    return write_pairs_dataset(tmp_path / "tiny")


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the measured peak MAC rate out of the user's ~/.cache during tests."""
    import os

    old = os.environ.get("LEANSEG_CACHE_DIR")
    os.environ["LEANSEG_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("LEANSEG_CACHE_DIR")
    else:
        os.environ["LEANSEG_CACHE_DIR"] = old
