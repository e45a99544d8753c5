"""The README's worked example runs as written, in order, on small data: each command as the
README shows it, with options appended that shrink the data and the work (a later option
wins), in a fresh folder where `make demo` has left its recipe."""

from __future__ import annotations

import importlib.util
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from leanseg.demo import QUICK, recipe

ROOT = Path(__file__).resolve().parents[1]
SMALLER = {  # command -> options appended
    "data synth": ["--count", "24", "--size", "96x72"],
    "train": ["--epochs", "1", "--set", "crop=[72,96]", "--set", "val_every=1"],
    "report": ["--size", "96x72", "--rounds", "1", "--no-onnx", "--images", "1"],
}


def worked_example() -> list[list[str]]:
    """The commands of the README's worked example, read as the benchmark that runs it at full
    size reads them."""
    path = ROOT / "benchmarks" / "worked_example.py"
    spec = importlib.util.spec_from_file_location("worked_example", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.commands()


@pytest.mark.slow
def test_the_worked_example_runs_in_order(tmp_path):
    (tmp_path / "demo_out").mkdir()  # what `make demo` leaves: its recipe, here at toy size
    (tmp_path / "demo_out" / "recipe.yaml").write_text(yaml.safe_dump(recipe(QUICK)))
    commands = worked_example()
    assert [c[0] for c in commands].count("leanseg") == 5
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    for command in commands:
        if command[0] == "leanseg":
            key = " ".join(command[1:3]) if command[1] == "data" else command[1]
            argv = [sys.executable, "-m", "leanseg", *command[1:], *SMALLER.get(key, [])]
        else:  # the bundle's runner, on a test image of the small set
            assert command[0] == ".venv/bin/python" and command[1] == "bundle/"
            first = "data/robocup/" + (tmp_path / "data/robocup/test.txt").read_text().split()[0]
            argv = [sys.executable, *(first if a.endswith(".jpg") else a for a in command[1:])]
        done = subprocess.run(argv, cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=600)  # fmt: skip
        assert done.returncode == 0, f"{shlex.join(command)}\n{done.stderr[-2000:]}"
    masks = list((tmp_path / "masks").glob("*.png"))
    assert sorted(m.name.split("_", 1)[1] for m in masks) == ["label.png", "overlay.png"]
    assert (tmp_path / "report.html").is_file()
    bundle = yaml.safe_load((tmp_path / "bundle" / "bundle.json").read_text())
    assert bundle["lineage"][0]["step"] == "encode"


def _table(text: str, first_cell: str) -> dict[str, list[str]]:
    """The rows of the Markdown table whose header starts with `first_cell`, by first cell."""
    rows = {}
    for line in text[text.index(f"| {first_cell} |") :].splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip().strip("`") for c in line.strip("|").split("|")]
        rows[cells[0]] = cells[1:]
    return rows


def test_the_pretrained_table_is_the_result_file():
    """Every CamVid row of the README's pretrained table says what `pretrained.md` (made by
    the listed `leanseg report` command) says: a figure measured again changes in both."""
    readme = _table((ROOT / "README.md").read_text(), "model")
    result = _table((ROOT / "benchmarks/results/pretrained.md").read_text(), "run")
    assert len(result) == 4
    for name, (_step, miou, params, file, latency, energy, *_rest) in result.items():
        _data, r_miou, r_params, r_file, r_latency, r_energy = readme[name]
        assert (r_miou, r_params, r_file) == (miou, params, file), name
        assert r_latency == f"{float(latency):.1f} ms", name
        assert r_energy == f"{float(energy.replace(',', '')):,.1f} mJ", name


def test_the_worked_example_fine_tunes_as_the_demo_does():
    """The README's worked example is the demo's steps by hand: the same epochs, learning rate
    and crops, and one validation at the last epoch (no pick on val)."""
    from leanseg.demo import FULL

    train = next(c for c in worked_example() if c[1] == "train")
    sets = dict(train[i + 1].split("=", 1) for i, a in enumerate(train) if a == "--set")
    epochs = int(train[train.index("--epochs") + 1])
    assert epochs == FULL.epochs and int(sets["val_every"]) == epochs
    assert yaml.safe_load(sets["crop"]) == [FULL.size[1], FULL.size[0]]
    assert float(sets["lr"]) == 2e-3
