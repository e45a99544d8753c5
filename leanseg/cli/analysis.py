"""Looking at the results: `leanseg visualize`, `report`, `sweep`, `fit`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from leanseg.cli.common import (
    EXIT_FOUND,
    dataset_option,
    one_line_errors,
    parse_hw,
    recalibrate_option,
)


@click.command("visualize")
@click.argument("run")
@click.option(
    "--compare",
    help="A compressed descendant: removed channels, surviving channels, changed predictions.",
)
@click.option("--layers", default="", help="Comma-separated convolution names (default: three).")
@click.option("--target", help="Class for occlusion sensitivity (default: the most seen object).")
@click.option("--images", default=8, show_default=True, help="Val images searched (deconvnet).")
@click.option("--filters", default=4, show_default=True, help="Filters per layer (deconvnet).")
@click.option("--top-k", default=6, show_default=True, help="Activations per filter (deconvnet).")
@click.option("--out", type=click.Path(path_type=Path), help="Folder (default: <run>-visualize).")
@click.option("--overwrite", is_flag=True, help="Replace a non-empty output folder.")
@dataset_option
@one_line_errors
def visualize_cmd(run, compare, layers, target, images, filters, top_k, out, overwrite) -> None:
    """Filters, feature maps, deconvnet projections and occlusion maps of RUN (PNG files)."""
    from leanseg.visualize.runner import VisualizeConfig, visualize

    names = tuple(n.strip() for n in layers.split(",") if n.strip())
    cfg = VisualizeConfig(names, target, images, filters, top_k)
    folder = visualize(run, out, cfg, compare=compare, overwrite=overwrite)
    click.echo(f"pictures written to {folder} (visualize.json says what each shows)")


@click.command("report")
@click.argument("runs", nargs=-1, required=True)
@click.option("--out", type=click.Path(path_type=Path), default="report.html", show_default=True)
@click.option("--images", default=3, show_default=True, help="Val images with predictions.")
@click.option("--overwrite", is_flag=True, help="Replace an existing report.")
@click.option(
    "--evaluate", is_flag=True, help="Evaluate runs with no val results yet (confusion matrices)."
)
@click.option("--baseline", help="Compare every run with this one (default: with its parent).")
@click.option(
    "--profile",
    is_flag=True,
    help="Measure every run's latency and energy now, interleaved in one run.",
)
@click.option("--size", default="480x360", show_default=True, help="Input WxH (--profile).")
@click.option("--threads", default=2, show_default=True, type=click.IntRange(1, 256))
@click.option("--rounds", default=5, show_default=True, type=click.IntRange(min=1),
              help="Rounds timing every run once (--profile).")  # fmt: skip
@click.option("--no-onnx", is_flag=True, help="Time PyTorch instead of ONNX Runtime (--profile).")
@dataset_option
@one_line_errors
def report_cmd(runs, out, images, overwrite, evaluate, baseline, profile, size, threads, rounds,
               no_onnx) -> None:  # fmt: skip
    """One self-contained HTML page (and a Markdown summary) for RUNS: figures, lineage,
    Pareto plots, per-class IoU side by side, Deep Compression tables, predictions and
    visualizations."""
    from leanseg.measure.interleaved import CostConfig
    from leanseg.report.page import build_report

    timing = CostConfig(parse_hw(size), threads, rounds, onnx=not no_onnx) if profile else None
    page, summary = build_report(
        list(runs), out, images, overwrite=overwrite, evaluate=evaluate, baseline=baseline,
        profile=timing,
    )  # fmt: skip
    click.echo(f"report written to {page} (summary {summary})")


@click.command("sweep")
@click.argument("run")
@click.option("--grid", type=click.Path(path_type=Path), required=True, help="Grid YAML file.")
@click.option("--out", type=click.Path(path_type=Path), help="Folder (default: <run>-sweep).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1))
@click.option("--storage", help="Optuna storage URL (default: SQLite in the sweep folder).")
@dataset_option
@one_line_errors
def sweep_cmd(run, grid, out, workers, storage) -> None:
    """Run every point of a grid of strategies and levels on RUN (resumable, parallel), then
    write results.csv, results.json and Pareto plots."""
    from leanseg.analysis.sweep import SweepError, sweep

    folder = sweep(run, grid, out, workers, storage)
    click.echo(f"results written to {folder}")
    failed = json.loads((folder / "sweep.json").read_text())["failed"]
    if failed:
        names = ", ".join(failed)
        raise SweepError(
            f"{len(failed)} point(s) failed ({names}; messages in {folder / 'sweep.json'}); "
            "run the sweep again to retry them"
        )


@click.command("fit")
@click.argument("run")
@click.option("--max-size", help="Largest model file, e.g. 300KB.")
@click.option("--max-latency", help="Slowest ONNX Runtime median here, e.g. 40ms.")
@click.option("--max-energy", help="Most estimated energy per frame, e.g. 5mJ.")
@click.option("--max-miou-drop", type=float, help="Points of val mIoU below the parent.")
@click.option("--min-class-iou", type=float, help="Lowest IoU of any class, e.g. 0.3.")
@click.option("--trials", default=12, show_default=True, type=click.IntRange(min=1))
@click.option("--threads", default=2, show_default=True, help="ONNX Runtime threads.")
@click.option("--val-images", default=0, show_default=True, help="Val images scored; 0: all.")
@click.option(
    "--finetune-epochs", default=0, show_default=True, help="After pruning and sharing; 0 skips."
)
@click.option(
    "--sensitivity-images", default=10, show_default=True, help="Val images for the sensitivity."
)
@recalibrate_option("on 8 training images")
@click.option("--out", type=click.Path(path_type=Path), help="Folder (default: <run>-fit).")
@dataset_option
@one_line_errors
def fit_cmd(run: str, out: Path | None, **limits) -> None:
    """Search RUN's compressions for the most accurate model that meets every limit here.

    Exits with status 1, naming the closest trial, when none does."""
    from leanseg.analysis.fit import FitConfig, FitError, fit

    cfg = FitConfig(**limits)
    try:
        record = fit(run, cfg, out)
    except FitError as err:
        click.echo(f"not met: {err}", err=True)
        raise SystemExit(EXIT_FOUND) from None
    best = record["chosen"]
    click.echo(f"chosen: {best['run']} ({record['reason']})")
