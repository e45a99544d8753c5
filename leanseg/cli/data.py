"""Datasets: `leanseg data check`, `data import-labelme`, `data synth`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from leanseg.cli.common import Group, one_line_errors, parse_size


@click.group(cls=Group)
def data() -> None:
    """Datasets: check, import labelme annotations, create RoboCup@Work data."""


@data.command("check")
@click.argument("dataset")
@click.option("--split", "splits", multiple=True, help="Split to scan (repeatable; default all).")
@click.option(
    "--json", "json_out", type=click.Path(path_type=Path), help="Also write the report here."
)
@one_line_errors
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
@click.option("--overwrite", is_flag=True, help="Replace a non-empty output folder.")
@one_line_errors
def data_import_labelme(
    src: Path, labels: Path, out: Path, val_fraction: float, seed: int, overwrite: bool
) -> None:
    """Convert labelme JSON files in SRC to a VOC dataset exactly as labelme2voc does."""
    from leanseg.data.labelme import import_labelme

    spec = import_labelme(src, labels, out, val_fraction, seed, overwrite)
    click.echo(f"wrote {out} ({len(spec.classes)} classes); descriptor {out / 'dataset.yaml'}")


@data.command("synth")
@click.argument("out", type=click.Path(path_type=Path))
@click.option(
    "--count",
    default=200,
    show_default=True,
    type=click.IntRange(min=1),
    help="Images over all splits.",
)
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
@click.option("--overwrite", is_flag=True, help="Replace a non-empty output folder.")
@one_line_errors
def data_synth(
    out, count, size, objects, per_image, seed, cutouts, backgrounds, plain, overwrite
) -> None:
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
    try:
        lo, hi = (int(v) for v in per_image.split(","))
    except ValueError:
        raise click.BadParameter(
            f"expected MIN,MAX, got {per_image!r}", param_hint="--per-image"
        ) from None
    if not 0 <= lo <= hi:
        raise click.BadParameter(
            f"need 0 <= MIN <= MAX, got {per_image!r}", param_hint="--per-image"
        )
    effects = Effects(False, False, False, False) if plain else Effects()
    cfg = SynthConfig(
        count,
        parse_size(size),
        names,
        (lo, hi),
        seed=seed,
        effects=effects,
        cutouts=cutouts,
        backgrounds=backgrounds,
    )
    spec = synthesize(out, cfg, overwrite=overwrite)
    click.echo(
        f"wrote {count} images of {len(names)} classes; descriptor {spec.root / 'dataset.yaml'}"
    )
