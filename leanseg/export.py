"""`leanseg export`: ONNX with dynamic height and width, checked before it is kept.

The check runs onnx.checker, then ONNX Runtime against PyTorch on real images of the model's
dataset: the argmax of the two must agree on at least 99.9% of pixels, else the export fails
and no file is left behind.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import asdict, dataclass
from pathlib import Path

import torch

from leanseg.atomic import atomic_path, check_output_file
from leanseg.backends import OnnxBackend, TorchBackend
from leanseg.data import SegmentationDataset, load_spec
from leanseg.data.transforms import eval_transform
from leanseg.errors import LeansegError
from leanseg.outputs import default_output
from leanseg.runs import HEADER, load_model, locate_model, resolve_model_path, write_json

MIN_AGREEMENT = 0.999


class ExportError(LeansegError):
    """The exporter failed, or the exported model disagrees with PyTorch."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    images: int
    agreement: float  # share of pixels where ONNX Runtime and PyTorch argmax agree
    max_logit_diff: float
    bytes: int


def export_onnx(
    model: str | Path,
    out: Path | None = None,
    opset: int = 18,
    dataset: str | None = None,
    check_images: int = 8,
    split: str = "val",
    overwrite: bool = False,
) -> ExportReport:
    """Export a run directory (or pretrained name) to ONNX and verify it on real images.
    The default output is `RUN/model.onnx` (`./NAME.onnx` for a pretrained model); an
    existing file is replaced only with `overwrite`."""
    run_dir = resolve_model_path(model)
    module, header = load_model(run_dir)
    out = Path(out) if out else default_output(run_dir, "model.onnx", "file")
    folder, weights = locate_model(run_dir)
    read = [weights, folder / HEADER]  # what this export reads: never written over
    check_output_file(out, overwrite, inputs=read)
    check_output_file(out.with_name(out.name + ".json"), overwrite, inputs=read)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp, shown_as=out)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), agreement, diff, size)
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def write_onnx(
    module: torch.nn.Module,
    example: torch.Tensor,
    path: Path,
    opset: int = 18,
    name: str = "model",
    optimize: bool = True,
    rewrite: bool = True,
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them). Without
    `optimize`, every parameter and buffer stays an initializer named `model.<state-dict key>`
    holding exactly its values (the exporter's optimiser folds and renames them). `rewrite`
    applies `leanseg.onnx_rewrites` (same outputs, faster operators); turning it off gives the
    exporter's own graph, for comparison."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2].contiguous()  # a sliced view
    # makes some graphs (LR-ASPP) query its strides, which no ONNX op expresses
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False, optimize=optimize,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    written = _finish(path, rewrite)
    if written != opset:
        raise ExportError(
            f"{name}: the exporter could not write opset {opset} (it wrote {written}); "
            "choose another --opset"
        )


def leave_out_weights(src: Path, dst: Path, names: set[str], weights_file: str) -> list[str]:
    """Copy the ONNX model `src` (exported with `optimize=False`) to `dst` with the initializers
    `names` left out: each becomes a reference to `weights_file` (a `.lsz` file that a reader
    decodes and hands to ONNX Runtime by name, `SessionOptions.add_external_initializers`).
    Returns the names left out; other constants of the graph stay in it."""
    import onnx
    from onnx.external_data_helper import set_external_data

    model = onnx.load(str(src))
    left_out = []
    for init in model.graph.initializer:
        if init.name in names:
            set_external_data(init, location=weights_file)
            init.ClearField("raw_data")
            init.ClearField("float_data")
            init.data_location = onnx.TensorProto.EXTERNAL
            left_out.append(init.name)
    del model.graph.value_info[:]  # shape annotations ONNX Runtime infers again at load
    onnx.save(model, str(dst))
    return left_out


def _finish(path: Path, rewrite: bool) -> int:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes. Then apply the rewrites.
    Returns the opset written."""
    import onnx

    from leanseg.onnx_rewrites import (
        rewrite_index_offsets,
        rewrite_max_unpool,
        rewrite_prelu,
        rewrite_scalar_prelu,
        rewrite_zero_bias,
    )

    model = onnx.load(str(path))
    if rewrite:
        rewrite_scalar_prelu(model)  # before rewrite_prelu, which would take these too
        rewrite_prelu(model)
        rewrite_index_offsets(model)
        rewrite_max_unpool(model)
        rewrite_zero_bias(model)
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = ""
    onnx.save(model, str(path))
    return next(o.version for o in model.opset_import if o.domain in ("", "ai.onnx"))


class _Named(torch.nn.Module):
    """Gives the exported graph an input called `images`."""

    def __init__(self, model: torch.nn.Module):
        super().__init__()
        self.model = model

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        return self.model(images)


def _check_model(path: Path, shown_as: Path) -> None:
    """onnx.checker with full shape and type inference; errors name the final file."""
    import onnx

    try:
        onnx.checker.check_model(str(path), full_check=True)
    except (onnx.checker.ValidationError, onnx.shape_inference.InferenceError) as err:
        detail = " ".join(str(err).split())[:200]
        raise ExportError(f"{shown_as}: onnx.checker rejected the model ({detail})") from None


def compare_backends(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff
