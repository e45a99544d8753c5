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
from leanseg.runs import PRETRAINED_DIR, load_model, resolve_model_path, write_json

MIN_AGREEMENT = 0.999


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class ExportError(LeansegError):
    """The exporter failed, or the exported model disagrees with PyTorch."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    images: int
    agreement: float  # share of pixels where ONNX Runtime and PyTorch argmax agree
    max_logit_diff: float
    bytes: int
mutants_x_export_onnx__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_export_onnx__mutmut)
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_orig(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_1(
    model: str | Path,
    out: Path | None = None,
    opset: int = 19,
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_2(
    model: str | Path,
    out: Path | None = None,
    opset: int = 18,
    dataset: str | None = None,
    check_images: int = 9,
    split: str = "val",
    overwrite: bool = False,
) -> ExportReport:
    """Export a run directory (or pretrained name) to ONNX and verify it on real images.
    The default output is `RUN/model.onnx` (`./NAME.onnx` for a pretrained model); an
    existing file is replaced only with `overwrite`."""
    run_dir = resolve_model_path(model)
    module, header = load_model(run_dir)
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_3(
    model: str | Path,
    out: Path | None = None,
    opset: int = 18,
    dataset: str | None = None,
    check_images: int = 8,
    split: str = "XXvalXX",
    overwrite: bool = False,
) -> ExportReport:
    """Export a run directory (or pretrained name) to ONNX and verify it on real images.
    The default output is `RUN/model.onnx` (`./NAME.onnx` for a pretrained model); an
    existing file is replaced only with `overwrite`."""
    run_dir = resolve_model_path(model)
    module, header = load_model(run_dir)
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_4(
    model: str | Path,
    out: Path | None = None,
    opset: int = 18,
    dataset: str | None = None,
    check_images: int = 8,
    split: str = "VAL",
    overwrite: bool = False,
) -> ExportReport:
    """Export a run directory (or pretrained name) to ONNX and verify it on real images.
    The default output is `RUN/model.onnx` (`./NAME.onnx` for a pretrained model); an
    existing file is replaced only with `overwrite`."""
    run_dir = resolve_model_path(model)
    module, header = load_model(run_dir)
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_5(
    model: str | Path,
    out: Path | None = None,
    opset: int = 18,
    dataset: str | None = None,
    check_images: int = 8,
    split: str = "val",
    overwrite: bool = True,
) -> ExportReport:
    """Export a run directory (or pretrained name) to ONNX and verify it on real images.
    The default output is `RUN/model.onnx` (`./NAME.onnx` for a pretrained model); an
    existing file is replaced only with `overwrite`."""
    run_dir = resolve_model_path(model)
    module, header = load_model(run_dir)
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_6(
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
    run_dir = None
    module, header = load_model(run_dir)
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_7(
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
    run_dir = resolve_model_path(None)
    module, header = load_model(run_dir)
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_8(
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
    module, header = None
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_9(
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
    module, header = load_model(None)
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_10(
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
    if out is not None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_11(
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
    if out is None:
        shipped = None
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_12(
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
    if out is None:
        shipped = run_dir.resolve().parent != PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_13(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = None
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_14(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if (shipped) and False else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_15(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if (shipped) or True else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_16(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() * f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_17(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir * "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_18(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "XXmodel.onnxXX"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_19(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "MODEL.ONNX"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_20(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = None
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_21(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(None)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_22(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(None, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_23(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, None)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_24(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_25(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, )
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_26(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(None, overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_27(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), None)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_28(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_29(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), )
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_30(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(None), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_31(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name - ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_32(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + "XX.jsonXX"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_33(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".JSON"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_34(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = None
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_35(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset and header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_36(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_37(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(None)
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_38(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = None
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_39(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(None, split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_40(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), None, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_41(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, None)
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_42(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_43(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_44(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, )
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_45(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(None), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_46(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = None  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_47(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][1][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_48(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(None)]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_49(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(None, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_50(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, None))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_51(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_52(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, ))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_53(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(None) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_54(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(None, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_55(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, None, tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_56(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], None, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_57(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, None, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_58(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=None)
        _check_model(tmp)
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


def x_export_onnx__mutmut_59(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_60(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_61(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_62(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_63(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, )
        _check_model(tmp)
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


def x_export_onnx__mutmut_64(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[1], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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


def x_export_onnx__mutmut_65(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(None))
        _check_model(tmp)
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


def x_export_onnx__mutmut_66(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(None)
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


def x_export_onnx__mutmut_67(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = None
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


def x_export_onnx__mutmut_68(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(None, OnnxBackend(tmp), images)
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


def x_export_onnx__mutmut_69(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), None, images)
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


def x_export_onnx__mutmut_70(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), None)
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


def x_export_onnx__mutmut_71(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(OnnxBackend(tmp), images)
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


def x_export_onnx__mutmut_72(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), images)
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


def x_export_onnx__mutmut_73(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), )
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


def x_export_onnx__mutmut_74(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(None), OnnxBackend(tmp), images)
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


def x_export_onnx__mutmut_75(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(None), images)
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


def x_export_onnx__mutmut_76(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement <= MIN_AGREEMENT:
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


def x_export_onnx__mutmut_77(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                None
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), agreement, diff, size)
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_78(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = None
    report = ExportReport(out, len(images), agreement, diff, size)
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_79(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = None
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_80(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(None, len(images), agreement, diff, size)
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_81(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, None, agreement, diff, size)
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_82(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), None, diff, size)
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_83(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), agreement, None, size)
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_84(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), agreement, diff, None)
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_85(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(len(images), agreement, diff, size)
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_86(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, agreement, diff, size)
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_87(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), diff, size)
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_88(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), agreement, size)
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_89(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), agreement, diff, )
    write_json(
        out.with_name(out.name + ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_90(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), agreement, diff, size)
    write_json(
        None,
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_91(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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
        None,
    )
    return report


def x_export_onnx__mutmut_92(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), agreement, diff, size)
    write_json(
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_93(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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
        )
    return report


def x_export_onnx__mutmut_94(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), agreement, diff, size)
    write_json(
        out.with_name(None),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_95(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), agreement, diff, size)
    write_json(
        out.with_name(out.name - ".json"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_96(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), agreement, diff, size)
    write_json(
        out.with_name(out.name + "XX.jsonXX"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_97(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
        agreement, diff = compare_backends(TorchBackend(module), OnnxBackend(tmp), images)
        if agreement < MIN_AGREEMENT:
            raise ExportError(
                f"{out}: ONNX Runtime agrees with PyTorch on {agreement:.4%} of pixels "
                f"(< {MIN_AGREEMENT:.1%}); max logit difference {diff:.3g}"
            )
        size = tmp.stat().st_size
    report = ExportReport(out, len(images), agreement, diff, size)
    write_json(
        out.with_name(out.name + ".JSON"),
        {**asdict(report), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_98(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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
        {**asdict(None), "path": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_99(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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
        {**asdict(report), "XXpathXX": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_100(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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
        {**asdict(report), "PATH": str(out), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_101(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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
        {**asdict(report), "path": str(None), "parent": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_102(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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
        {**asdict(report), "path": str(out), "XXparentXX": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_103(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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
        {**asdict(report), "path": str(out), "PARENT": str(run_dir)},
    )
    return report


def x_export_onnx__mutmut_104(
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
    if out is None:
        shipped = run_dir.resolve().parent == PRETRAINED_DIR.resolve()
        out = Path.cwd() / f"{run_dir.name}.onnx" if shipped else run_dir / "model.onnx"
    out = Path(out)
    check_output_file(out, overwrite)
    check_output_file(out.with_name(out.name + ".json"), overwrite)
    source = dataset or header.dataset
    if not source:
        raise ExportError(f"{run_dir}: no dataset recorded to check the export on; pass --dataset")
    ds = SegmentationDataset(load_spec(source), split, eval_transform(None))
    images = [ds[i][0][None] for i in range(min(check_images, len(ds)))]  # (1, 3, H, W) each
    with atomic_path(out) as tmp:
        write_onnx(module, images[0], tmp, opset, name=str(run_dir))
        _check_model(tmp)
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
        {**asdict(report), "path": str(out), "parent": str(None)},
    )
    return report

mutants_x_export_onnx__mutmut['_mutmut_orig'] = x_export_onnx__mutmut_orig # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_1'] = x_export_onnx__mutmut_1 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_2'] = x_export_onnx__mutmut_2 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_3'] = x_export_onnx__mutmut_3 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_4'] = x_export_onnx__mutmut_4 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_5'] = x_export_onnx__mutmut_5 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_6'] = x_export_onnx__mutmut_6 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_7'] = x_export_onnx__mutmut_7 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_8'] = x_export_onnx__mutmut_8 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_9'] = x_export_onnx__mutmut_9 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_10'] = x_export_onnx__mutmut_10 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_11'] = x_export_onnx__mutmut_11 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_12'] = x_export_onnx__mutmut_12 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_13'] = x_export_onnx__mutmut_13 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_14'] = x_export_onnx__mutmut_14 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_15'] = x_export_onnx__mutmut_15 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_16'] = x_export_onnx__mutmut_16 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_17'] = x_export_onnx__mutmut_17 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_18'] = x_export_onnx__mutmut_18 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_19'] = x_export_onnx__mutmut_19 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_20'] = x_export_onnx__mutmut_20 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_21'] = x_export_onnx__mutmut_21 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_22'] = x_export_onnx__mutmut_22 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_23'] = x_export_onnx__mutmut_23 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_24'] = x_export_onnx__mutmut_24 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_25'] = x_export_onnx__mutmut_25 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_26'] = x_export_onnx__mutmut_26 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_27'] = x_export_onnx__mutmut_27 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_28'] = x_export_onnx__mutmut_28 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_29'] = x_export_onnx__mutmut_29 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_30'] = x_export_onnx__mutmut_30 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_31'] = x_export_onnx__mutmut_31 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_32'] = x_export_onnx__mutmut_32 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_33'] = x_export_onnx__mutmut_33 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_34'] = x_export_onnx__mutmut_34 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_35'] = x_export_onnx__mutmut_35 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_36'] = x_export_onnx__mutmut_36 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_37'] = x_export_onnx__mutmut_37 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_38'] = x_export_onnx__mutmut_38 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_39'] = x_export_onnx__mutmut_39 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_40'] = x_export_onnx__mutmut_40 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_41'] = x_export_onnx__mutmut_41 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_42'] = x_export_onnx__mutmut_42 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_43'] = x_export_onnx__mutmut_43 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_44'] = x_export_onnx__mutmut_44 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_45'] = x_export_onnx__mutmut_45 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_46'] = x_export_onnx__mutmut_46 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_47'] = x_export_onnx__mutmut_47 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_48'] = x_export_onnx__mutmut_48 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_49'] = x_export_onnx__mutmut_49 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_50'] = x_export_onnx__mutmut_50 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_51'] = x_export_onnx__mutmut_51 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_52'] = x_export_onnx__mutmut_52 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_53'] = x_export_onnx__mutmut_53 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_54'] = x_export_onnx__mutmut_54 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_55'] = x_export_onnx__mutmut_55 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_56'] = x_export_onnx__mutmut_56 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_57'] = x_export_onnx__mutmut_57 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_58'] = x_export_onnx__mutmut_58 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_59'] = x_export_onnx__mutmut_59 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_60'] = x_export_onnx__mutmut_60 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_61'] = x_export_onnx__mutmut_61 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_62'] = x_export_onnx__mutmut_62 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_63'] = x_export_onnx__mutmut_63 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_64'] = x_export_onnx__mutmut_64 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_65'] = x_export_onnx__mutmut_65 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_66'] = x_export_onnx__mutmut_66 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_67'] = x_export_onnx__mutmut_67 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_68'] = x_export_onnx__mutmut_68 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_69'] = x_export_onnx__mutmut_69 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_70'] = x_export_onnx__mutmut_70 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_71'] = x_export_onnx__mutmut_71 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_72'] = x_export_onnx__mutmut_72 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_73'] = x_export_onnx__mutmut_73 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_74'] = x_export_onnx__mutmut_74 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_75'] = x_export_onnx__mutmut_75 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_76'] = x_export_onnx__mutmut_76 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_77'] = x_export_onnx__mutmut_77 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_78'] = x_export_onnx__mutmut_78 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_79'] = x_export_onnx__mutmut_79 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_80'] = x_export_onnx__mutmut_80 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_81'] = x_export_onnx__mutmut_81 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_82'] = x_export_onnx__mutmut_82 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_83'] = x_export_onnx__mutmut_83 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_84'] = x_export_onnx__mutmut_84 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_85'] = x_export_onnx__mutmut_85 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_86'] = x_export_onnx__mutmut_86 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_87'] = x_export_onnx__mutmut_87 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_88'] = x_export_onnx__mutmut_88 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_89'] = x_export_onnx__mutmut_89 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_90'] = x_export_onnx__mutmut_90 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_91'] = x_export_onnx__mutmut_91 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_92'] = x_export_onnx__mutmut_92 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_93'] = x_export_onnx__mutmut_93 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_94'] = x_export_onnx__mutmut_94 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_95'] = x_export_onnx__mutmut_95 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_96'] = x_export_onnx__mutmut_96 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_97'] = x_export_onnx__mutmut_97 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_98'] = x_export_onnx__mutmut_98 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_99'] = x_export_onnx__mutmut_99 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_100'] = x_export_onnx__mutmut_100 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_101'] = x_export_onnx__mutmut_101 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_102'] = x_export_onnx__mutmut_102 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_103'] = x_export_onnx__mutmut_103 # type: ignore # mutmut generated
mutants_x_export_onnx__mutmut['x_export_onnx__mutmut_104'] = x_export_onnx__mutmut_104 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_write_onnx__mutmut)
def write_onnx(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_orig(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_1(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 19, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_2(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "XXmodelXX"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_3(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "MODEL"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_4(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = None
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_5(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[+2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_6(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-3:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_7(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = None
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_8(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 - h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_9(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h + 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_10(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 2 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_11(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h / 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_12(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 3, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_13(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 - w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_14(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w + 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_15(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 2 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_16(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w / 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_17(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 3]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_18(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = None
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_19(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"XXimagesXX": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_20(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"IMAGES": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_21(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {3: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_22(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 4: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_23(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(None), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_24(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(None):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_25(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                None, (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_26(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), None, str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_27(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), None, dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_28(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=None, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_29(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=None,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_30(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=None, output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_31(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=None, dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_32(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=None,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_33(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=None,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_34(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_35(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_36(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_37(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_38(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_39(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_40(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_41(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_42(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_43(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(None).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_44(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(None), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_45(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=False, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_46(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["XXimagesXX"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_47(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["IMAGES"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_48(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["XXlogitsXX"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_49(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["LOGITS"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_50(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=True,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_51(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            None
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_52(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(None).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_53(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[1][:200]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_54(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:201]})"
        ) from None
    _strip_source_metadata(path)


def x_write_onnx__mutmut_55(
    module: torch.nn.Module, example: torch.Tensor, path: Path, opset: int = 18, name: str = "model"
) -> None:
    """Export with dynamic height and width (no checks; `export_onnx` adds them)."""
    # Trace at odd height and width: models pad inputs to a multiple of 2**k, and an example
    # that needs no padding lets torch.export specialise the padding away for every size.
    h, w = example.shape[-2:]
    example = example[..., : h - 1 + h % 2, : w - 1 + w % 2]
    dims = {"images": {2: torch.export.Dim.DYNAMIC, 3: torch.export.Dim.DYNAMIC}}
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            torch.onnx.export(
                _Named(module).eval(), (example,), str(path), dynamo=True, opset_version=opset,
                input_names=["images"], output_names=["logits"], dynamic_shapes=dims,
                external_data=False,
            )  # fmt: skip
    except Exception as err:  # the exporter raises many untyped errors
        raise ExportError(
            f"{name}: ONNX export failed ({str(err).splitlines()[0][:200]})"
        ) from None
    _strip_source_metadata(None)

mutants_x_write_onnx__mutmut['_mutmut_orig'] = x_write_onnx__mutmut_orig # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_1'] = x_write_onnx__mutmut_1 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_2'] = x_write_onnx__mutmut_2 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_3'] = x_write_onnx__mutmut_3 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_4'] = x_write_onnx__mutmut_4 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_5'] = x_write_onnx__mutmut_5 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_6'] = x_write_onnx__mutmut_6 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_7'] = x_write_onnx__mutmut_7 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_8'] = x_write_onnx__mutmut_8 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_9'] = x_write_onnx__mutmut_9 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_10'] = x_write_onnx__mutmut_10 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_11'] = x_write_onnx__mutmut_11 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_12'] = x_write_onnx__mutmut_12 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_13'] = x_write_onnx__mutmut_13 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_14'] = x_write_onnx__mutmut_14 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_15'] = x_write_onnx__mutmut_15 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_16'] = x_write_onnx__mutmut_16 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_17'] = x_write_onnx__mutmut_17 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_18'] = x_write_onnx__mutmut_18 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_19'] = x_write_onnx__mutmut_19 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_20'] = x_write_onnx__mutmut_20 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_21'] = x_write_onnx__mutmut_21 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_22'] = x_write_onnx__mutmut_22 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_23'] = x_write_onnx__mutmut_23 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_24'] = x_write_onnx__mutmut_24 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_25'] = x_write_onnx__mutmut_25 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_26'] = x_write_onnx__mutmut_26 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_27'] = x_write_onnx__mutmut_27 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_28'] = x_write_onnx__mutmut_28 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_29'] = x_write_onnx__mutmut_29 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_30'] = x_write_onnx__mutmut_30 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_31'] = x_write_onnx__mutmut_31 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_32'] = x_write_onnx__mutmut_32 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_33'] = x_write_onnx__mutmut_33 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_34'] = x_write_onnx__mutmut_34 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_35'] = x_write_onnx__mutmut_35 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_36'] = x_write_onnx__mutmut_36 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_37'] = x_write_onnx__mutmut_37 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_38'] = x_write_onnx__mutmut_38 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_39'] = x_write_onnx__mutmut_39 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_40'] = x_write_onnx__mutmut_40 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_41'] = x_write_onnx__mutmut_41 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_42'] = x_write_onnx__mutmut_42 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_43'] = x_write_onnx__mutmut_43 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_44'] = x_write_onnx__mutmut_44 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_45'] = x_write_onnx__mutmut_45 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_46'] = x_write_onnx__mutmut_46 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_47'] = x_write_onnx__mutmut_47 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_48'] = x_write_onnx__mutmut_48 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_49'] = x_write_onnx__mutmut_49 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_50'] = x_write_onnx__mutmut_50 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_51'] = x_write_onnx__mutmut_51 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_52'] = x_write_onnx__mutmut_52 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_53'] = x_write_onnx__mutmut_53 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_54'] = x_write_onnx__mutmut_54 # type: ignore # mutmut generated
mutants_x_write_onnx__mutmut['x_write_onnx__mutmut_55'] = x_write_onnx__mutmut_55 # type: ignore # mutmut generated
mutants_x__strip_source_metadata__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__strip_source_metadata__mutmut)
def _strip_source_metadata(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = onnx.load(str(path))
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = ""
    onnx.save(model, str(path))


def x__strip_source_metadata__mutmut_orig(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = onnx.load(str(path))
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = ""
    onnx.save(model, str(path))


def x__strip_source_metadata__mutmut_1(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = None
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = ""
    onnx.save(model, str(path))


def x__strip_source_metadata__mutmut_2(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = onnx.load(None)
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = ""
    onnx.save(model, str(path))


def x__strip_source_metadata__mutmut_3(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = onnx.load(str(None))
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = ""
    onnx.save(model, str(path))


def x__strip_source_metadata__mutmut_4(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = onnx.load(str(path))
    graph = None
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = ""
    onnx.save(model, str(path))


def x__strip_source_metadata__mutmut_5(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = onnx.load(str(path))
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = None
    onnx.save(model, str(path))


def x__strip_source_metadata__mutmut_6(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = onnx.load(str(path))
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = "XXXX"
    onnx.save(model, str(path))


def x__strip_source_metadata__mutmut_7(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = onnx.load(str(path))
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = ""
    onnx.save(None, str(path))


def x__strip_source_metadata__mutmut_8(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = onnx.load(str(path))
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = ""
    onnx.save(model, None)


def x__strip_source_metadata__mutmut_9(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = onnx.load(str(path))
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = ""
    onnx.save(str(path))


def x__strip_source_metadata__mutmut_10(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = onnx.load(str(path))
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = ""
    onnx.save(model, )


def x__strip_source_metadata__mutmut_11(path: Path) -> None:
    """Drop the exporter's debugging metadata (Python stack traces with absolute source paths
    and line numbers, FX node dumps, the traced program's shape constraints): it leaks the
    exporting machine's paths, is a quarter of ENet's file, and makes the same weights export
    to different bytes from different checkouts or example sizes."""
    import onnx

    model = onnx.load(str(path))
    graph = model.graph
    del graph.metadata_props[:]
    for item in (*graph.node, *graph.input, *graph.output, *graph.value_info, *graph.initializer):
        del item.metadata_props[:]
        item.doc_string = ""
    onnx.save(model, str(None))

mutants_x__strip_source_metadata__mutmut['_mutmut_orig'] = x__strip_source_metadata__mutmut_orig # type: ignore # mutmut generated
mutants_x__strip_source_metadata__mutmut['x__strip_source_metadata__mutmut_1'] = x__strip_source_metadata__mutmut_1 # type: ignore # mutmut generated
mutants_x__strip_source_metadata__mutmut['x__strip_source_metadata__mutmut_2'] = x__strip_source_metadata__mutmut_2 # type: ignore # mutmut generated
mutants_x__strip_source_metadata__mutmut['x__strip_source_metadata__mutmut_3'] = x__strip_source_metadata__mutmut_3 # type: ignore # mutmut generated
mutants_x__strip_source_metadata__mutmut['x__strip_source_metadata__mutmut_4'] = x__strip_source_metadata__mutmut_4 # type: ignore # mutmut generated
mutants_x__strip_source_metadata__mutmut['x__strip_source_metadata__mutmut_5'] = x__strip_source_metadata__mutmut_5 # type: ignore # mutmut generated
mutants_x__strip_source_metadata__mutmut['x__strip_source_metadata__mutmut_6'] = x__strip_source_metadata__mutmut_6 # type: ignore # mutmut generated
mutants_x__strip_source_metadata__mutmut['x__strip_source_metadata__mutmut_7'] = x__strip_source_metadata__mutmut_7 # type: ignore # mutmut generated
mutants_x__strip_source_metadata__mutmut['x__strip_source_metadata__mutmut_8'] = x__strip_source_metadata__mutmut_8 # type: ignore # mutmut generated
mutants_x__strip_source_metadata__mutmut['x__strip_source_metadata__mutmut_9'] = x__strip_source_metadata__mutmut_9 # type: ignore # mutmut generated
mutants_x__strip_source_metadata__mutmut['x__strip_source_metadata__mutmut_10'] = x__strip_source_metadata__mutmut_10 # type: ignore # mutmut generated
mutants_x__strip_source_metadata__mutmut['x__strip_source_metadata__mutmut_11'] = x__strip_source_metadata__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Namedǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Namedǁforward__mutmut: MutantDict = {}  # type: ignore


class _Named(torch.nn.Module):
    """Gives the exported graph an input called `images`."""

    @_mutmut_mutated(mutants_xǁ_Namedǁ__init____mutmut)
    def __init__(self, model: torch.nn.Module):
        super().__init__()
        self.model = model

    def xǁ_Namedǁ__init____mutmut_orig(self, model: torch.nn.Module):
        super().__init__()
        self.model = model

    def xǁ_Namedǁ__init____mutmut_1(self, model: torch.nn.Module):
        super().__init__()
        self.model = None

    @_mutmut_mutated(mutants_xǁ_Namedǁforward__mutmut)
    def forward(self, images: torch.Tensor) -> torch.Tensor:
        return self.model(images)

    def xǁ_Namedǁforward__mutmut_orig(self, images: torch.Tensor) -> torch.Tensor:
        return self.model(images)

    def xǁ_Namedǁforward__mutmut_1(self, images: torch.Tensor) -> torch.Tensor:
        return self.model(None)

mutants_xǁ_Namedǁ__init____mutmut['_mutmut_orig'] = _Named.xǁ_Namedǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Namedǁ__init____mutmut['xǁ_Namedǁ__init____mutmut_1'] = _Named.xǁ_Namedǁ__init____mutmut_1 # type: ignore # mutmut generated

mutants_xǁ_Namedǁforward__mutmut['_mutmut_orig'] = _Named.xǁ_Namedǁforward__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Namedǁforward__mutmut['xǁ_Namedǁforward__mutmut_1'] = _Named.xǁ_Namedǁforward__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_model__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_model__mutmut)
def _check_model(path: Path) -> None:
    import onnx

    try:
        onnx.checker.check_model(str(path), full_check=True)
    except onnx.checker.ValidationError as err:
        raise ExportError(f"{path}: onnx.checker rejected the model ({str(err)[:200]})") from None


def x__check_model__mutmut_orig(path: Path) -> None:
    import onnx

    try:
        onnx.checker.check_model(str(path), full_check=True)
    except onnx.checker.ValidationError as err:
        raise ExportError(f"{path}: onnx.checker rejected the model ({str(err)[:200]})") from None


def x__check_model__mutmut_1(path: Path) -> None:
    import onnx

    try:
        onnx.checker.check_model(None, full_check=True)
    except onnx.checker.ValidationError as err:
        raise ExportError(f"{path}: onnx.checker rejected the model ({str(err)[:200]})") from None


def x__check_model__mutmut_2(path: Path) -> None:
    import onnx

    try:
        onnx.checker.check_model(str(path), full_check=None)
    except onnx.checker.ValidationError as err:
        raise ExportError(f"{path}: onnx.checker rejected the model ({str(err)[:200]})") from None


def x__check_model__mutmut_3(path: Path) -> None:
    import onnx

    try:
        onnx.checker.check_model(full_check=True)
    except onnx.checker.ValidationError as err:
        raise ExportError(f"{path}: onnx.checker rejected the model ({str(err)[:200]})") from None


def x__check_model__mutmut_4(path: Path) -> None:
    import onnx

    try:
        onnx.checker.check_model(str(path), )
    except onnx.checker.ValidationError as err:
        raise ExportError(f"{path}: onnx.checker rejected the model ({str(err)[:200]})") from None


def x__check_model__mutmut_5(path: Path) -> None:
    import onnx

    try:
        onnx.checker.check_model(str(None), full_check=True)
    except onnx.checker.ValidationError as err:
        raise ExportError(f"{path}: onnx.checker rejected the model ({str(err)[:200]})") from None


def x__check_model__mutmut_6(path: Path) -> None:
    import onnx

    try:
        onnx.checker.check_model(str(path), full_check=False)
    except onnx.checker.ValidationError as err:
        raise ExportError(f"{path}: onnx.checker rejected the model ({str(err)[:200]})") from None


def x__check_model__mutmut_7(path: Path) -> None:
    import onnx

    try:
        onnx.checker.check_model(str(path), full_check=True)
    except onnx.checker.ValidationError as err:
        raise ExportError(None) from None


def x__check_model__mutmut_8(path: Path) -> None:
    import onnx

    try:
        onnx.checker.check_model(str(path), full_check=True)
    except onnx.checker.ValidationError as err:
        raise ExportError(f"{path}: onnx.checker rejected the model ({str(None)[:200]})") from None


def x__check_model__mutmut_9(path: Path) -> None:
    import onnx

    try:
        onnx.checker.check_model(str(path), full_check=True)
    except onnx.checker.ValidationError as err:
        raise ExportError(f"{path}: onnx.checker rejected the model ({str(err)[:201]})") from None

mutants_x__check_model__mutmut['_mutmut_orig'] = x__check_model__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_model__mutmut['x__check_model__mutmut_1'] = x__check_model__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_model__mutmut['x__check_model__mutmut_2'] = x__check_model__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_model__mutmut['x__check_model__mutmut_3'] = x__check_model__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_model__mutmut['x__check_model__mutmut_4'] = x__check_model__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_model__mutmut['x__check_model__mutmut_5'] = x__check_model__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_model__mutmut['x__check_model__mutmut_6'] = x__check_model__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_model__mutmut['x__check_model__mutmut_7'] = x__check_model__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_model__mutmut['x__check_model__mutmut_8'] = x__check_model__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_model__mutmut['x__check_model__mutmut_9'] = x__check_model__mutmut_9 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_compare_backends__mutmut)
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


def x_compare_backends__mutmut_orig(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_1(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = None
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_2(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 1
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_3(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = None
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_4(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 1.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_5(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = None
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_6(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(None), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_7(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(None)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_8(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same = int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_9(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same -= int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_10(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int(None)
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_11(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(None) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_12(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(2) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_13(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) != lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_14(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(None)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_15(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(2)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_16(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total = la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_17(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total -= la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_18(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] / la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_19(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] / la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_20(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[1] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_21(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[3] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_22(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[4]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_23(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = None
    return same / max(total, 1), diff


def x_compare_backends__mutmut_24(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(None, float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_25(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, None)
    return same / max(total, 1), diff


def x_compare_backends__mutmut_26(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(float((la - lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_27(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, )
    return same / max(total, 1), diff


def x_compare_backends__mutmut_28(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float(None))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_29(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la + lb).abs().max()))
    return same / max(total, 1), diff


def x_compare_backends__mutmut_30(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same * max(total, 1), diff


def x_compare_backends__mutmut_31(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(None, 1), diff


def x_compare_backends__mutmut_32(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, None), diff


def x_compare_backends__mutmut_33(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(1), diff


def x_compare_backends__mutmut_34(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, ), diff


def x_compare_backends__mutmut_35(a, b, images: list[torch.Tensor]) -> tuple[float, float]:
    """Share of pixels with equal argmax, and the largest absolute logit difference."""
    same = total = 0
    diff = 0.0
    for x in images:
        la, lb = a(x), b(x)
        same += int((la.argmax(1) == lb.argmax(1)).sum())
        total += la.shape[0] * la.shape[2] * la.shape[3]
        diff = max(diff, float((la - lb).abs().max()))
    return same / max(total, 2), diff

mutants_x_compare_backends__mutmut['_mutmut_orig'] = x_compare_backends__mutmut_orig # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_1'] = x_compare_backends__mutmut_1 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_2'] = x_compare_backends__mutmut_2 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_3'] = x_compare_backends__mutmut_3 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_4'] = x_compare_backends__mutmut_4 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_5'] = x_compare_backends__mutmut_5 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_6'] = x_compare_backends__mutmut_6 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_7'] = x_compare_backends__mutmut_7 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_8'] = x_compare_backends__mutmut_8 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_9'] = x_compare_backends__mutmut_9 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_10'] = x_compare_backends__mutmut_10 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_11'] = x_compare_backends__mutmut_11 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_12'] = x_compare_backends__mutmut_12 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_13'] = x_compare_backends__mutmut_13 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_14'] = x_compare_backends__mutmut_14 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_15'] = x_compare_backends__mutmut_15 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_16'] = x_compare_backends__mutmut_16 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_17'] = x_compare_backends__mutmut_17 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_18'] = x_compare_backends__mutmut_18 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_19'] = x_compare_backends__mutmut_19 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_20'] = x_compare_backends__mutmut_20 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_21'] = x_compare_backends__mutmut_21 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_22'] = x_compare_backends__mutmut_22 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_23'] = x_compare_backends__mutmut_23 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_24'] = x_compare_backends__mutmut_24 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_25'] = x_compare_backends__mutmut_25 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_26'] = x_compare_backends__mutmut_26 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_27'] = x_compare_backends__mutmut_27 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_28'] = x_compare_backends__mutmut_28 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_29'] = x_compare_backends__mutmut_29 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_30'] = x_compare_backends__mutmut_30 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_31'] = x_compare_backends__mutmut_31 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_32'] = x_compare_backends__mutmut_32 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_33'] = x_compare_backends__mutmut_33 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_34'] = x_compare_backends__mutmut_34 # type: ignore # mutmut generated
mutants_x_compare_backends__mutmut['x_compare_backends__mutmut_35'] = x_compare_backends__mutmut_35 # type: ignore # mutmut generated
