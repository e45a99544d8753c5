"""The `leanseg` command line: parse arguments, call the Python API, print. Nothing else."""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import click

from leanseg.errors import LeansegError

EXIT_FOUND, EXIT_INPUT, EXIT_UNEXPECTED = 1, 2, 3  # a check failed; bad input; a bug


def _debug() -> bool:
    return os.environ.get("LEANSEG_DEBUG", "") not in ("", "0")


def _one_line_errors(fn):
    """Bad input (leanseg's errors, unreadable or unwritable files) becomes one line on stderr
    and exit status 2; anything unexpected one line naming the command and its arguments and
    exit status 3. The traceback only with `--debug` or LEANSEG_DEBUG=1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except Exception as err:
            if _debug():
                raise
            ctx = click.get_current_context()
            if isinstance(err, LeansegError):
                # DataLoader workers re-raise with the worker traceback prepended: keep the last.
                message = str(err).strip().splitlines()[-1].split("Error: ", 1)[-1]
                code = EXIT_INPUT
            elif isinstance(err, OSError) and err.filename:
                message = f"{err.filename}: {err.strerror or err}"
                code = EXIT_INPUT
            else:
                first = (str(err).strip().splitlines() or [""])[0][:200]
                command = " ".join(["leanseg", *ctx.command_path.split()[1:]])
                message = (
                    f"{command} {_arguments(ctx)}: unexpected {type(err).__name__}: "
                    f"{first} (this is a bug; rerun with --debug for the traceback)"
                )
                code = EXIT_UNEXPECTED
            click.echo(f"error: {message}", err=True)
            ctx.exit(code)

    return wrapper


def _arguments(ctx: click.Context) -> str:
    """The command's positional arguments: the files it was working on."""
    names = [p.name for p in ctx.command.params if isinstance(p, click.Argument)]
    return " ".join(str(ctx.params[n]) for n in names if ctx.params.get(n) is not None)


class _Group(click.Group):
    """Prints every error of its commands, usage errors included, as one line (exit 2)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.ClickException as err:
            message = " ".join(err.format_message().split())
            if isinstance(err, click.UsageError) and err.ctx is not None:
                message += f" (see {err.ctx.command_path} --help)"
            click.echo(f"error: {message}", err=True)
            ctx.exit(EXIT_INPUT)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="leanseg")
@click.option("--debug", is_flag=True, help="Show the traceback of an unexpected error.")
def cli(debug: bool) -> None:
    """leanseg: make segmentation networks small and fast, and see what each saving cost.

    Exit status: 0 success, 1 a check or budget found problems, 2 bad input or usage,
    3 an unexpected error (a bug: rerun with --debug for the traceback).
    """
    if debug:
        os.environ["LEANSEG_DEBUG"] = "1"


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
@click.option("--overwrite", is_flag=True, help="Replace a non-empty output folder.")
@_one_line_errors
def data_import_labelme(
    src: Path, labels: Path, out: Path, val_fraction: float, seed: int, overwrite: bool
) -> None:
    """Convert labelme JSON files in SRC to a VOC dataset exactly as labelme2voc does."""
    from leanseg.data.labelme import import_labelme

    spec = import_labelme(src, labels, out, val_fraction, seed, overwrite)
    click.echo(f"wrote {out} ({len(spec.classes)} classes); descriptor {out / 'dataset.yaml'}")


def _parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise click.BadParameter(f"expected WIDTHxHEIGHT, got {text!r}") from None
    if w < 1 or h < 1 or w * h > 2**28:
        raise click.BadParameter(f"{text!r}: width and height must be 1 to 16384 pixels")
    return w, h


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
@_one_line_errors
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
        _parse_size(size),
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


@cli.command("models")
def models_list() -> None:
    """List the models in the registry with their papers and reference sizes."""
    from leanseg.models.registry import MODELS

    for name, e in sorted(MODELS.items()):
        click.echo(
            f"{name:<30} {e.ref_params / 1e6:7.3f} M params ({e.ref_classes} classes)  {e.paper}"
        )


def _overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in pairs:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"expected KEY=VALUE, got {item!r}", param_hint="--set")
        out[key.strip().replace("-", "_")] = value
    return out


def _derived_run_options(
    finetune_epochs: int, note: str = "", epochs: str = "Fine-tuning epochs in all; 0 skips."
):
    """The options of every step that derives a run from RUN (prune, cluster, share-slopes,
    quantize): its fine-tuning, the val images scored and the run it writes. One declaration,
    so the steps (and recipes, which take the same names) cannot drift apart."""
    options = [
        click.option("--finetune-epochs", default=finetune_epochs, show_default=True,
                     help=f"{note}{epochs}"),
        click.option("--lr", default=0.0,
                     help=f"{note}Fine-tuning learning rate (default: parent's / 10)."),
        click.option("--distill", default=0.0,
                     help=f"{note}Distillation weight (0-1) from RUN's outputs, fine-tuning."),
        click.option("--set", "sets", multiple=True, metavar="KEY=VALUE",
                     help=f"{note}Fine-tuning setting (a training config key)."),
        click.option("--val-images", default=0, show_default=True,
                     help="Val images scored; 0: all."),
        click.option("--out", type=click.Path(path_type=Path), help="Run directory to write."),
        click.option("--overwrite", is_flag=True, help="Replace an existing output run."),
    ]  # fmt: skip

    def apply(fn):
        for option in reversed(options):
            fn = option(fn)
        return fn

    return apply


def _recalibrate_option(on: str):
    """`--recalibrate-bn/--no-recalibrate-bn` of the commands that remove channels."""
    return click.option(
        "--recalibrate-bn/--no-recalibrate-bn",
        default=True,
        show_default=True,
        help=f"Re-estimate batch-norm statistics {on} after removing channels.",
    )


@cli.command("train")
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
@_one_line_errors
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
    cfg = load_config(config_file, {**overrides, **_overrides(sets)})
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


def set_threads(threads: int | None) -> None:
    """Pin PyTorch's CPU threads. Two jobs that each take every core slow each other down about
    tenfold (their threads spin for the cores); with `--threads 1` each, both run near full
    speed on a 2-core machine."""
    if threads:
        import torch

        torch.set_num_threads(threads)


def _parse_hw(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    w, h = _parse_size(text)
    return h, w


@cli.command("evaluate")
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
@_one_line_errors
def evaluate_cmd(model, dataset, split, size, out, overwrite, threads, device) -> None:
    """Score MODEL (run directory, pretrained name, .onnx or .lsz file) on a dataset split."""
    from leanseg.evaluate import evaluate, format_metrics

    set_threads(threads)
    metrics, classes, where = evaluate(
        model, dataset, split, _parse_hw(size), out, overwrite=overwrite, threads=threads,
        device=device,
    )  # fmt: skip
    click.echo(format_metrics(metrics, classes))
    click.echo(f"metrics and confusion matrix written to {where}")


@cli.command("predict")
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
@_one_line_errors
def predict_cmd(source, model, out, backend, threads, overwrite) -> None:
    """Segment SOURCE (an image, a folder or a video) into overlays and label PNGs."""
    from leanseg.predict import predict

    report = predict(model, source, out, backend, threads, overwrite=overwrite)
    click.echo(
        f"{report.frames} frame(s): {report.inference_fps:.1f} fps inference, "
        f"{report.total_fps:.1f} fps end to end; written to {out}"
    )


@cli.command("export")
@click.argument("model")
@click.option(
    "--out", type=click.Path(path_type=Path), help="Output .onnx (default: RUN/model.onnx)."
)
@click.option("--opset", default=18, show_default=True, type=click.IntRange(17, 23))
@click.option("--dataset", help="Images to check on (default: the model's dataset).")
@click.option("--check-images", default=8, show_default=True, type=click.IntRange(min=1))
@click.option("--overwrite", is_flag=True, help="Replace an existing ONNX file.")
@_one_line_errors
def export_cmd(model, out, opset, dataset, check_images, overwrite) -> None:
    """Export MODEL to ONNX (dynamic height and width) and check it against PyTorch."""
    from leanseg.export import export_onnx

    r = export_onnx(model, out, opset, dataset, check_images, overwrite=overwrite)
    click.echo(
        f"wrote {r.path} ({r.bytes / 1e6:.2f} MB); on {r.images} images ONNX Runtime agrees with "
        f"PyTorch on {r.agreement:.4%} of pixels, max logit difference {r.max_logit_diff:.2e}"
    )


@cli.command("profile")
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
@_one_line_errors
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
    from leanseg.atomic import check_output_dir, check_output_file
    from leanseg.evaluate import default_output
    from leanseg.measure.budget import parse_limit
    from leanseg.measure.profile import ProfileConfig, format_report, profile_to
    from leanseg.runs import write_json

    for kind, limit in (("size", max_size), ("latency", max_latency), ("energy", max_energy)):
        if limit:
            parse_limit(kind, limit)  # reject a bad limit before minutes of measuring
    cfg = ProfileConfig(
        size=_parse_hw(size), threads=threads, warmup=warmup, runs=runs, onnx=not no_onnx
    )
    out = out or default_output(model, f"profile-{size}-{threads}t")
    check_output_dir(out, overwrite)
    if json_out:
        check_output_file(json_out, overwrite)
    budget = {"max_size": max_size, "max_latency": max_latency, "max_energy": max_energy}
    report, verdicts = profile_to(model, out, cfg, budget)
    click.echo(format_report(report))
    if json_out:
        write_json(json_out, report)
    click.echo(f"report written to {out / 'profile.json'}")
    for v in verdicts:
        click.echo(v.line())
    if any(not v.passed for v in verdicts):
        sys.exit(1)


@cli.command("prune")
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
@_recalibrate_option("on those images")
@click.option("--min-class-iou", type=float, help="Floor for every class's val IoU (0-1).")
@click.option(
    "--min-class-iou-relative", type=float, help="Floor as a share of the parent's class IoU."
)
@_derived_run_options(finetune_epochs=0)
@_one_line_errors
def prune_cmd(
    run: str, out: Path | None, overwrite: bool, sets: tuple[str, ...], **options
) -> None:
    """Prune RUN's channels (or weights, with magnitude) into a new run directory."""
    from leanseg.prune.runner import PruneConfig, format_prune_report, prune_run
    from leanseg.prune.sensitivity import load_plan

    plan = options.pop("plan")
    values = {k: v for k, v in options.items() if v is not None}
    values["layer_ratios"] = load_plan(plan) if plan else {}
    values["finetune"] = _overrides(sets)
    values |= {k: values.get(k) or 0.0 for k in ("target_macs", "target_energy", "target_latency")}
    result = prune_run(run, PruneConfig(**values), out, overwrite=overwrite)
    click.echo(format_prune_report(result.run_dir))


@cli.command("sensitivity")
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
@_recalibrate_option("on 8 training images")
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
@_one_line_errors
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


@cli.command("quantize")
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
@_derived_run_options(finetune_epochs=3, note="qat: ", epochs="Training epochs (1 or more).")
@_one_line_errors
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
        size=_parse_hw(size),
        val_images=val_images,
        bias_correction=not no_bias_correction,
        activations=activations,
    )
    if method == "qat":
        qat = QatConfig(finetune_epochs, lr, distill, _overrides(sets), cfg)
        result = quantize_qat(run, qat, out, overwrite=overwrite)
    else:
        result = quantize_ptq(run, cfg, out, overwrite=overwrite)
    click.echo(format_quantize_report(result.run_dir))


@cli.command("compress")
@click.argument("run")
@click.option("--recipe", required=True, type=click.Path(path_type=Path), help="Recipe YAML.")
@click.option("--out", type=click.Path(path_type=Path), help="Folder of the steps' runs.")
@click.option("--overwrite", is_flag=True, help="Start again in an existing folder.")
@_one_line_errors
def compress_cmd(run: str, recipe: Path, out: Path | None, overwrite: bool) -> None:
    """Chain compression steps from RECIPE (prune, cluster, share_slopes, encode, quantize),
    each a run directory; a rerun resumes after the last finished step."""
    from leanseg.compress.recipe import compress, format_compress_report

    records = compress(run, recipe, out, overwrite=overwrite)
    click.echo(format_compress_report(run, records))


@cli.command("deploy")
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
@_one_line_errors
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
        input_size=_parse_size(input_size) if input_size else None,
    )
    click.echo(format_deploy_report(deploy(list(runs), out, cfg, overwrite=overwrite)))


@cli.command("visualize")
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
@_one_line_errors
def visualize_cmd(run, compare, layers, target, images, filters, top_k, out, overwrite) -> None:
    """Filters, feature maps, deconvnet projections and occlusion maps of RUN (PNG files)."""
    from leanseg.visualize.runner import VisualizeConfig, visualize

    names = tuple(n.strip() for n in layers.split(",") if n.strip())
    cfg = VisualizeConfig(names, target, images, filters, top_k)
    folder = visualize(run, out, cfg, compare=compare, overwrite=overwrite)
    click.echo(f"pictures written to {folder} (visualize.json says what each shows)")


@cli.command("report")
@click.argument("runs", nargs=-1, required=True)
@click.option("--out", type=click.Path(path_type=Path), default="report.html", show_default=True)
@click.option("--images", default=3, show_default=True, help="Val images with predictions.")
@click.option("--overwrite", is_flag=True, help="Replace an existing report.")
@_one_line_errors
def report_cmd(runs, out, images, overwrite) -> None:
    """One self-contained HTML page (and a Markdown summary) for RUNS: figures, lineage,
    Pareto plot, per-class IoU, Deep Compression tables, predictions and visualizations."""
    from leanseg.report.page import build_report

    page, summary = build_report(list(runs), out, images, overwrite=overwrite)
    click.echo(f"report written to {page} (summary {summary})")


@cli.command("sweep")
@click.argument("run")
@click.option("--grid", type=click.Path(path_type=Path), required=True, help="Grid YAML file.")
@click.option("--out", type=click.Path(path_type=Path), help="Folder (default: <run>-sweep).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1))
@click.option("--storage", help="Optuna storage URL (default: SQLite in the sweep folder).")
@_one_line_errors
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


@cli.command("fit")
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
@_recalibrate_option("on 8 training images")
@click.option("--out", type=click.Path(path_type=Path), help="Folder (default: <run>-fit).")
@_one_line_errors
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


@cli.command("cluster")
@click.argument("run")
@click.option("--bits", default="5", show_default=True, help="BITS or default=5,LAYER=BITS,...")
@click.option(
    "--float16",
    is_flag=True,
    help="Round the shared values and the unshared tensors (batch norm, biases) to float16: "
    "2 bytes a value in .lsz.",
)
@_derived_run_options(finetune_epochs=0)
@_one_line_errors
def cluster_cmd(
    run, bits, finetune_epochs, lr, sets, val_images, float16, distill, out, overwrite
) -> None:
    """Share RUN's weights: k-means per layer into 2^BITS values (Deep Compression)."""
    from leanseg.compress.steps import ClusterConfig, cluster_run, parse_bits

    cfg = ClusterConfig(
        parse_bits(bits), finetune_epochs, lr, _overrides(sets), val_images, float16, distill
    )
    out_dir, before, after = cluster_run(run, cfg, out, overwrite=overwrite)
    click.echo(f"val mIoU {before:.4f} -> {after:.4f} ({after - before:+.4f})")
    click.echo(f"run written to {out_dir}")


@cli.command("share-slopes")
@click.argument("run")
@_derived_run_options(finetune_epochs=3)
@_one_line_errors
def share_slopes_cmd(run, finetune_epochs, lr, distill, sets, val_images, out, overwrite) -> None:
    """One PReLU slope per layer (LeakyReLU), which int8 ONNX Runtime keeps in int8."""
    from leanseg.quantize.slopes import SlopesConfig, share_slopes_run

    cfg = SlopesConfig(finetune_epochs, lr, distill, _overrides(sets), val_images)
    out_dir, before, after = share_slopes_run(run, cfg, out, overwrite=overwrite)
    click.echo(f"val mIoU {before:.4f} -> {after:.4f} ({after - before:+.4f})")
    click.echo(f"run written to {out_dir}")


@cli.command("encode")
@click.argument("run")
@click.option(
    "--codec", default="huffman", show_default=True, type=click.Choice(["huffman", "ans"])
)
@click.option("--out", type=click.Path(path_type=Path), help="Run directory to write.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output run.")
@_one_line_errors
def encode_cmd(run, codec, out, overwrite) -> None:
    """Write RUN's weights as an entropy-coded model.lsz (decodes to the exact weights)."""
    from leanseg.compress.steps import encode_run, format_encode_table

    out_dir, reports = encode_run(run, out, overwrite=overwrite, codec=codec)
    click.echo(format_encode_table(reports))
    size = (out_dir / "model.lsz").stat().st_size
    click.echo(f"{out_dir / 'model.lsz'}: {size:,} bytes (header included)")


@cli.group(cls=_Group)
def runs() -> None:
    """Run directories: lineage and tables."""


@runs.command("show")
@click.argument("run")
@_one_line_errors
def runs_show(run: str) -> None:
    """Print RUN's lineage back to its first training run, with mIoU and size per step."""
    from leanseg.lineage import format_runs, lineage

    click.echo(format_runs(lineage(run), chain=True))


@runs.command("list")
@click.argument("folder", default="runs", type=click.Path(path_type=Path))
@_one_line_errors
def runs_list(folder: Path) -> None:
    """Table of the run directories in FOLDER: name, step, val mIoU, params, best file size."""
    from leanseg.lineage import format_runs, list_runs

    rows = list_runs(folder)
    click.echo(format_runs(rows) if rows else f"no run directories in {folder}")


@cli.command()
@click.option("--out", default="demo_out", show_default=True, type=click.Path(path_type=Path))
@click.option("--quick", is_flag=True, help="Smallest settings, for a smoke run.")
@click.option("--overwrite", is_flag=True, help="Replace a non-empty output folder.")
@_one_line_errors
def demo(out: Path, quick: bool, overwrite: bool) -> None:
    """The main job on synthetic data: create, check, train, evaluate, export, profile."""
    from leanseg.demo import run_demo

    summary = run_demo(out, quick=quick, echo=click.echo, overwrite=overwrite)
    click.echo(json.dumps(summary, indent=2))


def main() -> None:
    cli(prog_name="leanseg")
