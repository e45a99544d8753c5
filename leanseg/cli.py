"""The `leanseg` command line: parse arguments, call the Python API, print. Nothing else."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from leanseg.errors import LeansegError


def _one_line_errors(fn):
    """Turn leanseg's errors into one line on stderr and exit status 2, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except LeansegError as err:
            # DataLoader workers re-raise with the worker traceback prepended: keep the last line.
            msg = str(err).strip().splitlines()[-1]
            raise click.ClickException(msg.split("Error: ", 1)[-1]) from None
        except KeyboardInterrupt:
            raise click.Abort() from None

    return wrapper


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.ClickException as err:
            if isinstance(err, click.UsageError):
                raise
            click.echo(f"error: {err.format_message()}", err=True)
            ctx.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="leanseg")
def cli() -> None:
    """leanseg: make segmentation networks small and fast, and see what each saving cost."""


@cli.group(cls=_Group)
def data() -> None:
    """Datasets: check, import labelme annotations, create RoboCup@Work data."""


@data.command("check")
@click.argument("dataset")
@click.option("--split", "splits", multiple=True, help="Split to scan (repeatable; default all).")
@click.option(
    "--json", "json_out", type=click.Path(path_type=Path), help="Also write the report here."
)
@_one_line_errors
def data_check(dataset: str, splits: tuple[str, ...], json_out: Path | None) -> None:
    """Scan DATASET (dataset.yaml, its folder, or NAME:PATH) and list every problem.

    Exits with status 1 when errors are found.
    """
    from leanseg.atomic import write_text
    from leanseg.data import load_spec
    from leanseg.data.check import check_dataset

    report = check_dataset(load_spec(dataset), list(splits) or None)
    click.echo(report.table())
    if json_out:
        write_text(json_out, report.to_json())
        click.echo(f"report written to {json_out}")
    else:
        click.echo(report.to_json())
    if report.errors:
        sys.exit(1)


@data.command("import-labelme")
@click.argument("src", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--labels",
    type=click.Path(path_type=Path),
    required=True,
    help="labels.txt: __ignore__, _background_, classes.",
)
@click.option(
    "--out", type=click.Path(path_type=Path), required=True, help="Output VOC dataset folder."
)
@click.option(
    "--val-fraction", default=0.2, show_default=True, help="Share of images in the val split."
)
@click.option("--seed", default=0, show_default=True)
@_one_line_errors
def data_import_labelme(src: Path, labels: Path, out: Path, val_fraction: float, seed: int) -> None:
    """Convert labelme JSON files in SRC to a VOC dataset exactly as labelme2voc does."""
    from leanseg.data.labelme import import_labelme

    spec = import_labelme(src, labels, out, val_fraction, seed)
    click.echo(f"wrote {out} ({len(spec.classes)} classes); descriptor {out / 'dataset.yaml'}")


def _parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise click.BadParameter(f"expected WIDTHxHEIGHT, got {text!r}") from None
    return w, h


@data.command("synth")
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--count", default=200, show_default=True, help="Images over all splits.")
@click.option("--size", default="320x240", show_default=True, help="Image size WxH.")
@click.option("--objects", default="", help="Comma-separated object classes (default: all 15).")
@click.option("--per-image", default="2,7", show_default=True, help="Objects per scene: min,max.")
@click.option("--seed", default=0, show_default=True)
@click.option(
    "--cutouts",
    type=click.Path(path_type=Path),
    help="Composite mode: folder with one sub-folder of cut-outs per class.",
)
@click.option(
    "--backgrounds",
    type=click.Path(path_type=Path),
    help="Composite mode: folder of background photos.",
)
@click.option("--plain", is_flag=True, help="No shadows, lighting, blur or noise.")
@_one_line_errors
def data_synth(out, count, size, objects, per_image, seed, cutouts, backgrounds, plain) -> None:
    """Create a RoboCup@Work-style dataset with exact masks at OUT (a `pairs` dataset)."""
    from leanseg.data.synth import OBJECT_NAMES, SynthConfig, synthesize
    from leanseg.data.synth.scene import Effects

    names = tuple(o.strip() for o in objects.split(",") if o.strip())
    if not names:
        names = (
            tuple(sorted(p.name for p in cutouts.iterdir() if p.is_dir()))
            if cutouts
            else OBJECT_NAMES
        )
    lo, hi = (int(v) for v in per_image.split(","))
    effects = Effects(False, False, False, False) if plain else Effects()
    cfg = SynthConfig(
        count,
        _parse_size(size),
        names,
        (lo, hi),
        seed=seed,
        effects=effects,
        cutouts=cutouts,
        backgrounds=backgrounds,
    )
    spec = synthesize(out, cfg)
    click.echo(
        f"wrote {count} images of {len(names)} classes; descriptor {spec.root / 'dataset.yaml'}"
    )


@cli.command()
@click.option("--out", default="demo_out", show_default=True, type=click.Path(path_type=Path))
@click.option("--quick", is_flag=True, help="Smallest settings, for a smoke run.")
@_one_line_errors
def demo(out: Path, quick: bool) -> None:
    """The main job on built-in synthetic data: create a RoboCup@Work dataset and check it."""
    from leanseg.demo import run_demo

    summary = run_demo(out, quick=quick, echo=click.echo)
    click.echo(json.dumps(summary, indent=2))


def main() -> None:
    cli(prog_name="leanseg")
