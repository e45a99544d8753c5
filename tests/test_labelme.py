"""labelme import against golden masks drawn by labelme's own code."""

from __future__ import annotations

import base64
import io
import json
import random
import re
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image

from leanseg.cli import cli
from leanseg.data import DatasetError, SegmentationDataset, load_spec
from leanseg.data.labelme import import_labelme
from leanseg.errors import LeansegError

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


def _one(tmp_path: Path, shapes: list, image: Image.Image | None = None, name: str = "a") -> Path:
    src = tmp_path / "ann"
    src.mkdir(exist_ok=True)
    (tmp_path / "labels.txt").write_text("\n".join(SHAPES["labels"]) + "\n")
    buf = io.BytesIO()
    (image or Image.new("RGB", (20, 10))).save(buf, format="PNG")
    record = {"shapes": shapes, "imageData": base64.b64encode(buf.getvalue()).decode()}
    (src / f"{name}.json").write_text(json.dumps(record))
    return src


@pytest.mark.parametrize(
    ("kind", "points"),
    [("polygon", [[1, 1], [5, 5]]), ("rectangle", [[1, 1], [5, 5], [2, 8]]),
     ("circle", [[1, 1]]), ("point", [[1, 1], [2, 2]]), ("line", [[1, 1]]), ("blob", [[1, 1]])],
)  # fmt: skip
def test_shapes_with_the_wrong_number_of_points_are_refused(tmp_path: Path, kind, points):
    src = _one(tmp_path, [_shape("nut", kind, points)])
    with pytest.raises(DatasetError, match=f"a.json: cannot draw {kind} shape with {len(points)}"):
        import_labelme(src, tmp_path / "labels.txt", tmp_path / "voc")


@pytest.mark.parametrize(
    ("shape", "message"),
    [("nut", "shape 1 has no label"), ({"points": [[1, 1]]}, "shape 1 has no label"),
     (_shape("nut", "polygon", "abc"), "shape 1 ('nut') has no points"),
     (_shape("nut", "polygon", [[1, 2, 3], [4, 5], [6, 7]]), "bad point [1, 2, 3]"),
     (_shape("nut", "polygon", [["a", 1], [4, 5], [6, 7]]), "bad point ['a', 1]"),
     (_shape("nut", "polygon", [[1e6 + 1, 1], [4, 5], [6, 7]]), "bad point [1000001.0, 1]")],
)  # fmt: skip
def test_malformed_shapes_are_named(tmp_path: Path, shape, message):
    src = _one(tmp_path, [shape])
    with pytest.raises(DatasetError, match=re.escape(message)):
        import_labelme(src, tmp_path / "labels.txt", tmp_path / "voc")


def test_a_coordinate_at_the_limit_and_an_rgba_image_are_accepted(tmp_path: Path):
    rgba = Image.new("RGBA", (20, 10), (1, 2, 3, 4))
    src = _one(tmp_path, [_shape("nut", "polygon", [[1e6, 0], [4, 5], [6, 7]])], rgba)
    import_labelme(src, tmp_path / "labels.txt", tmp_path / "voc")
    assert Image.open(tmp_path / "voc" / "JPEGImages" / "a.jpg").mode == "RGB"


def test_file_level_problems_are_named(tmp_path: Path, monkeypatch):
    labels = tmp_path / "labels.txt"
    src = _one(tmp_path, [])
    (src / "a.json").write_text("{not json")
    with pytest.raises(DatasetError, match="a.json: malformed labelme annotation \\(Expecting"):
        import_labelme(src, labels, tmp_path / "voc")
    (src / "a.json").write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(DatasetError, match="a.json: malformed labelme annotation \\(nested too"):
        import_labelme(src, labels, tmp_path / "voc")
    (src / "a.json").write_text(json.dumps({"shapes": [], "imagePath": "gone.png"}))
    with pytest.raises(DatasetError, match="image 'gone.png' not found and no imageData"):
        import_labelme(src, labels, tmp_path / "voc")
    _one(tmp_path, [])
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10)
    with pytest.raises(DatasetError, match="embedded imageData is too large"):
        import_labelme(src, labels, tmp_path / "voc")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DatasetError, match="empty: no labelme \\*.json files found"):
        import_labelme(empty, labels, tmp_path / "voc")


@pytest.mark.parametrize(
    ("lines", "ok"),
    [(["__ignore__", "_background_"], True), (["__ignore__"], False),
     (["__ignore__", "nut", "_background_"], False), (["nut", "_background_"], False)],
)  # fmt: skip
def test_labels_file_rules(tmp_path: Path, lines, ok):
    src = _one(tmp_path, [])
    (tmp_path / "labels.txt").write_text("\n".join(lines) + "\n")
    if ok:
        spec = import_labelme(src, tmp_path / "labels.txt", tmp_path / "voc")
        assert spec.classes == ("_background_",)
    else:
        with pytest.raises(DatasetError, match="first two labels must be __ignore__ and"):
            import_labelme(src, tmp_path / "labels.txt", tmp_path / "voc")
    most = ["__ignore__", "_background_", *(f"c{i}" for i in range(254))]  # 255 classes fit
    (tmp_path / "most.txt").write_text("\n".join(most))
    assert len(import_labelme(src, tmp_path / "most.txt", tmp_path / "voc4").classes) == 255
    many = [*most, "one_more"]  # 256 classes
    (tmp_path / "many.txt").write_text("\n".join(many))
    with pytest.raises(DatasetError, match="many.txt: 256 classes; a VOC mask holds at most 255"):
        import_labelme(src, tmp_path / "many.txt", tmp_path / "voc3")
    with pytest.raises(DatasetError, match="missing.txt: labels file not found"):
        import_labelme(src, tmp_path / "missing.txt", tmp_path / "voc2")


@pytest.mark.parametrize(
    ("files", "fraction", "n_val"), [(1, 0.5, 0), (1, 0.9, 0), (2, 0.5, 1), (5, 0.4, 2)]
)
def test_splits_are_seeded_and_sized(tmp_path: Path, files, fraction, n_val):
    for i in range(files):
        _one(tmp_path, [], name=f"f{i}")
    src, labels = tmp_path / "ann", tmp_path / "labels.txt"
    spec = import_labelme(src, labels, tmp_path / "voc", val_fraction=fraction)
    stems = [f"f{i}" for i in range(files)]
    random.Random(0).shuffle(stems)  # the documented default seed
    sets = tmp_path / "voc" / "ImageSets" / "Segmentation"
    assert (sets / "val.txt").read_text().split() == sorted(stems[:n_val])
    assert (sets / "train.txt").read_text().split() == sorted(stems[n_val:])
    assert (sets / "trainval.txt").read_text().split() == sorted(stems)
    assert (tmp_path / "voc" / "class_names.txt").read_text() == "_background_\nscrew\nnut\n"
    assert (spec.name, spec.format, spec.root) == ("voc", "voc", tmp_path / "voc")
    assert spec.colors == ((0, 0, 0), (128, 0, 0), (0, 128, 0))
    assert set(spec.splits) == ({"train", "trainval"} | ({"val"} if n_val else set()))
    assert load_spec(tmp_path / "voc").splits == spec.splits


def test_val_fraction_bounds_and_no_overwrite_by_default(tmp_path: Path):
    src, labels = _one(tmp_path, []), tmp_path / "labels.txt"
    import_labelme(src, labels, tmp_path / "voc", val_fraction=0.0)
    with pytest.raises(DatasetError, match="must be in \\[0, 1\\), got 1.0"):
        import_labelme(src, labels, tmp_path / "other", val_fraction=1.0)
    with pytest.raises(LeansegError, match="voc: folder exists and is not empty"):
        import_labelme(src, labels, tmp_path / "voc")
