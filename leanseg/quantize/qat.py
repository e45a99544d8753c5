"""`leanseg quantize --method qat`: fine-tune with fake int8 quantization, then write the
int8 QDQ ONNX model the same way post-training quantization does.

The parent's batch norms are folded and its convolutions fake-quantize their weights and
inputs (`leanseg.quantize.fake_quant`) during a short fine-tuning with the parent's training
settings (`leanseg.finetune`); the weights it keeps (the last epoch's; val mIoU is measured
with fake quantization on) are exported and quantized by ONNX Runtime, whose per-channel
weight rounding is the one the network trained under. The fine-tuning run (its log and the
float weights) stays in `<out>/qat-training/`; the quantize run itself holds only
`model.int8.onnx`, so `evaluate`, `predict` and `profile` of it measure the int8 model.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from pathlib import Path

from leanseg.finetune import FinetuneConfig, finetune
from leanseg.outputs import derived_output
from leanseg.quantize.fake_quant import prepare_qat
from leanseg.quantize.ptq import PtqConfig, PtqResult, QuantizationError, write_int8
from leanseg.runs import load_model, parent_reference

TRAINING_DIR = "qat-training"


@dataclass(frozen=True)
class QatConfig:
    finetune_epochs: int = 3
    lr: float = 0.0  # 0: a tenth of the parent's
    distill: float = 0.0  # weight of distillation from the fp32 parent; 0: labels only
    finetune: dict = field(default_factory=dict)  # training settings (`--set`)
    export: PtqConfig = PtqConfig()  # calibration, keep_float, size and scoring of the export

    def __post_init__(self) -> None:
        """Refused when made, so a recipe or sweep grid fails before its first step runs."""
        if self.finetune_epochs < 1:
            raise QuantizationError(
                "quantization-aware training needs --finetune-epochs 1 or more; "
                "without training use --method ptq"
            )


def quantize_qat(
    parent: str | Path,
    cfg: QatConfig = QatConfig(),
    out: str | Path | None = None,
    progress: bool = True,
    overwrite: bool = False,
) -> PtqResult:
    """Quantization-aware fine-tuning of run `parent`, then its int8 ONNX model in the run
    directory `out` (default `<parent>-qat`); mIoU is reported against the parent's fp32."""
    out = derived_output(parent, out, "qat", overwrite)
    model, header = load_model(parent)
    reference = copy.deepcopy(model)  # the parent as it is, for the fp32 figure
    quantized = prepare_qat(model, cfg.export.per_channel, cfg.export.keep_float)
    settings = {"method": "qat", "finetune_epochs": cfg.finetune_epochs, "lr": cfg.lr,
                "distill": cfg.distill, "quantized_convolutions": quantized}  # fmt: skip
    child = replace(header, parent=parent_reference(parent), step="quantize", settings=settings)
    tune = FinetuneConfig(cfg.finetune_epochs, cfg.lr, cfg.distill, overrides=cfg.finetune)
    trained = finetune(model, child, parent, out / TRAINING_DIR, tune, progress)
    # No bias correction: it would pull the int8 model towards the float outputs of weights that
    # were trained for their quantized outputs.
    export = replace(cfg.export, bias_correction=False)
    return write_int8(trained, reference, header, parent, out, export, settings, progress)
