"""Wall time of `leanseg demo` on this machine, with the figures it printed (BENCHMARKS.md).

    .venv/bin/python benchmarks/demo_wall_time.py --json benchmarks/results/demo.json

Runs the demo in a fresh folder with nothing else running (two processes on two cores slow
each other about tenfold) and records the machine, the date, the wall time and summary.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from leanseg.measure.peak import cpu_name


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path, required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "demo_out"
        start = time.perf_counter()
        cli = [sys.executable, "-m", "leanseg", "demo", "--out", str(out)]
        subprocess.run(cli, check=True)
        seconds = time.perf_counter() - start
        summary = json.loads((out / "summary.json").read_text())
    record = {
        "command": "leanseg demo",
        "date": datetime.date.today().isoformat(),
        "machine": f"{cpu_name()}, {os.cpu_count()} cores, {platform.system()}",
        "wall_seconds": round(seconds, 1),
        "summary": summary,
    }
    args.json.write_text(json.dumps(record, indent=2) + "\n")
    print(f"leanseg demo: {seconds / 60:.1f} min on {record['machine']}")


if __name__ == "__main__":
    main()
