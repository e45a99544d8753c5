"""The robot's side: `leanseg deploy` (a torch-free bundle and a ROS node)."""

from __future__ import annotations

from pathlib import Path

import click

from leanseg.cli.common import one_line_errors, parse_size


@click.command("deploy")
@click.argument("runs", nargs=-1, required=True)
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Bundle folder.")
@click.option("--max-size", help="Largest model file, e.g. 300KB.")
@click.option("--max-latency", help="Slowest ONNX Runtime median on this machine, e.g. 40ms.")
@click.option(
    "--max-miou-drop",
    default=1.0,
    show_default=True,
    help="Points of mIoU a smaller file may cost against the best.",
)
@click.option("--threads", default=2, show_default=True, help="ONNX Runtime threads.")
@click.option("--val-images", default=0, show_default=True, help="Val images scored; 0: all.")
@click.option("--dataset", help="Dataset to score on (default: the run's).")
@click.option("--input-size", help="WxH the runner resizes images to (default: native).")
@click.option("--overwrite", is_flag=True, help="Replace a non-empty bundle folder.")
@one_line_errors
def deploy_cmd(
    runs, out, max_size, max_latency, max_miou_drop, threads, val_images, dataset, input_size,
    overwrite,
) -> None:  # fmt: skip
    """Write a torch-free bundle (ONNX model, runner, ROS node) of the best of RUNS' models."""
    from leanseg.deploy import DeployConfig, deploy, format_deploy_report

    cfg = DeployConfig(
        max_size=max_size,
        max_latency=max_latency,
        max_miou_drop=max_miou_drop,
        threads=threads,
        val_images=val_images,
        dataset=dataset,
        input_size=parse_size(input_size) if input_size else None,
    )
    click.echo(format_deploy_report(deploy(list(runs), out, cfg, overwrite=overwrite)))
