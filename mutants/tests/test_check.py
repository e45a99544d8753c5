"""`data check` must find every planted problem and exit non-zero."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import write_pairs_dataset
from PIL import Image

from leanseg.cli import cli
from leanseg.data import DatasetError, SegmentationDataset, load_spec
from leanseg.data.check import check_dataset
from leanseg.data.class_weights import median_frequency_weights


def test_clean_dataset_has_no_problems_and_counts_pixels(pairs_dataset: Path):
    report = check_dataset(load_spec(pairs_dataset), progress=False)
    assert report.errors == [] and report.problems == []
    assert report.splits["train"].images == 3 and report.splits["train"].sizes == {"40x30": 3}
    # per image: 600 px of class 1, 15*13=195 px of class 2, one ignored, the rest class 0
    assert report.class_pixels == [3 * (1200 - 600 - 195 - 1), 3 * 600, 3 * 195]


def test_median_frequency_weights_match_hand_computation():
    pixels = np.array([100, 10, 0, 30])
    image_pixels = np.array([200, 100, 0, 60])  # freqs 0.5, 0.1, -, 0.5
    np.testing.assert_allclose(median_frequency_weights(pixels, image_pixels), [1.0, 5.0, 0.0, 1.0])


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    root = tmp_path / "broken"
    desc = write_pairs_dataset(root, n=9)
    lines = [f"images/{i}.png labels/{i}.png\n" for i in range(8)]
    data = (root / "images" / "0.png").read_bytes()
    (root / "images" / "0.png").write_bytes(data[: len(data) // 2])  # truncated
    Image.new("RGB", (41, 30)).save(root / "images" / "1.png")  # size mismatch
    bad = np.zeros((30, 40), dtype=np.uint8)
    bad[0, 0] = 7
    Image.fromarray(bad).save(root / "labels" / "2.png")  # id outside classes
    Image.fromarray(np.full((30, 40), 3000, dtype=np.uint16)).save(
        root / "labels" / "3.png"
    )  # 16-bit
    rgb = np.zeros((30, 40, 3), dtype=np.uint8)
    rgb[:, :, 0] = 200
    Image.fromarray(rgb).save(root / "labels" / "4.png")  # RGB with no class colours
    Image.new("L", (40, 30)).save(root / "images" / "5.png")  # grayscale: a note
    Image.new("RGBA", (40, 30)).save(root / "images" / "6.png")  # RGBA: a note
    lines.append("images/missing.png labels/missing.png\n")
    (root / "train.txt").write_text("".join(lines))
    (root / "val.txt").write_text("")  # empty split
    return desc


def test_check_finds_each_planted_problem(broken: Path):
    report = check_dataset(load_spec(broken), progress=False)
    errors = "\n".join(p.message for p in report.errors)
    notes = "\n".join(p.message for p in report.problems if p.severity == "note")
    assert "0.png: unreadable or truncated image" in errors
    assert "1.png size 41x30" in errors or "differs from image size 41x30" in errors
    assert "2.png: label ids [7] are outside the 3 classes" in errors
    assert "3.png: 16-bit mask with values up to 3000" in errors
    assert "4.png: RGB mask but the descriptor has no class colors" in errors
    assert "missing.png: file not found" in errors
    assert "split 'val' is empty" in errors
    assert (
        "5.png: L image converted to RGB" in notes and "6.png: RGBA image converted to RGB" in notes
    )
    assert "labels/missing.png: file not found" in errors
    assert len(report.errors) == 8  # the missing pair counts twice: image and label


def test_cli_check_exits_non_zero_and_writes_json(
    broken: Path, tmp_path: Path, pairs_dataset: Path
):
    runner = CliRunner()
    out = tmp_path / "report.json"
    result = runner.invoke(cli, ["data", "check", str(broken), "--json", str(out)])
    assert result.exit_code == 1
    assert (
        len([p for p in json.loads(out.read_text())["problems"] if p["severity"] == "error"]) == 8
    )
    ok = runner.invoke(cli, ["data", "check", str(pairs_dataset)])
    assert ok.exit_code == 0, ok.output
    assert '"median_frequency_weights"' in ok.output


def test_training_loader_raises_one_line_error_naming_the_file(broken: Path):
    ds = SegmentationDataset(load_spec(broken), "train")
    with pytest.raises(DatasetError, match=r"labels/2\.png: label ids \[7\]") as info:
        ds[2]
    assert "\n" not in str(info.value)


def test_cli_training_on_bad_data_prints_one_line_naming_the_file(broken: Path, tmp_path: Path):
    (broken.parent / "train.txt").write_text(
        "images/2.png labels/2.png\nimages/2.png labels/2.png\n"
    )
    (broken.parent / "val.txt").write_text("images/7.png labels/7.png\n")
    args = ["train", "--dataset", str(broken), "--model", "segnet_basic", "--epochs", "1",
            "--set", f"out_dir={tmp_path}", "--set", "workers=2", "--set", "crop=[32,32]",
            "--set", "batch_size=2", "--set", "class_weights=none"]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1].startswith("error: ")
    assert result.output.strip().endswith(
        "labels/2.png: label ids [7] are outside the 3 classes and not the ignore id 255"
    )
    assert "Traceback" not in result.output
