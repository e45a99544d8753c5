"""Compression steps: `leanseg quantize`, `cluster`, `share-slopes`, `encode` and `compress`
(a recipe chaining them)."""

from __future__ import annotations

from pathlib import Path

import click

from leanseg.cli.common import (
    dataset_option,
    derived_run_options,
    one_line_errors,
    parse_hw,
    parse_overrides,
)


@click.command("quantize")
@click.argument("run")
@click.option(
    "--method",
    default="ptq",
    show_default=True,
    type=click.Choice(["ptq", "qat"]),
    help="ptq: calibrate only; qat: fine-tune with fake int8 quantization first.",
)
@click.option(
    "--calibration",
    default="moving-average",
    show_default=True,
    type=click.Choice(["moving-average", "minmax", "entropy", "percentile"]),
    help="Activation ranges: per-image ranges averaged, the extremes, or histogram methods.",
)
@click.option(
    "--operators",
    default="conv",
    show_default=True,
    type=click.Choice(["conv", "all"]),
    help="Quantize the operators with weights, or all ONNX Runtime can (faster, less accurate).",
)
@click.option("--images", default=32, show_default=True, help="Calibration images (train).")
@click.option("--per-tensor", is_flag=True, help="One weight scale per tensor, not per channel.")
@click.option("--keep-float", multiple=True, help="Layer, ONNX node name or op type left in fp32.")
@click.option("--size", help="Calibrate and evaluate at WxH (default: native resolution).")
@click.option(
    "--no-bias-correction", is_flag=True, help="ptq: leave the biases the quantizer rounded."
)
@click.option(
    "--activations",
    default="uint8",
    show_default=True,
    type=click.Choice(["uint8", "int8"]),
    help="Activation type: uint8 is ONNX Runtime's fast path on x86 and ARM.",
)
@derived_run_options(finetune_epochs=3, note="qat: ", epochs="Training epochs (1 or more).")
@dataset_option
@one_line_errors
def quantize_cmd(
    run, method, calibration, operators, images, per_tensor, keep_float, size,
    no_bias_correction, activations, finetune_epochs, lr, distill, sets, val_images, out, overwrite,
) -> None:  # fmt: skip
    """Quantize RUN to int8 (ONNX Runtime, QDQ) into a new run directory."""
    from leanseg.quantize.ptq import PtqConfig, format_quantize_report, quantize_ptq
    from leanseg.quantize.qat import QatConfig, quantize_qat

    cfg = PtqConfig(
        calibration=calibration,
        operators=operators,
        images=images,
        per_channel=not per_tensor,
        keep_float=tuple(keep_float),
        size=parse_hw(size),
        val_images=val_images,
        bias_correction=not no_bias_correction,
        activations=activations,
    )
    if method == "qat":
        qat = QatConfig(finetune_epochs, lr, distill, parse_overrides(sets), cfg)
        result = quantize_qat(run, qat, out, overwrite=overwrite)
    else:
        result = quantize_ptq(run, cfg, out, overwrite=overwrite)
    click.echo(format_quantize_report(result.run_dir))


@click.command("compress")
@click.argument("run")
@click.option("--recipe", required=True, type=click.Path(path_type=Path), help="Recipe YAML.")
@click.option("--out", type=click.Path(path_type=Path), help="Folder of the steps' runs.")
@click.option("--overwrite", is_flag=True, help="Start again in an existing folder.")
@dataset_option
@one_line_errors
def compress_cmd(run: str, recipe: Path, out: Path | None, overwrite: bool) -> None:
    """Chain compression steps from RECIPE (prune, cluster, share_slopes, encode, quantize),
    each a run directory; a rerun resumes after the last finished step."""
    from leanseg.compress.recipe import compress, format_compress_report

    records = compress(run, recipe, out, overwrite=overwrite)
    click.echo(format_compress_report(run, records))


@click.command("cluster")
@click.argument("run")
@click.option("--bits", default="5", show_default=True, help="BITS or default=5,LAYER=BITS,...")
@click.option(
    "--float16",
    is_flag=True,
    help="Round the shared values and the unshared tensors (batch norm, biases) to float16: "
    "2 bytes a value in .lsz.",
)
@derived_run_options(finetune_epochs=0)
@dataset_option
@one_line_errors
def cluster_cmd(
    run, bits, finetune_epochs, lr, sets, val_images, float16, distill, out, overwrite
) -> None:
    """Share RUN's weights: k-means per layer into 2^BITS values (Deep Compression)."""
    from leanseg.compress.steps import ClusterConfig, cluster_run, parse_bits

    cfg = ClusterConfig(
        parse_bits(bits), finetune_epochs, lr, parse_overrides(sets), val_images, float16, distill
    )
    out_dir, before, after = cluster_run(run, cfg, out, overwrite=overwrite)
    click.echo(f"val mIoU {before:.4f} -> {after:.4f} ({after - before:+.4f})")
    click.echo(f"run written to {out_dir}")


@click.command("share-slopes")
@click.argument("run")
@derived_run_options(finetune_epochs=3)
@dataset_option
@one_line_errors
def share_slopes_cmd(run, finetune_epochs, lr, distill, sets, val_images, out, overwrite) -> None:
    """One PReLU slope per layer (LeakyReLU), which int8 ONNX Runtime keeps in int8."""
    from leanseg.quantize.slopes import SlopesConfig, share_slopes_run

    cfg = SlopesConfig(finetune_epochs, lr, distill, parse_overrides(sets), val_images)
    out_dir, before, after = share_slopes_run(run, cfg, out, overwrite=overwrite)
    click.echo(f"val mIoU {before:.4f} -> {after:.4f} ({after - before:+.4f})")
    click.echo(f"run written to {out_dir}")


@click.command("encode")
@click.argument("run")
@click.option(
    "--codec", default="huffman", show_default=True, type=click.Choice(["huffman", "ans"])
)
@click.option("--out", type=click.Path(path_type=Path), help="Run directory to write.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output run.")
@one_line_errors
def encode_cmd(run, codec, out, overwrite) -> None:
    """Write RUN's weights as an entropy-coded model.lsz (decodes to the exact weights)."""
    from leanseg.compress.steps import encode_run, format_encode_table

    out_dir, reports = encode_run(run, out, overwrite=overwrite, codec=codec)
    click.echo(format_encode_table(reports))
    size = (out_dir / "model.lsz").stat().st_size
    click.echo(f"{out_dir / 'model.lsz'}: {size:,} bytes (header included)")
