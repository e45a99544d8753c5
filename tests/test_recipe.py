"""`leanseg compress --recipe`: steps chained as run directories, checked before any runs, and
resumed after an interruption without redoing finished steps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from click.testing import CliRunner
from conftest import write_random_run

import leanseg.compress.recipe as recipe_module
from leanseg.cli import cli
from leanseg.compress.recipe import RecipeError, compress, load_recipe
from leanseg.runs import load_model, read_header

CHAIN = """
steps:
  - prune: {criterion: l1, ratio: 0.5, samples: 2}
  - cluster: {bits: 4}
  - encode: {codec: huffman}
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    return write_random_run(tmp_path_factory.mktemp("recipe"), "segnet_basic", 4, (48, 32))


def _recipe(tmp_path: Path, text: str, name: str = "chain.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("steps: []", "non-empty list `steps`"),
        ("steps:\n  - distill: {}", "unknown command 'distill'"),
        ("steps:\n  - prune: {ratoi: 0.5}", r"step 1 \(prune\): unknown setting 'ratoi'"),
        ("steps:\n  - cluster: {bits: 40}", r"step 1 \(cluster\): --bits: 40 bits"),
        ("steps:\n  - encode: {codec: zip}", "encode takes only codec"),
        ("steps:\n  - share_slopes: {distill: 2}", r"step 1 \(share_slopes\): --distill 2"),
        ("steps:\n  - cluster: {distill: -1}", r"step 1 \(cluster\): --distill -1"),
        ("steps:\n  - quantize: {finetune_epochs: 2}", "finetune_epochs: only with method: qat"),
        ("steps:\n  - quantize: {}\n  - encode: {}", "quantize must be the last step"),
        ("steps:\n  - prune: {}\n    cluster: {}", "step 1 must be one"),
        ("steps: [", "cannot read the recipe"),
        ("steps:\n  - prune: {plan: no-such-plan.json}", r"step 1 \(prune\): no-such-plan.json"),
    ],
)
def test_a_bad_recipe_is_refused_before_anything_runs(tmp_path, run, text, message):
    path = _recipe(tmp_path, text)
    with pytest.raises(RecipeError, match=message):
        load_recipe(path)
    result = CliRunner().invoke(
        cli, ["compress", str(run), "--recipe", str(path), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert str(path) in result.output and not (tmp_path / "out").exists()


def test_a_prune_step_takes_a_sensitivity_plan(tmp_path):
    (tmp_path / "plan.json").write_text(json.dumps({"layer_ratios": {"encoder.0.0": 0.5}}))
    text = f"steps:\n  - prune: {{plan: {tmp_path / 'plan.json'}, finetune_epochs: 2}}"
    (step,) = load_recipe(_recipe(tmp_path, text))
    config = recipe_module._config(step)
    assert config.layer_ratios == {"encoder.0.0": 0.5} and config.finetune_epochs == 2


def test_the_shipped_example_recipes_load():
    for path in sorted(Path(__file__).parents[1].glob("configs/recipes/*.yaml")):
        assert load_recipe(path), path


def test_a_chain_resumes_after_an_interruption(run: Path, tmp_path: Path, monkeypatch):
    path = _recipe(tmp_path, CHAIN)
    out = tmp_path / "chain"
    calls: list[str] = []
    real = recipe_module.run_step

    def interrupted(step, parent, folder, progress):
        calls.append(step.command)
        if step.command == "encode" and calls.count("encode") == 1:
            folder.mkdir(parents=True)
            (folder / "model.lsz").write_bytes(b"half a file")  # what a kill leaves behind
            raise KeyboardInterrupt
        return real(step, parent, folder, progress)

    monkeypatch.setattr(recipe_module, "run_step", interrupted)
    with pytest.raises(KeyboardInterrupt):
        compress(run, path, out, progress=False)
    state = json.loads((out / "compress.json").read_text())
    assert [s["command"] for s in state["steps"]] == ["prune", "cluster"]
    pruned = (out / "01-prune" / "model.safetensors").stat().st_mtime_ns

    records = compress(run, path, out, progress=False)
    assert calls == ["prune", "cluster", "encode", "encode"]  # only the interrupted step again
    assert (out / "01-prune" / "model.safetensors").stat().st_mtime_ns == pruned
    assert [r["command"] for r in records] == ["prune", "cluster", "encode"]
    parents = [read_header(out / d).parent for d in ("01-prune", "02-cluster", "03-encode")]
    assert parents == [str(run.resolve()), str(out / "01-prune"), str(out / "02-cluster")]
    assert records[2]["miou"] == records[1]["miou"]  # the .lsz decodes to the same weights
    shared, _ = load_model(out / "02-cluster")
    coded, _ = load_model(out / "03-encode")
    for key, value in shared.state_dict().items():
        assert torch.equal(value, coded.state_dict()[key]), key
    assert records[2]["bytes"] < records[1]["bytes"] == records[0]["bytes"]  # fp32 until coded

    again = compress(run, path, out, progress=False)  # everything finished: nothing runs
    assert again == records and len(calls) == 4
    other = _recipe(tmp_path, CHAIN.replace("bits: 4", "bits: 5"), "other.yaml")
    with pytest.raises(RecipeError, match="made by another recipe"):
        compress(run, other, out, progress=False)


def test_cli_prints_one_line_per_step(run: Path, tmp_path: Path):
    path = _recipe(tmp_path, "steps:\n  - prune: {ratio: 0.25, samples: 2}\n  - encode: {}\n")
    args = ["compress", str(run), "--recipe", str(path), "--out", str(tmp_path / "c")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert " 1. prune" in result.output and " 2. encode" in result.output
    assert f"runs in {tmp_path / 'c'}" in result.output
    taken = CliRunner().invoke(cli, [*args[:4], "--out", str(run.parent / "data")])
    assert taken.exit_code == 2 and "folder" in taken.output
