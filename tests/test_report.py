"""`leanseg report`: one self-contained page, checked in headless Chromium."""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch
from click.testing import CliRunner
from conftest import CHROMIUM, NO_CHROMIUM, chromium_title, write_random_run
from PIL import Image

from leanseg.cli import cli
from leanseg.compress.steps import ClusterConfig, cluster_run, encode_run
from leanseg.data import load_spec
from leanseg.evaluate import evaluate, validation_set
from leanseg.measure.profile import ProfileConfig, profile_to
from leanseg.report.comparison import Scored, comparison_table
from leanseg.report.page import build_report
from leanseg.report.pareto import pareto_figure, pareto_front
from leanseg.runs import load_model, read_header, save_weights
from leanseg.visualize.runner import VisualizeConfig, visualize


def test_the_pareto_front_keeps_only_undominated_points():
    points = [(100, 0.5), (200, 0.6), (150, 0.4), (200, 0.55), (50, 0.3)]
    assert pareto_front(points) == [0, 1, 4]  # (150, 0.4) and (200, 0.55) are beaten


SHIPPED = {  # smallest file and val mIoU of the shipped CamVid models
    "camvid-enet": (1_540_000, 0.6113),
    "camvid-enet-half": (563_000, 0.5979),
    "camvid-lraspp": (13_011_000, 0.5737),
    "camvid-segnet_basic-lsz-5bit": (60_000, 0.5421),
}


@pytest.mark.parametrize("count", [3, 4])
def test_every_point_and_label_of_a_plot_lies_inside_its_axes_clear_of_the_legend(count):
    # LR-ASPP far right of the ENets (with three runs, also the lowest: where a legend in the
    # lower right corner covered it), long names at both ends of the size axis
    names = list(SHIPPED)[:count]
    points = [SHIPPED[n] for n in names]
    fig = pareto_figure(names, points)
    ax = fig.axes[0]
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    assert all(x0 < s * 1e-3 < x1 and y0 < m * 100 < y1 for s, m in points)
    fig.canvas.draw()
    frame = ax.get_window_extent()
    labels = [t for t in ax.texts if t.get_text() in names]
    assert len(labels) == len(names)
    legend = ax.get_legend().get_window_extent()
    for t in labels:  # the label's box, in pixels, within the axes' box, clear of the legend
        box = t.get_window_extent()
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1, t.get_text()
        assert frame.y0 <= box.y0 and box.y1 <= frame.y1, t.get_text()
        assert not box.overlaps(legend), t.get_text()
    for size, miou in points:  # and no point under the legend
        assert not legend.contains(*ax.transData.transform((size * 1e-3, miou * 100)))


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("report")
    run = write_random_run(root, "enet", n=4, size=(48, 40))
    other = write_random_run(root, "enet", n=4, size=(48, 40), name="other")
    model, _ = load_model(run)
    with torch.no_grad():
        model.fullconv.weight.mul_(0.5)
    save_weights(other, model)
    for r, miou in ((run, 0.4), (other, 0.3)):
        quick = ProfileConfig(size=(40, 48), runs=1, warmup=0, onnx=False, layers=False)
        profile_to(r, r / "profile", quick, progress=False)
        metrics, _, _ = evaluate(r, progress=False)
        record = {"miou": miou, "per_class_iou": metrics.per_class_iou}
        (r / "metrics.json").write_text(json.dumps(record))
    shared, _, _ = cluster_run(run, ClusterConfig(bits={"default": 4}, val_images=1),
                               progress=False)  # fmt: skip
    lsz, _ = encode_run(shared)
    visualize(run, cfg=VisualizeConfig(images=1, filters=1, top_k=1, window=16, stride=8),
              progress=False)  # fmt: skip
    result = CliRunner().invoke(
        cli, ["report", str(run), str(other), str(lsz), "--out", str(root / "r.html"),
              "--images", "1"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return root / "r.html", root / "r.md"


def test_the_page_is_self_contained_and_holds_every_part(report):
    page = report[0].read_text()
    assert "<script" not in page and "http" not in page.replace("http-equiv", "")
    sources = re.findall(r'src="([^"]*)"', page)
    assert sources and all(s.startswith("data:image/png;base64,") for s in sources)
    for part in ("Summary", "Accuracy against size", "Accuracy against latency",
                 "Accuracy against energy", "Per-class IoU", "Deep Compression table",
                 "Lineage: run-shared-lsz (encode", "confusion matrix", "predictions on 1",
                 "deconvnet projection", "square is greyed there"):  # fmt: skip
        assert part in page, part
    summary = report[1].read_text()
    assert "| run | step |" in summary and "run-shared-lsz" in summary
    table = page[page.index("runs side by side") :].split("</table>")[0]
    for run in ("run", "other", "run-shared-lsz"):  # every reported run is a column
        assert f"<th>{run}</th>" in table, run


def _scored(name: str, iou: list, parent: str | None = None, **overall) -> Scored:
    return Scored(name, Path(name), Path(parent) if parent else None, ["sky", "road", "car",
                  "sign"], {"per_class_iou": iou, **overall})  # fmt: skip


def test_the_comparison_sets_each_run_beside_its_parent_in_points():
    parent = _scored("p", [0.90, 0.80, 0.30, 0.10], pixel_accuracy=0.9)
    child = _scored("c", [0.91, 0.70, 0.25, None], "p", pixel_accuracy=0.85)
    stranger = _scored("s", [0.5, 0.5, 0.5, 0.5], "elsewhere", pixel_accuracy=0.5)
    head, rows = comparison_table([parent, child, stranger])
    assert head == ["class", "p", "c", "change vs p", "s"]
    # worked by hand: 91 - 90 = +1, 70 - 80 = -10, 25 - 30 = -5 points; sign absent in c
    assert rows[0] == ["sky", "90.00%", "91.00%", "+1.00", "50.00%"]
    assert rows[1] == ["road (thin)", "80.00%", "70.00%", "-10.00", "50.00%"]
    assert rows[2] == ["car (thin)", "30.00%", "25.00%", "-5.00", "50.00%"]
    assert rows[3] == ["sign (thin)", "10.00%", "-", "-", "50.00%"]
    assert rows[4] == ["pixel accuracy", "90.00%", "85.00%", "-5.00", "50.00%"]
    assert len(rows) == 5  # no mean class accuracy: not every run has it
    head, rows = comparison_table([parent, _scored("u", [])])  # not evaluated: a column of "-"
    assert head == ["class", "p", "u"] and rows[0] == ["sky", "90.00%", "-"]
    assert rows[4] == ["pixel accuracy", "90.00%", "-"]
    head, rows = comparison_table([parent, child, stranger], baseline=stranger)
    assert head == ["class", "p", "change vs s", "c", "change vs s", "s"]
    assert rows[0][:3] == ["sky (thin)", "90.00%", "+40.00"]  # thin: the baseline's lowest


def test_evaluate_computes_a_missing_confusion_matrix(tmp_path):
    run = write_random_run(tmp_path, "segnet_basic", n=2, size=(32, 16))
    build_report([run], tmp_path / "plain.html", images=0)
    assert "confusion matrix" not in (tmp_path / "plain.html").read_text()
    args = ["report", str(run), "--images", "0", "--evaluate", "--out", str(tmp_path / "e.html")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "confusion matrix on val" in (tmp_path / "e.html").read_text()
    assert (run / "eval-val" / "confusion.png").is_file()


def test_an_encode_run_shows_the_miou_of_its_val_evaluation(report, tmp_path):
    lsz = report[0].parent / "run-shared-lsz"
    assert not (lsz / "metrics.json").is_file()  # coding scores nothing
    args = ["report", str(lsz), "--images", "0", "--evaluate", "--out", str(tmp_path / "l.html")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    scored = json.loads((lsz / "eval-val" / "metrics.json").read_text())["miou"]
    row = (tmp_path / "l.md").read_text().split("\n\n")[1].splitlines()[2]
    assert row.split(" | ")[2] == f"{scored:.2%}", row


def test_a_model_file_outside_its_run_is_reported_as_itself(report, tmp_path):
    # a .lsz carries its header; evaluated first, it joins the plots with its own figures
    bare = tmp_path / "enet-4bit.lsz"
    shutil.copy(report[0].parent / "run-shared-lsz" / "model.lsz", bare)
    run = report[0].parent / "run"
    args = ["report", str(run), str(bare), "--images", "1", "--evaluate",
            "--out", str(tmp_path / "f.html")]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    page = (tmp_path / "f.html").read_text()
    assert "<h2>enet-4bit.lsz</h2>" in page and "Accuracy against size" in page
    assert page.count("<figcaption>confusion matrix on val") == 2
    assert (
        page.count(
            "<figcaption>predictions on 1 val images, side by side: image, ground "
            "truth, run, enet-4bit.lsz</figcaption>"
        )
        == 1
    )
    scored = json.loads((tmp_path / "enet-4bit-eval-val" / "metrics.json").read_text())
    assert f"<td>{scored['miou']:.2%}</td>" in page
    onnx = tmp_path / "m.onnx"
    onnx.write_bytes(b"not read")
    result = CliRunner().invoke(cli, ["report", str(onnx), "--out", str(tmp_path / "g.html")])
    assert result.exit_code == 2
    expected = "an ONNX file outside its run has no classes or dataset to report; give its run"
    assert result.output.strip() == f"error: {onnx}: {expected} directory"


def test_a_baseline_puts_every_run_beside_it_in_the_page_and_the_summary(report, tmp_path):
    root = report[0].parent
    args = ["report", str(root / "other"), "--baseline", str(root / "run"), "--images", "0",
            "--out", str(tmp_path / "b.html")]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    base = json.loads((root / "run" / "metrics.json").read_text())["per_class_iou"]
    other = json.loads((root / "other" / "metrics.json").read_text())["per_class_iou"]
    change = f"{(other[0] - base[0]) * 100:+.2f}"
    page, summary = (tmp_path / "b.html").read_text(), (tmp_path / "b.md").read_text()
    assert "<th>change vs run</th>" in page and f"<td>{change}</td>" in page
    assert "| class | run | other | change vs run |" in summary and f"| {change} |" in summary


def test_predictions_side_by_side_mark_exactly_the_pixels_that_changed(report, tmp_path):
    root = report[0].parent
    run, shared = root / "run", root / "run-shared"  # shared: 4-bit weight sharing of run
    build_report([run, shared], tmp_path / "s.html", images=1)
    page = (tmp_path / "s.html").read_text()
    caption = ("predictions on 1 val images, side by side: image, ground truth, run, run-shared, "
               "run-shared: changed vs run (magenta)")  # fmt: skip
    assert f"<figcaption>{caption}</figcaption>" in page
    png = re.search(rf'<img alt="{re.escape(caption)}" src="data:image/png;base64,([^"]+)"', page)
    picture = np.asarray(Image.open(io.BytesIO(base64.b64decode(png.group(1)))).convert("RGB"))
    # the reference: both models run here on the first val image, compared pixel by pixel
    spec = load_spec(read_header(run).dataset)
    image, _ = validation_set(spec, 1)[0]
    with torch.no_grad():
        labels = [load_model(m)[0](image[None]).argmax(1)[0].numpy() for m in (run, shared)]
    h, w = labels[0].shape
    assert picture.shape == (h, 5 * w + 4 * 4, 3)  # five pictures, four white gaps
    last = picture[:, 4 * (w + 4) :]
    magenta = np.all(last == [255, 0, 255], axis=2)
    assert np.array_equal(magenta, labels[0] != labels[1]) and magenta.any()


def test_profile_measures_every_run_together_into_the_table_and_plots(report, tmp_path):
    root = report[0].parent
    runs = [root / "run", root / "other"]
    out = tmp_path / "p.html"
    result = CliRunner().invoke(
        cli, ["report", *map(str, runs), "--out", str(out), "--images", "0", "--profile",
              "--no-onnx", "--size", "48x40", "--rounds", "2", "--threads", "1"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    summary = (tmp_path / "p.md").read_text()
    assert "| latency ms | energy mJ |" in summary
    assert "pytorch, median of 2 interleaved rounds of 10 runs each, 48x40, 1 thread" in summary
    table = summary.split("\n\n")[1].splitlines()[2:]  # the summary's rows
    energies = {r[0]: float(r[6]) for r in (line.strip("| ").split(" | ") for line in table)}
    for run in runs:  # the energy `leanseg profile` wrote for the same input size
        expected = json.loads((run / "profile" / "profile.json").read_text())["energy"]
        assert energies[run.name] == pytest.approx(expected["millijoules"], abs=0.005)
    page = out.read_text()
    assert "Accuracy against latency" in page and "interleaved rounds" in page


def test_an_existing_report_is_kept_unless_overwrite(report, tmp_path):
    with pytest.raises(Exception, match="file exists; pass --overwrite"):
        build_report([report[0].parent / "run"], report[0])


@pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
def test_chromium_loads_every_image_without_script_errors(report, tmp_path):
    title = chromium_title(report[0], tmp_path)
    count = len(re.findall(r"<img ", report[0].read_text()))
    assert title == f"loaded {count} of {count}; 0 navigation links", title
