"""`leanseg sweep`: grid points as Optuna trials, shared by workers, surviving a kill."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import write_random_run

from leanseg.analysis.sweep import SweepError, load_grid, open_study, run_point, work
from leanseg.runs import load_model, read_header

GRID = "val_images: 1\nthreads: 1\ncluster: {bits: [3]}\n"


def test_a_grid_expands_to_the_parent_and_every_combination(tmp_path: Path):
    grid = tmp_path / "g.yaml"
    grid.write_text("finetune_epochs: 2\nprune: {criterion: [l1, taylor], ratio: [0.3, 0.5]}\n"
                    "cluster: {bits: 5}\n")  # fmt: skip
    points, common = load_grid(grid)
    assert [p.name for p in points] == [
        "baseline", "prune-l1-0.3", "prune-l1-0.5", "prune-taylor-0.3", "prune-taylor-0.5",
        "cluster-5",
    ]  # fmt: skip
    assert common == {"finetune_epochs": 2, "val_images": 0, "threads": 2}
    grid.write_text("prune_it: {ratio: [0.5]}\n")
    with pytest.raises(SweepError, match="names at least one of prune, quantize, cluster"):
        load_grid(grid)


def test_chains_and_qat_points_take_the_common_budget(tmp_path: Path):
    grid = tmp_path / "g.yaml"
    grid.write_text(
        "finetune_epochs: 2\nval_images: 3\nquantize: {method: [ptq, qat]}\n"
        "chains:\n  - [{prune: {ratio: 0.5, finetune_epochs: 1}}, {cluster: {bits: 4}},"
        " {encode: {codec: ans}}]\n  - [{prune: {criterion: taylor}}, {quantize: {method: qat}}]\n"
    )
    points, _ = load_grid(grid)
    by_name = {p.name: p for p in points}
    chains = ["prune-0.5-1+cluster-4+encode-ans", "prune-taylor+quantize-qat"]
    assert list(by_name) == ["baseline", "quantize-ptq", "quantize-qat", *chains]
    ptq, qat = by_name["quantize-ptq"].steps[0], by_name["quantize-qat"].steps[0]
    assert ptq.settings == {"method": "ptq", "val_images": 3}  # PTQ does not fine-tune
    assert qat.settings == {"method": "qat", "val_images": 3, "finetune_epochs": 2}
    prune, cluster, encode = by_name["prune-0.5-1+cluster-4+encode-ans"].steps
    assert prune.settings["finetune_epochs"] == 1  # its own budget wins over the grid's
    assert cluster.settings == {"bits": 4, "val_images": 3, "finetune_epochs": 2}
    assert encode.settings == {"codec": "ans"}
    assert by_name["baseline"].steps == ()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("chains:\n  - [{prune: {ratio: 0.5}}, {quantize: {}}, {encode: {}}]\n",
         "quantize must be the last step"),
        ("chains:\n  - [{shrink: {}}]\n", "unknown command 'shrink'"),
        ("chains: [[]]\n", "chains must be a list of non-empty step lists"),
        ("quantize: {method: ptq, finetune_epochs: 3}\n", "finetune_epochs: only with method"),
        ("quantize: {method: [ptq, qat]}\n", "quantize-qat.*needs --finetune-epochs 1 or more"),
        ("chains:\n  - [{cluster: {bits: 5}}, {encode: {}}]\n"
         "  - [{cluster: {bits: 5}}, {encode: {}}]\n", "point cluster-5\\+encode appears twice"),
        ("chains: [[{prune: {ratio: 0.5}, cluster: {bits: 5}}]]\n",
         "chain 1, step 1: write one `command: {settings}` mapping per step"),
        ("chains: [[prune]]\n", "chain 1, step 1: write one"),
        ("chains: [[{prune: [1, 2]}]]\n", "chain 1, step 1: write one"),
        ("val_images: two\nprune: {ratio: 0.5}\n", "val_images must be an integer of at least 0"),
        ("threads: 0\nprune: {ratio: 0.5}\n", "threads must be an integer of at least 1"),
        ("prune: {ratio: abc}\n", "ratio must be a number, not 'abc'"),
        ("prune: {ratio: []}\n", "prune: ratio has no values"),
        ("prune: {recalibrate_bn: 1}\n", "recalibrate_bn must be true or false, not 1"),
        ("prune: {ratio: [" + ", ".join(["0.5"] * 1000) + "], samples: ["
         + ", ".join(["1"] * 1000) + "]}\n", "1000001 points; a grid holds at most 10000"),
    ],
)  # fmt: skip
def test_a_grid_with_a_step_that_cannot_run_is_refused_before_any_point(tmp_path, body, message):
    grid = tmp_path / "g.yaml"
    grid.write_text(body)
    with pytest.raises(SweepError, match=message):
        load_grid(grid)


@pytest.mark.slow
def test_a_chain_point_runs_each_step_on_the_one_before(tmp_path: Path):
    run = write_random_run(tmp_path, "segnet_basic", n=4, size=(48, 40))
    grid = tmp_path / "g.yaml"
    chain = "  - [{prune: {ratio: 0.5}}, {cluster: {bits: 3}}, {encode: {}}]\n"
    grid.write_text(f"val_images: 1\nthreads: 1\nchains:\n{chain}")
    points, common = load_grid(grid)
    record = run_point(run, points[1], tmp_path / "p", common | {"size": (40, 48)})
    folders = ["01-prune", "02-cluster", "03-encode"]
    assert record["run"] == str(tmp_path / "p" / folders[-1])
    lineage = [read_header(tmp_path / "p" / f) for f in folders]
    assert [h.step for h in lineage] == ["prune", "cluster", "encode"]
    for child, parent in zip(folders[1:], folders[:-1], strict=True):
        assert Path(read_header(tmp_path / "p" / child).parent).name == parent
    pruned = sum(p.numel() for p in load_model(tmp_path / "p" / "01-prune")[0].parameters())
    whole = sum(p.numel() for p in load_model(run)[0].parameters())
    assert pruned < 0.6 * whole
    assert record["miou"] == json.loads((tmp_path / "p" / "02-cluster" / "metrics.json")
                                        .read_text())["miou"]  # fmt: skip
    assert record["bytes"] == (tmp_path / "p" / "03-encode" / "model.lsz").stat().st_size


def _states(db: Path) -> list[tuple[str, int | None]]:
    """(state, point) of every trial in the sweep's SQLite file."""
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT t.state, p.param_value FROM trials t LEFT JOIN trial_params p "
            "ON p.trial_id = t.trial_id AND p.param_name = 'point'"
        ).fetchall()
    # a categorical parameter is stored as its index among the choices [NO_POINT, 0, 1, ...]
    return [(s, None if v is None else int(v) - 1) for s, v in rows]


def _running(db: Path) -> bool:
    """Whether a worker is inside a point; False until Optuna has created its tables."""
    try:
        return db.exists() and any(s == "RUNNING" for s, _ in _states(db))
    except sqlite3.OperationalError:  # the file exists a moment before its tables do
        return False


@pytest.mark.slow
@pytest.mark.mutation
def test_two_workers_finish_the_grid_once_each_although_one_is_killed(tmp_path: Path):
    run = write_random_run(tmp_path, "segnet_basic", n=4, size=(48, 40))
    grid = tmp_path / "grid.yaml"
    grid.write_text(GRID)
    out = tmp_path / "sweep"
    cmd = [sys.executable, "-m", "leanseg", "sweep", str(run), "--grid", str(grid),
           "--out", str(out)]  # fmt: skip
    env = os.environ | {"OMP_NUM_THREADS": "1"}
    first = subprocess.Popen(cmd, env=env, start_new_session=True,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip
    deadline = time.monotonic() + 120
    while not _running(out / "sweep.db"):
        assert time.monotonic() < deadline and first.poll() is None, "the first worker never ran"
        time.sleep(0.2)
    second = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    os.killpg(first.pid, signal.SIGKILL)  # mid-point: its trial is left RUNNING
    first.wait()
    output = second.communicate(timeout=400)[0].decode()
    assert second.returncode == 0, output[-2000:]
    states = _states(out / "sweep.db")
    done = Counter(p for s, p in states if s == "COMPLETE")
    assert done == Counter(range(2)), states  # the baseline and the cluster point: once each
    assert any(s == "FAIL" for s, _ in states)  # the killed worker's point, retried
    rows = json.loads((out / "results.json").read_text())
    assert [r["point"] for r in rows] == ["baseline", "cluster-3"]
    assert all(r["bytes"] > 0 and r["latency_ms"] > 0 for r in rows)
    size = {r["point"]: r["bytes"] for r in rows}
    assert size["cluster-3"] < size["baseline"] / 4  # 3-bit .lsz against float safetensors
    for name in ("results.csv", "pareto_bytes.png", "pareto_latency_ms.png"):
        assert (out / name).is_file(), name
    assert all(set(r["class_iou"]) == {"c0", "c1", "c2"} for r in rows)  # per-class IoU kept
    assert min(rows[1]["bytes_by_format"].values()) == rows[1]["bytes"]
    header = (out / "results.csv").read_text().splitlines()[0].split(",")
    assert {"iou_c0", "iou_c2", "miou", "latency_ms"} <= set(header)
    assert sum(h.startswith("bytes_") for h in header) >= 2  # a column per model format


@pytest.mark.slow
def test_a_point_taken_by_a_worker_that_died_before_its_first_heartbeat_is_run_again(tmp_path):
    # Optuna's stale-trial check skips trials that never recorded a heartbeat: without our own
    # check the sweep would wait for this point forever
    run = write_random_run(tmp_path, "segnet_basic", n=4, size=(48, 40))
    grid = tmp_path / "grid.yaml"
    grid.write_text(GRID)
    points, common = load_grid(grid)
    out = tmp_path / "sweep"
    out.mkdir()
    study, url = open_study(out, None, points)
    taken = study.ask()  # RUNNING, no heartbeat: as if its worker died right after taking it
    worker = multiprocessing.get_context("spawn").Process(
        target=work, args=(run, out, url, points, common | {"size": (40, 48)})
    )
    worker.start()
    worker.join(timeout=240)
    if worker.is_alive():
        worker.kill()
        pytest.fail("the worker still waits for the silent point after 240 s")
    assert worker.exitcode == 0
    states = _states(out / "sweep.db")
    assert Counter(p for s, p in states if s == "COMPLETE") == Counter(range(2))  # once each
    assert study.get_trials()[taken.number].state.name == "FAIL"  # the silent one, retried


def test_a_failing_point_is_recorded_the_others_run_and_a_rerun_retries_only_it(
    tmp_path: Path, monkeypatch
):
    from click.testing import CliRunner

    from leanseg.analysis import sweep as sweep_module
    from leanseg.cli import cli
    from leanseg.errors import LeansegError

    run = write_random_run(tmp_path, "segnet_basic", n=4, size=(48, 40))
    grid = tmp_path / "grid.yaml"
    grid.write_text("val_images: 1\nthreads: 1\ncluster: {bits: [3, 4]}\n")
    out = tmp_path / "sweep"
    calls: list[str] = []

    def fake_point(parent, point, folder, common, broken=("cluster-3",)):
        calls.append(point.name)
        if point.name in broken:
            raise LeansegError(f"{folder}: cannot share this model")
        figures = {"miou": 0.5, "bytes": 100, "latency_ms": 1.0, "energy_mj": 1.0}
        return {"point": point.name, "strategy": point.strategy, **figures}

    monkeypatch.setattr(sweep_module, "run_point", fake_point)
    args = ["sweep", str(run), "--grid", str(grid), "--out", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2  # the one-line error of bad input
    assert f"failed: {out / 'cluster-3'}: cannot share" in result.output
    last = result.output.strip().splitlines()[-1]
    assert last == (f"error: 1 point(s) failed (cluster-3; messages in {out / 'sweep.json'}); "
                    "run the sweep again to retry them")  # fmt: skip
    assert "Traceback" not in result.output
    assert sorted(calls) == ["baseline", "cluster-3", "cluster-4"]
    assert [r["point"] for r in json.loads((out / "results.json").read_text())] == [
        "baseline", "cluster-4",
    ]  # fmt: skip
    summary = json.loads((out / "sweep.json").read_text())
    assert summary["failed"] == {"cluster-3": f"{out / 'cluster-3'}: cannot share this model"}

    calls.clear()
    monkeypatch.setattr(sweep_module, "run_point", lambda *a: fake_point(*a, broken=()))
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert calls == ["cluster-3"]  # the finished points are not run again
    rows = json.loads((out / "results.json").read_text())
    assert [r["point"] for r in rows] == ["baseline", "cluster-3", "cluster-4"]
    assert json.loads((out / "sweep.json").read_text())["failed"] == {}
