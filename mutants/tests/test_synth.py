"""RoboCup@Work synthesis: deterministic for a seed, masks exactly where objects are drawn."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image

from leanseg.cli import cli
from leanseg.data import DatasetError, SegmentationDataset, load_spec
from leanseg.data.check import check_dataset
from leanseg.data.synth import OBJECT_NAMES, SynthConfig, synthesize
from leanseg.data.synth.objects import OBJECTS
from leanseg.data.synth.scene import Effects, draw_object

MAGENTA = np.array([255.0, 0.0, 255.0])  # never an object colour


def test_same_seed_same_dataset_other_seed_differs(tmp_path: Path):
    cfg = SynthConfig(count=6, size=(96, 72), seed=3)
    a = synthesize(tmp_path / "a", cfg, progress=False)
    b = synthesize(tmp_path / "b", cfg, progress=False)
    c = synthesize(tmp_path / "c", SynthConfig(count=6, size=(96, 72), seed=4), progress=False)
    for name in ("images/000004.jpg", "labels/000004.png"):
        assert (a.root / name).read_bytes() == (b.root / name).read_bytes()
    assert (a.root / "labels/000004.png").read_bytes() != (
        c.root / "labels/000004.png"
    ).read_bytes()
    assert (a.root / "train.txt").read_text().count("\n") == 5
    assert load_spec(a.root).classes == ("background", *OBJECT_NAMES)


@pytest.mark.parametrize("name", OBJECT_NAMES)
def test_mask_equals_the_pixels_the_object_changed(name: str):
    h, w = 120, 160
    image = np.tile(MAGENTA, (h, w, 1)).astype(np.float32)
    label = np.zeros((h, w), dtype=np.uint8)
    rng = np.random.default_rng(1)
    draw_object(image, label, name, 7, rng, (0.6, 1.0, 80.0, 60.0), shadows=False)
    changed = (image != MAGENTA).any(axis=2)
    assert changed.sum() > 100
    np.testing.assert_array_equal(label == 7, changed)


def test_holes_show_what_lies_below():
    h, w = 120, 160
    image = np.tile(MAGENTA, (h, w, 1)).astype(np.float32)
    label = np.zeros((h, w), dtype=np.uint8)
    draw_object(image, label, "M30", 3, np.random.default_rng(0), (0.0, 1.5, 80.0, 60.0), False)
    assert label[60, 80] == 0 and (image[60, 80] == MAGENTA).all()  # the nut's bore
    assert label[60, 80 + 28] == 3


def test_object_subset_and_dataset_passes_check(tmp_path: Path):
    cfg = SynthConfig(count=5, size=(64, 48), objects=("M20", "Motor"), per_image=(3, 3))
    spec = synthesize(tmp_path / "d", cfg, progress=False)
    assert spec.classes == ("background", "M20", "Motor")
    ids = set()
    for split in spec.splits:
        for _, mask in SegmentationDataset(spec, split):
            ids |= set(np.unique(mask.numpy()).tolist())
    assert ids <= {0, 1, 2} and len(ids) >= 2
    assert check_dataset(spec, progress=False).errors == []
    with pytest.raises(DatasetError, match="unknown object"):
        synthesize(tmp_path / "e", SynthConfig(objects=("Spoon",)), progress=False)


def test_composite_mode_masks_match_pasted_pixels(tmp_path: Path):
    cut_dir = tmp_path / "cutouts"
    (cut_dir / "cube").mkdir(parents=True)
    (cut_dir / "disc").mkdir()
    rgba = np.zeros((30, 40, 4), dtype=np.uint8)
    rgba[5:25, 5:35] = (0, 255, 0, 255)
    Image.fromarray(rgba).save(cut_dir / "cube" / "a.png")
    disc = np.zeros((30, 30, 3), dtype=np.uint8)
    yy, xx = np.mgrid[0:30, 0:30]
    inside = np.hypot(yy - 15, xx - 15) < 12
    disc[inside] = (0, 0, 255)
    Image.fromarray(disc).save(cut_dir / "disc" / "b.png")
    Image.fromarray((inside * 255).astype(np.uint8)).save(cut_dir / "disc" / "b_mask.png")
    bg_dir = tmp_path / "backgrounds"
    bg_dir.mkdir()
    Image.new("RGB", (200, 150), (255, 0, 255)).save(bg_dir / "table.png")
    cfg = SynthConfig(
        count=3,
        size=(120, 90),
        objects=("cube", "disc"),
        per_image=(3, 3),
        effects=Effects(False, False, False, False),
        cutouts=cut_dir,
        backgrounds=bg_dir,
    )
    spec = synthesize(tmp_path / "comp", cfg, progress=False)
    for i in range(3):
        img = np.asarray(Image.open(spec.root / f"images/{i:06d}.jpg")).astype(int)
        lbl = np.asarray(Image.open(spec.root / f"labels/{i:06d}.png"))
        assert set(np.unique(lbl)) <= {0, 1, 2} and (lbl > 0).any()
        # JPEG blurs colours a little: compare each class's mean colour, then every pixel loosely
        green = (img[..., 1] > 128) & (img[..., 0] < 128)
        blue = (img[..., 2] > 128) & (img[..., 0] < 128)
        inner = _eroded(lbl == 1)
        assert green[inner].all() and blue[_eroded(lbl == 2)].all()
        assert not green[_eroded(lbl == 0)].any()


def _eroded(m: np.ndarray) -> np.ndarray:
    """Pixels whose 4 neighbours share the mask value (JPEG edges excluded)."""
    e = m.copy()
    e[1:] &= m[:-1]
    e[:-1] &= m[1:]
    e[:, 1:] &= m[:, :-1]
    e[:, :-1] &= m[:, 1:]
    return e


def test_cli_synth_writes_a_dataset(tmp_path: Path):
    out = tmp_path / "rc"
    result = CliRunner().invoke(
        cli,
        ["data", "synth", str(out), "--count", "4", "--size", "64x48", "--objects", "M20,Bearing"],
    )
    assert result.exit_code == 0, result.output
    assert load_spec(out).classes == ("background", "M20", "Bearing")
    assert len(list((out / "images").iterdir())) == 4
    bad = CliRunner().invoke(cli, ["data", "synth", str(tmp_path / "x"), "--objects", "Spoon"])
    assert bad.exit_code == 2 and "unknown object" in bad.output
    assert not (tmp_path / "x").exists()


def test_every_object_builds_parts():
    rng = np.random.default_rng(0)
    for name, build in OBJECTS.items():
        parts = build(rng)
        assert parts and not parts[0].hole, name
