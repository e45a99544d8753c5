import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from leanseg.cli import cli
from leanseg.demo import headline, judge_demo


def test_the_demo_budget_judges_the_compressed_model_against_its_parent():
    verdicts = judge_demo([0.65, 0.645], [1_500_000, 180_000], [17.0, 13.0])
    assert [(v.constraint, v.passed) for v in verdicts] == [
        ("size", True), ("latency", True), ("mIoU drop", True)]  # fmt: skip
    assert verdicts[1].limit == pytest.approx(17.0 / 1.15)  # 14.78 ms
    assert verdicts[2].value == pytest.approx(0.5)  # points
    # 300,001 bytes, 14.8 ms (above 17 / 1.15) and 1.1 points each break the budget
    broken = judge_demo([0.65, 0.639], [1_000, 300_001], [17.0, 14.8])
    assert [v.passed for v in broken] == [False, False, False]
    assert [v.value for v in judge_demo([0.5, 0.5], [10, 20], [3.0, 2.0])][:2] == [20, 2.0]


@pytest.mark.slow
def test_quick_demo_fine_tunes_compresses_reports_and_deploys(tmp_path: Path):
    out = tmp_path / "demo"
    result = CliRunner().invoke(cli, ["demo", "--quick", "--out", str(out)])
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text())
    assert summary["dataset_errors"] == 0
    parent, child = (Path(m["run"]) for m in summary["models"])
    assert json.loads((parent / "model.json").read_text())["parent"] == "camvid-enet"
    assert json.loads((child / "lineage.json").read_text())["step"] == "encode"
    for model, run in zip(summary["models"], (parent, child), strict=True):
        scored = json.loads((run / "eval-val" / "metrics.json").read_text())
        assert model["val_miou"] == scored["miou"]
        assert list(model["val_class_iou"].values()) == scored["per_class_iou"]
        assert model["bytes"] == Path(model["file"]).stat().st_size
    assert Path(summary["models"][1]["file"]).name == "model.lsz"
    size = summary["budget"][0]
    assert size["value"] == summary["models"][1]["bytes"] and size["limit"] == 300_000
    assert summary["budget"][1]["limit"] == pytest.approx(summary["models"][0]["latency_ms"] / 1.15)
    bundle = json.loads((Path(summary["bundle"]) / "bundle.json").read_text())
    assert bundle["model_file"].endswith(".onnx.z") and "weights" in bundle  # a .lsz bundle
    shipped = sum((Path(summary["bundle"]) / n).stat().st_size
                  for n in (bundle["model_file"], bundle["weights"]["file"]))  # fmt: skip
    assert summary["bundle_bytes"] == shipped == bundle["figures"]["bytes"]
    assert summary["bundle_latency_ms"] == bundle["figures"]["latency_ms"]
    assert summary["classes_found"] and set(summary["classes_found"]) <= set(
        json.loads((parent / "model.json").read_text())["classes"]
    )
    page = Path(summary["report"]).read_text()
    assert parent.name in page and child.name in page and "interleaved rounds" in page
    assert result.output.splitlines()[-6:-1] == headline(summary)
