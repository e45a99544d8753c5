"""Default outputs: every command given a pretrained model and no `--out` writes into the
working directory and never into the installed package.

The commands come from the CLI itself: a command added to the CLI with an optional `--out` (or
`--json`) joins this test and fails it until `CASES` says how to run it at its smallest.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from leanseg.cli import cli
from leanseg.outputs import default_output, pretrained_name
from leanseg.runs import PRETRAINED_DIR

MODEL = "robocup-enet"  # its header names `data/robocup`, made small in the working directory

# command -> (smallest arguments, the output it must write in the working directory)
CASES: dict[str, tuple[list[str], str]] = {
    "evaluate": (["evaluate", MODEL], "robocup-enet-eval-val"),
    "export": (["export", MODEL, "--check-images", "1"], "robocup-enet.onnx"),
    "profile": (
        ["profile", MODEL, "--size", "96x64", "--runs", "1", "--warmup", "0", "--no-onnx"],
        "robocup-enet-profile-96x64-2t",
    ),
    "predict": (["predict", "{image}", "--model", MODEL], "predictions"),
    "prune": (["prune", MODEL, "--ratio", "0.1", "--val-images", "1"], "robocup-enet-l1-0.1"),
    "sensitivity": (
        [
            "sensitivity",
            MODEL,
            "--ratios",
            "0.5",
            "--val-images",
            "1",
            "--target",
            "0.3",
            "--no-recalibrate-bn",
        ],
        "robocup-enet-sensitivity",
    ),
    "quantize": (
        ["quantize", MODEL, "--images", "1", "--val-images", "1"],
        "robocup-enet-int8",
    ),
    "compress": (["compress", MODEL, "--recipe", "{recipe}"], "robocup-enet-tiny"),
    "cluster": (["cluster", MODEL, "--bits", "4", "--val-images", "1"], "robocup-enet-shared"),
    "share-slopes": (
        ["share-slopes", MODEL, "--finetune-epochs", "0", "--val-images", "1"],
        "robocup-enet-slopes",
    ),
    "encode": (["encode", MODEL], "robocup-enet-lsz"),
    "visualize": (
        ["visualize", MODEL, "--images", "1", "--filters", "1", "--top-k", "1"],
        "robocup-enet-visualize",
    ),
    "report": (["report", MODEL, "--images", "1"], "report.html"),
    "sweep": (["sweep", MODEL, "--grid", "{grid}"], "robocup-enet-sweep"),
    "fit": (
        [
            "fit",
            MODEL,
            "--max-size",
            "100MB",
            "--trials",
            "1",
            "--val-images",
            "1",
            "--sensitivity-images",
            "1",
            "--threads",
            "1",
            "--no-recalibrate-bn",
        ],
        "robocup-enet-fit",
    ),  # fmt: skip
}
# Commands with an optional output that do not derive it from a model.
NOT_FROM_A_MODEL = {
    "data check": "--json has no default: nothing is written unless asked",
    "demo": "takes no model; writes ./demo_out, and test_demo.py runs it",
}


def _commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", command


def _has_optional_output(command: click.Command) -> bool:
    return any(
        isinstance(p, click.Option) and not p.required and {"--out", "--json"} & set(p.opts)
        for p in command.params
    )


def _measured(run_dir, val, size, threads) -> dict:
    """Figures for sweep and fit without the ONNX export and timing (half a minute each)."""
    return {"run": str(run_dir), "miou": 0.5, "min_class_iou": 0.1, "class_iou": {},
            "bytes": 1000, "bytes_by_format": {"safetensors": 1000}, "macs": 1,
            "latency_ms": 1.0, "energy_mj": 1.0}  # fmt: skip


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with a digest of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_every_command_with_an_optional_output_has_a_case():
    found = {name for name, c in _commands(cli) if _has_optional_output(c)}
    assert found == set(CASES) | set(NOT_FROM_A_MODEL)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A working directory outside the checkout with the small RoboCup@Work set that
    `robocup-enet`'s header names."""
    work = tmp_path_factory.mktemp("outside")
    made = CliRunner().invoke(
        cli, ["data", "synth", str(work / "data" / "robocup"), "--count", "6", "--size", "96x64"]
    )
    assert made.exit_code == 0, made.output
    (work / "tiny.yaml").write_text("steps:\n  - prune: {ratio: 0.1, val_images: 1}\n")
    (work / "grid.yaml").write_text("val_images: 1\nthreads: 1\nprune: {ratio: [0.1]}\n")
    image = (work / "data" / "robocup" / "val.txt").read_text().split()[0]
    (work / "frame.png").symlink_to(work / "data" / "robocup" / image)
    return work


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_a_pretrained_model_is_written_to_the_working_directory(name, workdir, monkeypatch):
    args, expected = CASES[name]
    files = {"{image}": "frame.png", "{recipe}": "tiny.yaml", "{grid}": "grid.yaml"}
    args = [files.get(a, a) for a in args]
    monkeypatch.chdir(workdir)
    monkeypatch.setenv("OMP_NUM_THREADS", os.environ.get("OMP_NUM_THREADS", "2"))
    if name in ("sweep", "fit"):  # where they write is the question, not what they measure
        monkeypatch.setattr(f"leanseg.analysis.{name}.measure_run", _measured)
    before = _snapshot(PRETRAINED_DIR)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert _snapshot(PRETRAINED_DIR) == before
    assert (workdir / expected).exists(), sorted(p.name for p in workdir.iterdir())


def test_the_rule_for_each_place(tmp_path, monkeypatch):
    run = tmp_path / "runs" / "a"
    run.mkdir(parents=True)
    (run / "model.json").write_text("{}")
    (run / "model.onnx").write_bytes(b"")
    loose = tmp_path / "m.lsz"
    loose.write_bytes(b"")
    monkeypatch.chdir(tmp_path / "runs")
    assert default_output(run, "fit") == tmp_path / "runs" / "a-fit"
    assert default_output(run / "model.onnx", "fit") == tmp_path / "runs" / "a-fit"
    assert default_output(run, "eval-val", "inside") == run / "eval-val"
    assert default_output(run, "model.onnx", "file") == run / "model.onnx"
    assert default_output(loose, "visualize") == tmp_path / "m-visualize"
    assert default_output(loose, "eval-val", "inside") == tmp_path / "m-eval-val"
    cwd = tmp_path / "runs"
    assert default_output("camvid-enet", "fit") == cwd / "camvid-enet-fit"
    assert default_output("camvid-enet", "eval-val", "inside") == cwd / "camvid-enet-eval-val"
    assert default_output("camvid-enet", "model.onnx", "file") == cwd / "camvid-enet.onnx"
    shipped_file = PRETRAINED_DIR / "camvid-enet" / "model.safetensors"
    assert default_output(shipped_file, "eval-val", "inside") == cwd / "camvid-enet-eval-val"
    assert pretrained_name(shipped_file) == "camvid-enet"
    assert pretrained_name(run) is None


# Commands that take a model but read no dataset through it.
READS_NO_DATA = {
    "profile": "times random input of --size",
    "encode": "codes the weights alone",
    "runs show": "prints the header",
}


def test_every_command_that_reads_data_through_a_model_takes_dataset():
    for name, command in _commands(cli):
        arguments = {p.name for p in command.params if isinstance(p, click.Argument)}
        if arguments & {"model", "run", "runs"} and name not in READS_NO_DATA:
            assert any("--dataset" in getattr(p, "opts", ()) for p in command.params), name


@pytest.mark.slow
def test_dataset_runs_a_pretrained_model_on_other_data_and_its_children_record_it(
    workdir, tmp_path, monkeypatch
):
    """From a folder without the `data/robocup` that robocup-enet's header names."""
    monkeypatch.chdir(tmp_path)
    data = workdir / "data" / "robocup"
    prune = ["prune", MODEL, "--ratio", "0.1", "--val-images", "1", "--out", "p"]
    quantize = ["quantize", MODEL, "--images", "1", "--val-images", "1", "--out", "q"]
    for args in (prune, quantize):
        without = CliRunner().invoke(cli, [*args[:-1], "x"])
        assert without.exit_code == 2 and "data/robocup" in without.output, without.output
        result = CliRunner().invoke(cli, [*args, "--dataset", str(data)])
        assert result.exit_code == 0, result.output
        header = json.loads((tmp_path / args[-1] / "model.json").read_text())
        assert header["dataset"] == str(data.resolve())
    evaluated = CliRunner().invoke(cli, ["evaluate", "p"])  # the child finds its data itself
    assert evaluated.exit_code == 0, evaluated.output
