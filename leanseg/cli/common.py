"""What every `leanseg` command shares: one-line errors and exit codes, the options of the
steps that derive a run, and the parsers of sizes and settings."""

from __future__ import annotations

import errno
import functools
import os
from pathlib import Path

import click

from leanseg.errors import LeansegError

EXIT_FOUND, EXIT_INPUT, EXIT_UNEXPECTED = 1, 2, 3  # a check failed; bad input; a bug


def _debug() -> bool:
    return os.environ.get("LEANSEG_DEBUG", "") not in ("", "0")


def one_line_errors(fn):
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
            elif isinstance(err, OSError) and err.errno in (errno.ENOSPC, errno.EDQUOT):
                message = f"{err.strerror or err} (free some space and rerun; nothing was kept)"
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


class Group(click.Group):
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


def parse_overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in pairs:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"expected KEY=VALUE, got {item!r}", param_hint="--set")
        out[key.strip().replace("-", "_")] = value
    return out


def derived_run_options(
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


def dataset_option(fn):
    """`--dataset` for a command that reads data through its model's header: the command runs
    on that dataset instead, and every run it derives records it (`leanseg.data.override`)."""

    @click.option("--dataset", help="Dataset descriptor to use instead of the model's own.")
    @functools.wraps(fn)
    def wrapper(*args, dataset: str | None = None, **kwargs):
        from leanseg.data.override import dataset_override

        with dataset_override(dataset):
            return fn(*args, **kwargs)

    return wrapper


def recalibrate_option(on: str):
    """`--recalibrate-bn/--no-recalibrate-bn` of the commands that remove channels."""
    return click.option(
        "--recalibrate-bn/--no-recalibrate-bn",
        default=True,
        show_default=True,
        help=f"Re-estimate batch-norm statistics {on} after removing channels.",
    )


def set_threads(threads: int | None) -> None:
    """Pin PyTorch's CPU threads. Two jobs that each take every core slow each other down about
    tenfold (their threads spin for the cores); with `--threads 1` each, both run near full
    speed on a 2-core machine."""
    if threads:
        import torch

        torch.set_num_threads(threads)


def parse_hw(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    w, h = parse_size(text)
    return h, w


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise click.BadParameter(f"expected WIDTHxHEIGHT, got {text!r}") from None
    if w < 1 or h < 1 or w * h > 2**28:
        raise click.BadParameter(f"{text!r}: width and height must be 1 to 16384 pixels")
    return w, h
