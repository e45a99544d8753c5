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
    assert summary["dataset_errors"] == 0 and summary["onnx_agreement"] >= 0.999
    assert summary["budget"] == {"size": True, "latency": True}
    assert Path(summary["onnx"]).is_file()
