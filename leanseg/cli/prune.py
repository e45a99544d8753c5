"""Pruning: `leanseg prune` and `leanseg sensitivity` (channels, int8 or shared weights)."""

from __future__ import annotations

from pathlib import Path

import click

from leanseg.cli.common import (
    dataset_option,
    derived_run_options,
    one_line_errors,
    parse_overrides,
    recalibrate_option,
)


@click.command("prune")
@click.argument("run")
@click.option(
    "--criterion",
    default="l1",
    show_default=True,
    help="l1, taylor, bn, energy, oracle (registered in leanseg.prune.criteria) or magnitude.",
)
@click.option("--ratio", default=0.5, show_default=True, help="Share of channels to remove.")
@click.option(
    "--plan",
    type=click.Path(path_type=Path),
    help="Instead of --ratio: per-layer ratios from `sensitivity --target` (sensitivity.json).",
)
@click.option("--target-macs", type=float, help="Instead of --ratio: keep this share of MACs.")
@click.option("--target-energy", type=float, help="Instead of --ratio: keep this share of energy.")
@click.option("--target-latency", type=float, help="Instead of --ratio: ONNX Runtime ms here.")
@click.option("--threads", default=2, show_default=True, help="Threads for --target-latency.")
@click.option("--steps", default=1, show_default=True, help="Rounds (cubic schedule).")
@click.option("--max-layer-ratio", default=0.9, show_default=True)
@click.option("--scope", default="layer", show_default=True, type=click.Choice(["layer", "global"]))
@click.option(
    "--samples", default=8, show_default=True, help="Training images for taylor/oracle and BN."
)
@recalibrate_option("on those images")
@click.option("--min-class-iou", type=float, help="Floor for every class's val IoU (0-1).")
@click.option(
    "--min-class-iou-relative", type=float, help="Floor as a share of the parent's class IoU."
)
@derived_run_options(finetune_epochs=0)
@dataset_option
@one_line_errors
def prune_cmd(
    run: str, out: Path | None, overwrite: bool, sets: tuple[str, ...], **options
) -> None:
    """Prune RUN's channels (or weights, with magnitude) into a new run directory."""
    from leanseg.prune.runner import PruneConfig, format_prune_report, prune_run
    from leanseg.prune.sensitivity import load_plan

    plan = options.pop("plan")
    values = {k: v for k, v in options.items() if v is not None}
    values["layer_ratios"] = load_plan(plan) if plan else {}
    values["finetune"] = parse_overrides(sets)
    values |= {k: values.get(k) or 0.0 for k in ("target_macs", "target_energy", "target_latency")}
    result = prune_run(run, PruneConfig(**values), out, overwrite=overwrite)
    click.echo(format_prune_report(result.run_dir))


@click.command("sensitivity")
@click.argument("run")
@click.option("--ratios", default="0.25,0.5,0.75", show_default=True)
@click.option("--val-images", default=10, show_default=True, help="Val images scored; 0: all.")
@click.option("--target", type=float, help="Derive per-layer ratios removing this share.")
@click.option("--target-macs", type=float, help="Derive per-layer ratios keeping this MAC share.")
@click.option(
    "--target-energy", type=float, help="Derive per-layer ratios keeping this energy share."
)
@click.option(
    "--target-latency", type=float, help="Derive per-layer ratios for this ONNX Runtime ms here."
)
@click.option("--threads", default=2, show_default=True, help="Threads for --target-latency.")
@click.option(
    "--curves",
    type=click.Path(path_type=Path),
    help="Reuse this earlier sensitivity.json's curves (its ratios and val images); only plan.",
)
@recalibrate_option("on 8 training images")
@click.option("--int8", is_flag=True, help="Quantize each layer alone to int8 instead of pruning.")
@click.option("--images", default=8, show_default=True, help="--int8: calibration images.")
@click.option(
    "--sharing", is_flag=True, help="Share each layer's weights alone (k-means) instead of pruning."
)
@click.option("--bits", default="3,4,5", show_default=True, help="--sharing: widths to try.")
@click.option(
    "--tolerance",
    default=0.005,
    show_default=True,
    help="--int8 / --sharing: mIoU drop (0-1) a layer may cost.",
)
@click.option("--out", type=click.Path(path_type=Path), help="Output folder.")
@click.option("--overwrite", is_flag=True, help="Replace existing outputs.")
@dataset_option
@one_line_errors
def sensitivity_cmd(
    run, ratios, val_images, target, int8, images, sharing, bits, tolerance, out, overwrite,
    threads, recalibrate_bn, curves, **targets,
) -> None:  # fmt: skip
    """Prune each layer of RUN alone at several ratios (or, with --int8, quantize it alone, or
    with --sharing share its weights alone) and plot val mIoU per layer."""
    from leanseg.prune.graph import PruningError
    from leanseg.prune.sensitivity import plan_share, sensitivity

    if int8 and sharing:
        raise click.UsageError("--int8 and --sharing exclude each other")
    if sharing:
        _sharing_sensitivity(run, bits, val_images, tolerance, out, overwrite)
        return
    if int8:
        from leanseg.quantize.sensitivity import int8_sensitivity

        r = int8_sensitivity(run, val_images, images, tolerance, out=out, overwrite=overwrite)
        click.echo(f"base mIoU {r['base_miou']:.4f} (batch norms folded); most sensitive in int8:")
        for row in r["layers"][:5]:
            click.echo(f"  {row['miou']:.4f}  ({-100 * row['drop']:+.2f} points)  {row['layer']}")
        keep = " ".join(f"--keep-float {name}" for name in r["keep_float"])
        click.echo(f"over the tolerance: leanseg quantize {run} {keep}" if keep else
                   f"no layer loses more than {tolerance:g} mIoU in int8")  # fmt: skip
        return
    try:
        levels = tuple(float(r) for r in ratios.split(","))
    except ValueError:
        raise PruningError(f"--ratios: expected numbers like 0.25,0.5, got {ratios!r}") from None
    budgets = [(k.removeprefix("target_"), v) for k, v in targets.items() if v is not None]
    if len(budgets) > 1:
        raise click.UsageError("give one of --target-macs, --target-energy, --target-latency")
    result = sensitivity(run, levels, val_images, target, out, overwrite=overwrite,
                         budget=budgets[0] if budgets else None, threads=threads,
                         recalibrate=recalibrate_bn, curves=curves)  # fmt: skip
    worst = sorted(result["layers"].items(), key=lambda kv: kv[1]["miou"][-1])[:5]
    click.echo(f"base mIoU {result['base_miou']:.4f}; most sensitive at {result['ratios'][-1]:g}:")
    for name, c in worst:
        click.echo(f"  {c['miou'][-1]:.4f}  {name[:70]}")
    if "layer_ratios" in result:
        share = plan_share(result["layers"], result["layer_ratios"])
        click.echo(f"per-layer ratios removing {share:.1%} of the channels in sensitivity.json; "
                   f"prune with: leanseg prune {run} --plan <that file>")  # fmt: skip


def _sharing_sensitivity(run, bits, val_images, tolerance, out, overwrite) -> None:
    from leanseg.compress.bits_sensitivity import bits_sensitivity
    from leanseg.compress.steps import CompressionError

    try:
        widths = tuple(int(b) for b in bits.split(","))
    except ValueError:
        raise CompressionError(f"--bits: expected widths like 3,4,5, got {bits!r}") from None
    r = bits_sensitivity(run, widths, val_images, tolerance, out=out, overwrite=overwrite)
    click.echo(f"base mIoU {r['base_miou']:.4f}; most sensitive at {min(widths)} bits:")
    fewest = [(row["miou"][min(widths)], row) for row in r["layers"]]
    for miou, row in sorted(fewest, key=lambda pair: pair[0])[:5]:
        click.echo(f"  {miou:.4f}  needs {row['bits']} bits  {row['layer']}")
    click.echo(f"{r['extra_bytes']:+,} bytes against every layer at the default width")
    click.echo(f"leanseg cluster {run} --bits {r['bits']}")
