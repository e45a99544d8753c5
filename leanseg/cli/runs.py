"""Run directories: `leanseg runs show`, `runs list`, and `leanseg demo`."""

from __future__ import annotations

from pathlib import Path

import click

from leanseg.cli.common import Group, one_line_errors


@click.group(cls=Group)
def runs() -> None:
    """Run directories: lineage and tables."""


@runs.command("show")
@click.argument("run")
@one_line_errors
def runs_show(run: str) -> None:
    """Print RUN's lineage back to its first training run, with mIoU and size per step."""
    from leanseg.lineage import format_runs, lineage

    click.echo(format_runs(lineage(run), chain=True))


@runs.command("list")
@click.argument("folder", default="runs", type=click.Path(path_type=Path))
@one_line_errors
def runs_list(folder: Path) -> None:
    """Table of the run directories in FOLDER: name, step, val mIoU, params, best file size."""
    from leanseg.lineage import format_runs, list_runs

    rows = list_runs(folder)
    click.echo(format_runs(rows) if rows else f"no run directories in {folder}")


@click.command()
@click.option("--out", default="demo_out", show_default=True, type=click.Path(path_type=Path))
@click.option("--quick", is_flag=True, help="Smallest settings, for a smoke run.")
@click.option("--overwrite", is_flag=True, help="Replace a non-empty output folder.")
@one_line_errors
def demo(out: Path, quick: bool, overwrite: bool) -> None:
    """Fine-tune camvid-enet on synthetic RoboCup@Work scenes, compress it to a budget, and
    write the report comparing both and the torch-free bundle (minutes on two cores)."""
    from leanseg.demo import run_demo

    run_demo(out, quick=quick, echo=click.echo, overwrite=overwrite)
    click.echo(f"every figure in {out / 'summary.json'}")
