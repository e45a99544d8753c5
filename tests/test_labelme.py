"""labelme import against masks drawn independently here with numpy (no PIL drawing)."""

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


@pytest.fixture
def labelme_dir(tmp_path: Path) -> Path:
    src = tmp_path / "annotations"
    src.mkdir()
    (tmp_path / "labels.txt").write_text("__ignore__\n_background_\nscrew\nnut\n")
    shapes = [
        _shape("screw", "rectangle", [[50, 40], [10, 5]]),  # corners given in reverse order
        _shape("nut", "polygon", [[20, 10], [40, 10], [40, 30], [30, 30], [30, 20], [20, 20]]),
        _shape("__ignore__", "rectangle", [[60, 45], [70, 55]]),
        _shape("nut", "circle", [[65.0, 15.0], [65.0, 21.0]]),
        _shape("screw", "point", [[8.0, 50.0]]),
        _shape("nut", "line", [[0, 58], [79, 58]]),
    ]
    _write(src, "a", shapes, embed=True)
    _write(src, "b", [_shape("nut", "polygon", [[0, 0], [5, 0], [5, 5]])], embed=False)
    return src


def _expected_a() -> tuple[np.ndarray, np.ndarray]:
    """Mask of image `a` painted in file order with numpy; and the pixels on disc rims, where
    a rasteriser's rounding decides (excluded from the exact comparison)."""
    yy, xx = np.mgrid[0:H, 0:W]
    exp = np.zeros((H, W), dtype=np.uint8)
    exp[5:41, 10:51] = 1  # rectangle, both corners inclusive
    exp[10:21, 20:41] = 2  # L-shaped polygon: top bar ...
    exp[10:31, 30:41] = 2  # ... and right leg, edges inclusive
    exp[45:56, 60:71] = 255
    rim = np.zeros((H, W), dtype=bool)
    for (cx, cy), r, value in (((65, 15), 6.0, 2), ((8, 50), 5.0, 1)):
        d = np.hypot(xx - cx, yy - cy)
        exp[d <= r - 1] = value
        rim |= (d > r - 1) & (d < r + 1)
    line = (yy >= 53) & (yy <= 63)  # 10 px wide line centred on y=58
    exp[line] = 2
    rim |= (yy == 53) | (yy == 63)
    return exp, rim & ~((yy > 53) & (yy < 63))


def test_import_matches_independently_drawn_masks(labelme_dir: Path, tmp_path: Path):
    out = tmp_path / "voc"
    spec = import_labelme(labelme_dir, tmp_path / "labels.txt", out, val_fraction=0.5)
    assert spec.classes == ("_background_", "screw", "nut")
    got = np.asarray(Image.open(out / "SegmentationClass" / "a.png"))
    assert Image.open(out / "SegmentationClass" / "a.png").mode == "P"
    expected, rim = _expected_a()
    np.testing.assert_array_equal(got[~rim], expected[~rim])
    b = np.asarray(Image.open(out / "SegmentationClass" / "b.png"))
    assert b[1, 4] == 2 and b[4, 1] == 0  # triangle above the diagonal only
    assert (out / "JPEGImages" / "a.jpg").exists()
    loaded = load_spec(out)
    assert loaded.format == "voc" and loaded.ignore_index == 255
    trainval = SegmentationDataset(loaded, "trainval")
    assert sorted(s.key for s in trainval.samples) == ["a", "b"]


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
    args[4] = str(tmp_path / "bad.txt")
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert "bad.txt: the first two labels must be __ignore__ and _background_" in result.output
