"""Run the README's worked example as written, at full size, and keep what it prints.

    .venv/bin/python benchmarks/worked_example.py --out benchmarks/results/worked_example.md

Each command runs in a fresh folder holding the recipe `make demo` writes (`demo_out/`); its
standard output (progress bars go to standard error) and the report's Markdown summary are
written to `--out` with the machine and the date. Run it with nothing else running.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from leanseg.demo import FULL, recipe
from leanseg.measure.peak import cpu_name

ROOT = Path(__file__).resolve().parents[1]


def commands() -> list[list[str]]:
    """The worked example's commands from README.md, continuation lines joined."""
    text = (ROOT / "README.md").read_text()
    block = re.search(r"```bash\n(.*?)```", text[text.index("## A worked example") :], re.S)
    lines = block.group(1).replace("\\\n", " ").splitlines()
    return [shlex.split(line) for line in lines if line.strip() and not line.startswith("#")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    printed = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "demo_out").mkdir()
        (work / "demo_out" / "recipe.yaml").write_text(
            yaml.safe_dump(recipe(FULL), sort_keys=False)
        )
        for command in commands():
            argv = [sys.executable, "-m", "leanseg", *command[1:]]
            if command[0] != "leanseg":  # the bundle's runner
                argv = [sys.executable, *command[1:]]
            done = subprocess.run(argv, cwd=work, capture_output=True, text=True, check=True,
                                  env={**os.environ, "PYTHONWARNINGS": "ignore"})  # fmt: skip
            printed += [f"$ {shlex.join(command)}", done.stdout.rstrip()]
        report = (work / "report.md").read_text()
    args.out.write_text(
        f"# The README's worked example ({datetime.date.today()}, {cpu_name()}, "
        f"{os.cpu_count()} cores)\n\n```\n" + "\n".join(printed) + "\n```\n\n"
        + report.replace("# leanseg report", "## report.md")
    )  # fmt: skip


if __name__ == "__main__":
    main()
