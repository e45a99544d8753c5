import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from leanseg.cli import cli


@pytest.mark.slow
def test_quick_demo_runs_every_step(tmp_path: Path):
    result = CliRunner().invoke(cli, ["demo", "--quick", "--out", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    summary = json.loads((tmp_path / "demo" / "summary.json").read_text())
    assert summary["dataset_errors"] == 0
    check = json.loads(Path(summary["onnx"] + ".json").read_text())  # export's own record
    assert summary["onnx_agreement"] == check["agreement"] and Path(summary["onnx"]).is_file()
    assert summary["budget"] == {"size": True, "latency": True}
    bundle = json.loads((Path(summary["bundle"]) / "bundle.json").read_text())
    assert bundle["model_file"] == "model.onnx" and bundle["lineage"][0]["run"] == "demo-enet"
    profiled = json.loads((Path(summary["run"]) / "profile" / "profile.json").read_text())
    assert [b["passed"] for b in profiled["budget"]] == [True, True]
    assert profiled["latency"]["onnxruntime"]["median_ms"] == summary["latency_ms"]["onnxruntime"]
