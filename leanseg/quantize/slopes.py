"""`leanseg share-slopes`: one PReLU slope per layer, so that an int8 model stays in int8.

ENet has a PReLU after nearly every convolution, with one slope per channel. ONNX Runtime has no
quantized PReLU: in an int8 model each of ENet's 89 PReLU nodes is dequantized, run in float and
quantized again, with layout changes around it, and int8 ENet runs slower than fp32
(BENCHMARKS.md, "int8 in ONNX Runtime"). A PReLU with a single slope is LeakyReLU, which ONNX
Runtime runs in int8 (QLinearLeakyRelu) and, in float, fuses into the convolution before it (the
export rewrite `rewrite_scalar_prelu`). This step gives every PReLU the mean of its slopes,
fine-tunes the network to the change, and writes a run directory whose channel plan records the
one-slope layers (`num_parameters: 1`), so every command rebuilds the model from its header.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from torch import nn

from leanseg.data import load_spec
from leanseg.errors import LeansegError
from leanseg.evaluate import evaluate_model, validation_set
from leanseg.finetune import FinetuneConfig, finetune
from leanseg.outputs import derived_output
from leanseg.runs import (
    load_model,
    parent_reference,
    write_json,
    write_lineage,
    write_model_run,
)


class SlopesError(LeansegError):
    """A model without per-channel PReLU slopes, or settings the step cannot use."""


@dataclass(frozen=True)
class SlopesConfig:
    finetune_epochs: int = 0
    lr: float = 0.0  # 0: the parent's / 10
    distill: float = 0.0  # weight of distillation from the parent in fine-tuning; 0: labels only
    finetune: dict = field(default_factory=dict)  # training settings (`--set`)
    val_images: int = 0  # val images scored; 0: all

    def __post_init__(self) -> None:
        """Refused when made, so a recipe fails before its first step runs."""
        if self.finetune_epochs < 0:
            raise SlopesError("--finetune-epochs must be 0 or more")
        if not 0 <= self.distill <= 1:
            raise SlopesError(f"--distill {self.distill}: use a weight from 0 to 1")


def share_slopes(model: nn.Module) -> dict[str, float]:
    """Replace every PReLU of `model` that has several slopes by a one-slope PReLU holding
    their mean, in place; returns each replaced layer's new slope by name."""
    shared = {}
    for parent_name, parent in list(model.named_modules()):
        for name, child in list(parent.named_children()):
            if isinstance(child, nn.PReLU) and child.num_parameters > 1:
                slope = float(child.weight.detach().mean())
                one = nn.PReLU(1, init=slope).to(child.weight.device, child.weight.dtype)
                setattr(parent, name, one)
                shared[f"{parent_name}.{name}" if parent_name else name] = slope
    return shared


def share_slopes_run(
    parent: str | Path,
    cfg: SlopesConfig = SlopesConfig(),
    out: str | Path | None = None,
    progress: bool = True,
    overwrite: bool = False,
) -> tuple[Path, float, float]:
    """Give run `parent`'s PReLUs one slope each, optionally fine-tune, and write the run
    `out` (step `slopes`); returns (out, parent val mIoU, val mIoU after)."""
    out = derived_output(parent, out, "slopes", overwrite)
    model, header = load_model(parent)
    if not any(isinstance(m, nn.PReLU) and m.num_parameters > 1 for m in model.modules()):
        raise SlopesError(f"{parent}: no PReLU with per-channel slopes to share")
    val = validation_set(load_spec(header.dataset), cfg.val_images)
    before = evaluate_model(model, val, progress)
    shared = share_slopes(model)
    child = replace(
        header,
        channels=header.plan_of(model),
        parent=parent_reference(parent),
        step="slopes",
        settings={**asdict(cfg), "layers": len(shared)},
    )
    untuned = after = evaluate_model(model, val, progress)
    if cfg.finetune_epochs:
        tune = FinetuneConfig(cfg.finetune_epochs, cfg.lr, cfg.distill, overrides=cfg.finetune)
        model = finetune(model, child, parent, out, tune, progress)
        after = evaluate_model(model, val, progress)
    write_model_run(out, child, model, after.to_dict())
    slopes = {n: float(m.weight.detach()) for n, m in model.named_modules()
              if isinstance(m, nn.PReLU) and n in shared}  # fmt: skip
    write_json(out / "slopes.json", {
        "miou": {"parent": before.miou, "shared": untuned.miou, "final": after.miou},
        "slopes": slopes,
    })  # fmt: skip
    write_lineage(out, "slopes", parent, finetune_epochs=cfg.finetune_epochs)
    return out, before.miou, after.miou
