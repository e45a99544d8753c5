"""`leanseg quantize --method ptq`: post-training static int8 quantization in ONNX Runtime.

The parent is exported to ONNX (or its `model.onnx` reused), ONNX Runtime's pre-processing
runs shape inference and graph fusion, and `quantize_static` writes a QDQ model: int8 weights
per output channel, int8 activations per tensor, scales calibrated on N training images with
a moving average of each image's range, MinMax, Entropy or Percentile, and the biases are
corrected for the mean shift rounding causes where that brings int8 closer to fp32
(`leanseg.quantize.bias_correction`). By default only the operators with weights are quantized
(their inputs and outputs), the places where quantization-aware training simulates it too;
`operators="all"` quantizes everything ONNX Runtime can, faster where it then runs whole chains
in int8 (ENet with one PReLU slope per layer), but less accurate where clipping residual sums
hurts (a pruned ENet lost most of a point that way). Operators left out run in float between
dequantize and quantize nodes; `keep_float` leaves more in fp32 (mixed precision) by node name
or operator type. The result is a run directory whose only model file is `model.int8.onnx`,
which `evaluate`, `predict` and
`profile` open like any other.
"""

from __future__ import annotations

import contextlib
import json
import logging
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np
import onnx
from torch import nn

from leanseg.atomic import atomic_path, new_folder
from leanseg.backends import OnnxBackend
from leanseg.data import SegmentationDataset, load_spec
from leanseg.data.transforms import eval_transform
from leanseg.errors import LeansegError
from leanseg.evaluate import evaluate_backend, validation_set
from leanseg.export import write_onnx
from leanseg.onnx_rewrites import (
    rewrite_index_offsets,
    rewrite_max_unpool,
    rewrite_scalar_prelu,
)
from leanseg.outputs import derived_output
from leanseg.quantize.bias_correction import correct_if_closer
from leanseg.runs import (
    FORMAT_FILES,
    ModelHeader,
    create_run,
    load_model,
    parent_reference,
    write_json,
    write_lineage,
)

INT8_FILE = FORMAT_FILES["onnx_int8"]
CALIBRATION = ("moving-average", "minmax", "entropy", "percentile")
# The operators quantized: those with weights, or (empty) every one ONNX Runtime can.
OPERATORS = {"conv": ("Conv", "ConvTranspose", "Gemm", "MatMul"), "all": ()}
ACTIVATIONS = ("uint8", "int8")


class QuantizationError(LeansegError):
    """Settings or a model that post-training quantization cannot handle."""


@dataclass(frozen=True)
class PtqConfig:
    # moving-average: each image's min and max averaged (ONNX Runtime's MinMax with
    # CalibMovingAverage), as QAT observes ranges; minmax: the extremes over all images
    calibration: str = "moving-average"  # | minmax | entropy | percentile
    operators: str = "conv"  # conv: those with weights | all: every one ONNX Runtime can
    images: int = 32  # training images the activation ranges are calibrated on
    per_channel: bool = True  # one weight scale per output channel
    keep_float: tuple[str, ...] = ()  # ONNX node names, operator types or layers left in fp32
    size: tuple[int, int] | None = None  # calibration and evaluation (H, W); None: native
    val_images: int = 0  # val images scored; 0: all
    seed: int = 0
    bias_correction: bool = True  # shift int8 biases back to the fp32 output means
    # uint8: ONNX Runtime's U8S8 kernels, its fast path on x86 (camvid-enet 97 -> 92 ms, one
    # thread) and ARM; int8 for runtimes that want signed activations. Both asymmetric, so the
    # same 256 levels: the choice moves speed, not accuracy.
    activations: str = "uint8"

    def __post_init__(self) -> None:
        """Refused when made, so a recipe or sweep grid fails before its first step runs."""
        if self.calibration not in CALIBRATION:
            raise QuantizationError(
                f"unknown calibration {self.calibration!r}; choose from {', '.join(CALIBRATION)}"
            )
        if self.images < 1:
            raise QuantizationError("calibration needs at least 1 image")
        if self.operators not in OPERATORS:
            raise QuantizationError(f"operators {self.operators!r}: use conv or all")
        if self.activations not in ACTIVATIONS:
            raise QuantizationError(f"activations {self.activations!r}: use uint8 or int8")


@dataclass
class PtqResult:
    run_dir: Path
    miou: tuple[float, float]  # fp32 ONNX, int8 ONNX
    bytes: tuple[int, int]
    nodes_in_fp32: list[str] = field(default_factory=list)


def quantize_ptq(
    parent: str | Path,
    cfg: PtqConfig = PtqConfig(),
    out: str | Path | None = None,
    progress: bool = True,
    overwrite: bool = False,
) -> PtqResult:
    """Quantize run `parent` to int8 and write the run directory `out` (default
    `<parent>-int8` beside it; in the working directory for a pretrained name)."""
    out = derived_output(parent, out, "int8", overwrite)
    model, header = load_model(parent)
    return write_int8(model, model, header, parent, out, cfg, {"method": "ptq"}, progress)


def write_int8(
    model: nn.Module,
    reference: nn.Module,
    header: ModelHeader,
    parent: str | Path,
    out: Path,
    cfg: PtqConfig,
    settings: dict,
    progress: bool = True,
) -> PtqResult:
    """Export `model` to ONNX, quantize it statically to int8 and write the run directory
    `out` (child of `parent`, described by the parent's `header`), scored against the fp32
    ONNX of `reference` (the model itself after post-training quantization; the parent after
    quantization-aware training). `settings` (with its `method`) go into the header and
    `quantize.json`. A failure removes the folder if this created it."""
    if not header.dataset:
        raise QuantizationError(f"{parent}: no dataset recorded with this model")
    with new_folder(out):
        spec = load_spec(header.dataset)
        calib = calibration_images(spec, cfg)
        val = validation_set(spec, cfg.val_images, cfg.size)
        with tempfile.TemporaryDirectory() as tmp:
            fp32 = Path(tmp) / "model.onnx"
            # Without the PReLU rewrite: it speeds up fp32 kernels, but quantized it adds four
            # quantize/dequantize pairs per PReLU (a larger, slower and less accurate int8 file).
            # The pooling rewrites touch index arithmetic and where values are scattered, so they
            # stay (camvid-enet int8: 63.0 -> 60.8 ms with the unpooling one, the same mIoU), and
            # one-slope PReLU becomes LeakyRelu, which ONNX Runtime runs in int8.
            write_onnx(model, calib[0], fp32, name=str(parent), rewrite=False)
            graph = onnx.load(str(fp32))
            rewrites = (rewrite_scalar_prelu, rewrite_index_offsets, rewrite_max_unpool)
            if sum(rewrite(graph) for rewrite in rewrites):
                onnx.save(graph, str(fp32))
            prepared = Path(tmp) / "prepared.onnx"
            _preprocess(fp32, prepared)
            excluded = _excluded_nodes(prepared, cfg.keep_float)
            with atomic_path(out / INT8_FILE) as int8:
                _quantize(prepared, int8, calib, cfg, excluded)
                images = [x.numpy() for x in calib]
                corrected, agreement = (
                    correct_if_closer(prepared, int8, images) if cfg.bias_correction else (0, [])
                )
            if reference is not model:
                fp32 = Path(tmp) / "reference.onnx"
                write_onnx(reference, calib[0], fp32, name=str(parent), rewrite=False)
            before = evaluate_backend(OnnxBackend(fp32), val, progress=progress)
            sizes = (fp32.stat().st_size, (out / INT8_FILE).stat().st_size)
        after = evaluate_backend(OnnxBackend(out / INT8_FILE), val, progress=progress)
        settings = {**settings, **asdict(cfg), "nodes_in_fp32": excluded,
                    "bias_corrected_layers": corrected,
                    "bias_correction_agreement": agreement}  # fmt: skip
        create_run(out, replace(header, parent=parent_reference(parent), step="quantize",
                                settings=settings))  # fmt: skip
        write_json(out / "metrics.json", {"split": "val", **after.to_dict()})
        ious = zip(header.classes, before.per_class_iou, after.per_class_iou, strict=True)
        write_json(out / "quantize.json", {
            **settings, "miou": [before.miou, after.miou], "bytes": list(sizes),
            "class_iou": [{"class": c, "fp32": a, "int8": b} for c, a, b in ious],
        })  # fmt: skip
        extra = {k: v for k, v in settings.items() if k in ("method", "finetune_epochs")}
        write_lineage(out, "quantize", parent, calibration=cfg.calibration, **extra)
        return PtqResult(out, (before.miou, after.miou), sizes, excluded)


def calibration_images(spec, cfg: PtqConfig) -> list:
    ds = SegmentationDataset(spec, "train", eval_transform(cfg.size))
    rng = np.random.default_rng(cfg.seed)
    idx = rng.permutation(len(ds))[: cfg.images]
    return [ds[int(i)][0][None] for i in idx]


def _preprocess(src: Path, dst: Path) -> None:
    """ONNX Runtime's recommended step before quantizing: shape inference and fusion."""
    from onnxruntime.quantization.shape_inference import quant_pre_process

    try:
        quant_pre_process(str(src), str(dst), skip_symbolic_shape=True)
    except Exception as err:  # onnxruntime raises untyped errors
        raise QuantizationError(f"{src}: ONNX Runtime pre-processing failed ({err})") from None


def _excluded_nodes(path: Path, keep_float: tuple[str, ...]) -> list[str]:
    """Names of the nodes `keep_float` names: by ONNX node name, operator type, or PyTorch
    layer name (the node whose weight is the initializer `model.<layer>.weight`, as the
    exporter names it; `leanseg sensitivity --int8` reports layers by these names)."""
    graph = onnx.load(str(path)).graph
    wanted = set(keep_float)
    layers = {f"model.{w}.weight": w for w in wanted}
    names, found = [], set()
    for n in graph.node:
        hits = {n.name, n.op_type, *(layers[i] for i in n.input if i in layers)} & wanted
        if hits:
            names.append(n.name)
            found |= hits
    unknown = wanted - found
    if unknown:
        raise QuantizationError(
            f"keep_float: no node, operator type or layer {', '.join(sorted(unknown))} in the graph"
        )
    return names


def _quantize(src: Path, dst: Path, calib: list, cfg: PtqConfig, excluded: list[str]) -> None:
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self.items = iter({"images": x.numpy()} for x in calib)

        def get_next(self):
            return next(self.items, None)

    method = {"moving-average": CalibrationMethod.MinMax, "minmax": CalibrationMethod.MinMax,
              "entropy": CalibrationMethod.Entropy,
              "percentile": CalibrationMethod.Percentile}[cfg.calibration]  # fmt: skip
    activations = {"uint8": QuantType.QUInt8, "int8": QuantType.QInt8}[cfg.activations]
    extra = {"ActivationSymmetric": False, "WeightSymmetric": True,
             "CalibMovingAverage": cfg.calibration == "moving-average"}  # fmt: skip
    types = OPERATORS[cfg.operators]  # none: ONNX Runtime's own list, every type it can
    operators = {"op_types_to_quantize": list(types)} if types else {}
    try:
        with _quiet_per_tensor_fallback():
            quantize_static(
                str(src), str(dst), Reader(), quant_format=QuantFormat.QDQ,
                per_channel=cfg.per_channel, activation_type=activations,
                weight_type=QuantType.QInt8, calibrate_method=method, nodes_to_exclude=excluded,
                extra_options=extra, **operators,
            )  # fmt: skip
    except Exception as err:  # onnxruntime raises untyped errors
        raise QuantizationError(f"{src}: ONNX Runtime quantization failed ({err})") from None


@contextlib.contextmanager
def _quiet_per_tensor_fallback() -> Iterator[None]:
    """ONNX Runtime warns through the root logger for every 1-D weight it quantizes per tensor
    instead of per channel (ENet's first batch norm, which pre-processing cannot fold into a
    convolution because a concatenation comes between): expected, and nothing a user can act on."""

    def keep(record: logging.LogRecord) -> bool:
        return "is out-of-range for weight" not in record.getMessage()

    root = logging.getLogger()
    root.addFilter(keep)
    try:
        yield
    finally:
        root.removeFilter(keep)


def format_quantize_report(run_dir: Path) -> str:
    r = json.loads((Path(run_dir) / "quantize.json").read_text(encoding="utf-8"))
    (m0, m1), (b0, b1) = r["miou"], r["bytes"]
    how = (
        f"quantization-aware training ({r['finetune_epochs']} epochs)"
        if r["method"] == "qat"
        else "post-training quantization"
    )
    lines = [
        f"int8 {how} ({r['calibration']}, {r['images']} images, "
        f"{'per-channel' if r['per_channel'] else 'per-tensor'} weights, "
        f"{r.get('operators', 'all')} operators)",
        f"file {b0 / 1e6:.3f} MB -> {b1 / 1e6:.3f} MB ({b0 / max(b1, 1):.1f}x smaller)",
        f"val mIoU {m0:.4f} (parent, fp32 ONNX) -> {m1:.4f} (int8) ({m1 - m0:+.4f})",
        f"run written to {run_dir}",
    ]
    if r["method"] == "ptq":  # QAT learns its biases under quantization: nothing to correct
        n, agreement = r.get("bias_corrected_layers", 0), r.get("bias_correction_agreement")
        note = f"biases corrected in {n} convolutions" if n else "no bias correction"
        if agreement:  # pixels predicted as fp32 does on the calibration images
            verdict = "kept" if n else "rejected"
            note = (f"{note} (correction {verdict}: agreement with fp32 {agreement[0]:.2%} "
                    f"without, {agreement[1]:.2%} with)")  # fmt: skip
        lines.insert(1, note)
    return "\n".join(lines)
