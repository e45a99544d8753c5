"""One sweep shared by two machines through a real PostgreSQL server: a throw-away cluster
started here (initdb, pg_ctl, a Unix socket only), two workers in two working directories with
their own output folders, as two machines would be, one of them killed mid-point."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import write_random_run

BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), None)
GRID = "val_images: 1\nthreads: 1\ncluster: {bits: [3]}\n"


def _as_server_user(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the `postgres` user."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture
def server():
    """A storage URL for a fresh PostgreSQL cluster, stopped and deleted afterwards."""
    if BIN is None or not (BIN / "initdb").is_file():
        pytest.skip("PostgreSQL is not installed; as root: bash .ci/system-packages")
    root = Path(tempfile.mkdtemp(prefix="leanseg-pg-", dir="/tmp"))  # reachable by `postgres`
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # names the socket file; no TCP is opened
    data = root / "data"
    subprocess.run(_as_server_user([str(BIN / "initdb"), "-D", str(data), "-A", "trust",
                                    "-U", "leanseg"]), check=True, capture_output=True)  # fmt: skip
    options = f"-k {root} -p {port} -c listen_addresses=''"
    subprocess.run(_as_server_user([str(BIN / "pg_ctl"), "-D", str(data), "-o", options, "-w",
                                    "-l", str(root / "log"), "start"]),
                   check=True, capture_output=True)  # fmt: skip
    try:
        yield f"postgresql+psycopg2://leanseg@/postgres?host={root}&port={port}"
    finally:
        subprocess.run(_as_server_user([str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate",
                                        "stop"]), capture_output=True)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


def _states(url: str) -> list[tuple[str, int | None]]:
    import optuna

    study = optuna.load_study(study_name="sweep", storage=url)
    return [(t.state.name, t.params.get("point")) for t in study.get_trials(deepcopy=False)]


@pytest.mark.slow
def test_two_machines_share_one_sweep_on_postgresql(server, tmp_path):
    run = write_random_run(tmp_path, "segnet_basic", n=4, size=(48, 40))
    grid = tmp_path / "grid.yaml"
    grid.write_text(GRID)
    machines = [tmp_path / "a", tmp_path / "b"]
    for m in machines:
        m.mkdir()
    env = os.environ | {"OMP_NUM_THREADS": "1"}

    def worker(machine: Path, **kwargs) -> subprocess.Popen:
        cmd = [sys.executable, "-m", "leanseg", "sweep", str(run), "--grid", str(grid),
               "--out", "sweep", "--storage", server]  # fmt: skip
        return subprocess.Popen(cmd, cwd=machine, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, **kwargs)  # fmt: skip

    first = worker(machines[0], start_new_session=True)
    deadline = time.monotonic() + 120
    while True:  # until the first worker is inside a point
        try:
            if any(s == "RUNNING" for s, _ in _states(server)):
                break
        except Exception:  # the study does not exist yet
            pass
        assert time.monotonic() < deadline and first.poll() is None, "the first worker never ran"
        time.sleep(0.2)
    second = worker(machines[1])
    os.killpg(first.pid, signal.SIGKILL)  # mid-point: its trial is left RUNNING
    first.wait()
    output = second.communicate(timeout=400)[0].decode()
    assert second.returncode == 0, output[-2000:]
    states = _states(server)
    assert Counter(p for s, p in states if s == "COMPLETE") == Counter(range(2)), states
    assert any(s == "FAIL" for s, _ in states)  # the killed worker's point, run again
    rows = json.loads((machines[1] / "sweep" / "results.json").read_text())
    assert [r["point"] for r in rows] == ["baseline", "cluster-3"]
    # the results come from the shared study: the first machine writes the same table
    again = worker(machines[0])
    assert again.wait(timeout=300) == 0
    assert json.loads((machines[0] / "sweep" / "results.json").read_text()) == rows
    assert (machines[0] / "sweep" / "results.csv").read_text() == (
        machines[1] / "sweep" / "results.csv"
    ).read_text()
