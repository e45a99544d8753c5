"""Coverage-guided inputs (atheris) through the `.lsz` reader (20,000, about 15 s) and the
bundle description (3,000): each must be read or refused with the reader's own error. The
million-input runs are in BENCHMARKS.md; `benchmarks/fuzz_readers.py` is the harness of both."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[1] / "benchmarks" / "fuzz_readers.py"


@pytest.mark.parametrize(("target", "runs"), [("lsz", 20_000), ("bundle", 3000)])
def test_fuzzed_files_are_read_or_refused_in_bounded_memory(target, runs, tmp_path):
    # Linux keeps a process's peak RSS across exec, so the fuzzer starts with this (large)
    # test process's: the limit allows 1 GiB above it
    inherited = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # KiB -> MiB
    run = subprocess.run(
        [sys.executable, str(HARNESS), target, f"-runs={runs}", "-seed=1",
         f"-rss_limit_mb={inherited + 1024}", "-timeout=20"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    assert f"Done {runs} runs" in run.stderr
