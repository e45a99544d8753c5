"""A model's life: `leanseg models`, `train`, `evaluate`, `predict`, `export`, `profile`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from leanseg.cli.common import one_line_errors, parse_hw, parse_overrides, set_threads


@click.command("models")
def models_list() -> None:
    """List the models in the registry with their papers and reference sizes."""
    from leanseg.models.registry import MODELS

    for name, e in sorted(MODELS.items()):
        click.echo(
            f"{name:<30} {e.ref_params / 1e6:7.3f} M params ({e.ref_classes} classes)  {e.paper}"
        )


@click.command("train")
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="YAML config file.")
@click.option("--dataset", help="Dataset descriptor (overrides the config).")
@click.option("--model", help="Model name from `leanseg models`.")
@click.option(
    "--init",
    help="Run directory or pretrained name to fine-tune from (its architecture is used).",
)
@click.option("--epochs", type=click.IntRange(min=1))
@click.option("--name", help="Run name (folder under out_dir).")
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE", help="Override any config key.")
@click.option("--resume", is_flag=True, help="Continue the run from its last checkpoint.")
@click.option("--overwrite", is_flag=True, help="Replace an existing run of the same name.")
@click.option("--deterministic", is_flag=True, help="Reproducible CPU run (no loader workers).")
@click.option(
    "--threads",
    type=click.IntRange(min=1),
    help="CPU threads (PyTorch and ONNX Runtime); 1 for each of two jobs on 2 cores.",
)
@one_line_errors
def train_cmd(
    config_file, dataset, model, init, epochs, name, sets, resume, overwrite, deterministic, threads
) -> None:
    """Train a model, or fine-tune one with --init; writes runs/<name>/ with header, config,
    weights, metrics and TensorBoard logs."""
    from leanseg.config import load_config
    from leanseg.train import train

    given = (("dataset", dataset), ("model", model), ("init", init), ("epochs", epochs))
    overrides = {k: v for k, v in (*given, ("name", name)) if v is not None}
    if deterministic:
        overrides["deterministic"] = True
    cfg = load_config(config_file, {**overrides, **parse_overrides(sets)})
    if not cfg.data.dataset:
        raise click.UsageError("no dataset: pass --dataset or set it in the config")
    if resume and overwrite:
        raise click.UsageError("--resume and --overwrite exclude each other")
    set_threads(threads)
    result = train(cfg, resume=resume, overwrite=overwrite)
    click.echo(
        f"run {result.run_dir}: best val mIoU {result.best_miou:.4f} at epoch {result.best_epoch}, "
        f"{result.epochs_run} epochs in {result.seconds / 60:.1f} min"
        + ("; kept the last epoch's weights" if cfg.run.keep == "last" else "")
    )


@click.command("evaluate")
@click.argument("model")
@click.option("--dataset", help="Descriptor; default: the one the model was trained on.")
@click.option("--split", default="val", show_default=True)
@click.option("--size", help="Resize to WxH before inference (default: native resolution).")
@click.option(
    "--out", type=click.Path(path_type=Path), help="Folder for metrics and the confusion plot."
)
@click.option("--overwrite", is_flag=True, help="Replace an existing output folder.")
@click.option(
    "--threads",
    type=click.IntRange(min=1),
    help="CPU threads (PyTorch and ONNX Runtime); 1 for each of two jobs on 2 cores.",
)
@click.option(
    "--device",
    default="auto",
    show_default=True,
    help="PyTorch models: auto (the GPU when there is one), cpu, cuda or cuda:N.",
)
@one_line_errors
def evaluate_cmd(model, dataset, split, size, out, overwrite, threads, device) -> None:
    """Score MODEL (run directory, pretrained name, .onnx or .lsz file) on a dataset split."""
    from leanseg.evaluate import evaluate, format_metrics

    set_threads(threads)
    metrics, classes, where = evaluate(
        model, dataset, split, parse_hw(size), out, overwrite=overwrite, threads=threads,
        device=device,
    )  # fmt: skip
    click.echo(format_metrics(metrics, classes))
    click.echo(f"metrics and confusion matrix written to {where}")


@click.command("predict")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--model", required=True, help="Run directory, pretrained name (camvid-enet) or .onnx file."
)
@click.option("--out", type=click.Path(path_type=Path), default="predictions", show_default=True)
@click.option(
    "--backend", type=click.Choice(["auto", "torch", "onnx"]), default="auto", show_default=True
)
@click.option("--threads", type=click.IntRange(min=1), help="ONNX Runtime intra-op threads.")
@click.option("--overwrite", is_flag=True, help="Replace a non-empty output folder.")
@one_line_errors
def predict_cmd(source, model, out, backend, threads, overwrite) -> None:
    """Segment SOURCE (an image, a folder or a video) into overlays and label PNGs."""
    from leanseg.predict import predict

    report = predict(model, source, out, backend, threads, overwrite=overwrite)
    click.echo(
        f"{report.frames} frame(s): {report.inference_fps:.1f} fps inference, "
        f"{report.total_fps:.1f} fps end to end; written to {out}"
    )


@click.command("export")
@click.argument("model")
@click.option(
    "--out", type=click.Path(path_type=Path), help="Output .onnx (default: RUN/model.onnx)."
)
@click.option("--opset", default=18, show_default=True, type=click.IntRange(17, 23))
@click.option("--dataset", help="Images to check on (default: the model's dataset).")
@click.option("--check-images", default=8, show_default=True, type=click.IntRange(min=1))
@click.option("--overwrite", is_flag=True, help="Replace an existing ONNX file.")
@one_line_errors
def export_cmd(model, out, opset, dataset, check_images, overwrite) -> None:
    """Export MODEL to ONNX (dynamic height and width) and check it against PyTorch."""
    from leanseg.export import export_onnx

    r = export_onnx(model, out, opset, dataset, check_images, overwrite=overwrite)
    click.echo(
        f"wrote {r.path} ({r.bytes / 1e6:.2f} MB); on {r.images} images ONNX Runtime agrees with "
        f"PyTorch on {r.agreement:.4%} of pixels, max logit difference {r.max_logit_diff:.2e}"
    )


@click.command("profile")
@click.argument("model")
@click.option("--size", default="480x360", show_default=True, help="Input WxH.")
@click.option(
    "--threads",
    default=2,
    show_default=True,
    type=click.IntRange(1, 256),
    help="Threads for PyTorch and ONNX Runtime.",
)
@click.option(
    "--runs", default=10, show_default=True, type=click.IntRange(min=1), help="Timed runs."
)
@click.option("--warmup", default=3, show_default=True, type=click.IntRange(min=0))
@click.option("--no-onnx", is_flag=True, help="Skip ONNX Runtime timing.")
@click.option(
    "--json", "json_out", type=click.Path(path_type=Path), help="Also write the report here."
)
@click.option("--max-size", help="Budget for the smallest model file, e.g. 10MB.")
@click.option("--max-latency", help="Budget for median latency, e.g. 1s or 50ms.")
@click.option("--max-energy", help="Budget for estimated energy per frame, e.g. 5mJ.")
@click.option(
    "--out", type=click.Path(path_type=Path), help="Output folder (default: beside the model)."
)
@click.option("--overwrite", is_flag=True, help="Replace existing outputs.")
@one_line_errors
def profile_cmd(
    model,
    size,
    threads,
    runs,
    warmup,
    no_onnx,
    json_out,
    max_size,
    max_latency,
    max_energy,
    out,
    overwrite,
) -> None:
    """Measure MODEL (run directory, pretrained name or .onnx): size, MACs, latency, memory,
    energy; with budgets, print PASS/FAIL and exit 1 when one fails."""
    from leanseg.atomic import check_output_file
    from leanseg.measure.budget import parse_limit
    from leanseg.measure.profile import ProfileConfig, format_report, profile_to
    from leanseg.outputs import default_output
    from leanseg.runs import model_inputs, write_json

    for kind, limit in (("size", max_size), ("latency", max_latency), ("energy", max_energy)):
        if limit:
            parse_limit(kind, limit)  # reject a bad limit before minutes of measuring
    cfg = ProfileConfig(
        size=parse_hw(size), threads=threads, warmup=warmup, runs=runs, onnx=not no_onnx
    )
    out = out or default_output(model, f"profile-{size}-{threads}t", "inside")
    if json_out:
        check_output_file(json_out, overwrite, model_inputs(model))
    budget = {"max_size": max_size, "max_latency": max_latency, "max_energy": max_energy}
    report, verdicts = profile_to(model, out, cfg, budget, overwrite=overwrite)
    click.echo(format_report(report))
    if json_out:
        write_json(json_out, report)
    click.echo(f"report written to {out / 'profile.json'}")
    for v in verdicts:
        click.echo(v.line())
    if any(not v.passed for v in verdicts):
        sys.exit(1)
