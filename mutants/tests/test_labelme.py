"""labelme import against golden masks drawn by labelme's own code."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image

from leanseg.cli import cli
from leanseg.data import DatasetError, SegmentationDataset, load_spec
from leanseg.data.labelme import import_labelme

H, W = 60, 80


def _write(tmp: Path, name: str, shapes: list[dict], embed: bool) -> None:
    image = Image.new("RGB", (W, H), (10, 20, 30))
    record = {"shapes": shapes, "imagePath": f"{name}.png", "imageHeight": H, "imageWidth": W}
    if embed:
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        record["imageData"] = base64.b64encode(buf.getvalue()).decode()
    else:
        image.save(tmp / f"{name}.png")
        record["imageData"] = None
    (tmp / f"{name}.json").write_text(json.dumps(record))


def _shape(label: str, kind: str, points: list) -> dict:
    return {"label": label, "shape_type": kind, "points": points, "group_id": None}


FIXTURES = Path(__file__).parent / "fixtures" / "labelme"
SHAPES = json.loads((FIXTURES / "shapes.json").read_text())


@pytest.fixture
def labelme_dir(tmp_path: Path) -> Path:
    src = tmp_path / "annotations"
    src.mkdir()
    (tmp_path / "labels.txt").write_text("\n".join(SHAPES["labels"]) + "\n")
    _write(src, "a", SHAPES["a"], embed=True)
    _write(src, "b", SHAPES["b"], embed=False)
    return src


def test_import_matches_labelmes_own_masks_on_every_pixel(labelme_dir: Path, tmp_path: Path):
    """Golden masks drawn by labelme 5.8.3's `shapes_to_label` (tests/fixtures/labelme)."""
    out = tmp_path / "voc"
    spec = import_labelme(labelme_dir, tmp_path / "labels.txt", out, val_fraction=0.5)
    assert spec.classes == ("_background_", "screw", "nut")
    for key in ("a", "b"):
        written = Image.open(out / "SegmentationClass" / f"{key}.png")
        assert written.mode == "P"
        golden = np.asarray(Image.open(FIXTURES / f"{key}.png"))
        np.testing.assert_array_equal(np.asarray(written), golden, err_msg=key)
    assert (out / "JPEGImages" / "a.jpg").exists()
    loaded = load_spec(out)
    assert loaded.format == "voc" and loaded.ignore_index == 255
    trainval = SegmentationDataset(loaded, "trainval")
    assert sorted(s.key for s in trainval.samples) == ["a", "b"]


def test_rectangle_corners_in_any_order_draw_the_same_box(tmp_path: Path):
    """labelme stores corners in drag order; its own code (with Pillow >= 9) fails on a box
    dragged up and left, leanseg orders the corners first."""
    src = tmp_path / "annotations"
    src.mkdir()
    (tmp_path / "labels.txt").write_text("\n".join(SHAPES["labels"]) + "\n")
    box = SHAPES["a"][0]
    _write(src, "fwd", [box], embed=True)
    _write(src, "rev", [{**box, "points": box["points"][::-1]}], embed=True)
    import_labelme(src, tmp_path / "labels.txt", tmp_path / "voc", val_fraction=0.5)
    fwd, rev = (np.asarray(Image.open(tmp_path / "voc" / "SegmentationClass" / f"{k}.png"))
                for k in ("fwd", "rev"))  # fmt: skip
    np.testing.assert_array_equal(fwd, rev)
    assert (fwd == 1).sum() == 41 * 36  # both corners inclusive


def test_unknown_label_names_the_file_and_writes_nothing(labelme_dir: Path, tmp_path: Path):
    _write(labelme_dir, "c", [_shape("bolt", "point", [[3, 3]])], embed=True)
    with pytest.raises(DatasetError, match=r"c\.json: label 'bolt'"):
        import_labelme(labelme_dir, tmp_path / "labels.txt", tmp_path / "voc")
    assert not (tmp_path / "voc").exists()
    assert not list(tmp_path.glob(".voc*"))


def test_cli_import_and_bad_labels_file(labelme_dir: Path, tmp_path: Path):
    runner = CliRunner()
    out = tmp_path / "voc"
    args = [
        "data",
        "import-labelme",
        str(labelme_dir),
        "--labels",
        str(tmp_path / "labels.txt"),
        "--out",
        str(out),
    ]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert (out / "dataset.yaml").exists()
    (tmp_path / "bad.txt").write_text("screw\nnut\n")
    args[4], args[6] = str(tmp_path / "bad.txt"), str(tmp_path / "voc2")
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert "bad.txt: the first two labels must be __ignore__ and _background_" in result.output
