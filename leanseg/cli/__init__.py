"""The `leanseg` command line: parse arguments, call the Python API, print. Nothing else.

One module per part of the workflow (`data`, `models`, `prune`, `compress`, `analysis`,
`deploy`, `runs`); each defines its commands and this root group adds them. The Python API
behind each command imports lazily, so `leanseg --help` starts without PyTorch.
"""

from __future__ import annotations

import os

import click

from leanseg.cli import analysis, compress, data, deploy, models, prune, runs
from leanseg.cli.common import Group


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="leanseg")
@click.option("--debug", is_flag=True, help="Show the traceback of an unexpected error.")
def cli(debug: bool) -> None:
    """leanseg: make segmentation networks small and fast, and see what each saving cost.

    Exit status: 0 success, 1 a check or budget found problems, 2 bad input or usage,
    3 an unexpected error (a bug: rerun with --debug for the traceback).
    """
    if debug:
        os.environ["LEANSEG_DEBUG"] = "1"


for _command in (
    data.data,
    models.models_list,
    models.train_cmd,
    models.evaluate_cmd,
    models.predict_cmd,
    models.export_cmd,
    models.profile_cmd,
    prune.prune_cmd,
    prune.sensitivity_cmd,
    compress.quantize_cmd,
    compress.compress_cmd,
    compress.cluster_cmd,
    compress.share_slopes_cmd,
    compress.encode_cmd,
    analysis.visualize_cmd,
    analysis.report_cmd,
    analysis.sweep_cmd,
    analysis.fit_cmd,
    deploy.deploy_cmd,
    runs.runs,
    runs.demo,
):
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="leanseg")
