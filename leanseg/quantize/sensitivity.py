"""`leanseg sensitivity --int8`: which layers lose most when quantized to int8, one at a time.

Mixed precision keeps the few layers that int8 hurts in fp32. To find them without one ONNX
Runtime calibration per layer, the check runs in PyTorch with the fake quantization of
quantization-aware training (`leanseg.quantize.fake_quant`), which rounds as ONNX Runtime's
QDQ quantizer does: batch norms folded (exact), then each convolution alone computes with int8
weights (per output channel) and an int8 input whose range is the min/max over calibration
images (ONNX Runtime's MinMax calibration), and the model is scored on (part of) val. The layers
whose drop exceeds a tolerance are the ones to pass to `leanseg quantize --keep-float`, which
takes these PyTorch layer names.
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn
from tqdm import tqdm

from leanseg.atomic import atomic_path
from leanseg.data import load_spec
from leanseg.evaluate import evaluate_model, validation_set
from leanseg.outputs import derived_output
from leanseg.quantize.fake_quant import fold_batchnorms, quantizable, quantize_module, release_qat
from leanseg.quantize.ptq import PtqConfig, calibration_images
from leanseg.runs import load_model, write_json


def input_ranges(model: nn.Module, layers: list[str], images: list[torch.Tensor]) -> dict:
    """Per layer, the (min, max) of its input over `images`, widened to include zero."""
    ranges: dict[str, torch.Tensor] = {}
    modules = dict(model.named_modules())

    def hook(name: str):
        def record(module, args):
            x = args[0].detach()
            seen = torch.stack([x.min().clamp(max=0), x.max().clamp(min=0)])
            old = ranges.get(name, seen)
            ranges[name] = torch.stack([torch.minimum(old[0], seen[0]),
                                        torch.maximum(old[1], seen[1])])  # fmt: skip

        return record

    handles = [modules[n].register_forward_pre_hook(hook(n)) for n in layers]
    try:
        with torch.no_grad():
            for x in images:
                model.eval()(x)
    finally:
        for h in handles:
            h.remove()
    return ranges


def int8_sensitivity(
    run: str | Path,
    val_images: int = 10,
    calibration: int = 8,
    tolerance: float = 0.005,
    size: tuple[int, int] | None = None,
    out: str | Path | None = None,
    progress: bool = True,
    overwrite: bool = False,
) -> dict:
    """Score `run` with each convolution alone in int8; write `int8-sensitivity.json` and
    `int8-sensitivity.png` to `out` (default `<run>-int8-sensitivity`) and return the JSON's
    content: per layer the mIoU and its drop, most sensitive first, and `keep_float`, the
    layers whose drop exceeds `tolerance` (mIoU, 0-1)."""
    out = derived_output(run, out, "int8-sensitivity", overwrite)
    model, header = load_model(run)
    spec = load_spec(header.dataset)
    val = validation_set(spec, val_images, size)
    fold_batchnorms(model)
    base = evaluate_model(model, val, False).miou
    layers = [name for name, _ in quantizable(model)]
    calib = calibration_images(spec, PtqConfig(images=calibration, size=size))
    ranges = input_ranges(model, layers, calib)
    modules = dict(model.named_modules())
    rows = []
    for name in tqdm(layers, desc="int8 sensitivity", disable=not progress):
        quantize_module(modules[name])
        modules[name].act_range.copy_(ranges[name])
        miou = evaluate_model(model, val, False).miou
        release_qat(modules[name])
        rows.append({"layer": name, "miou": miou, "drop": base - miou})
    rows.sort(key=lambda r: -r["drop"])
    result = {
        "run": str(run),
        "val_images": len(val),
        "calibration_images": len(calib),
        "base_miou": base,
        "tolerance": tolerance,
        "layers": rows,
        "keep_float": [r["layer"] for r in rows if r["drop"] > tolerance],
    }
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / "int8-sensitivity.json", result)
    _plot(rows, tolerance, out / "int8-sensitivity.png")
    return result


def _plot(rows: list[dict], tolerance: float, path: Path, top: int = 30) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shown = rows[:top][::-1]
    fig, ax = plt.subplots(figsize=(8, 0.25 * len(shown) + 1.5))
    colors = ["tab:red" if r["drop"] > tolerance else "tab:blue" for r in shown]
    ax.barh([r["layer"] for r in shown], [100 * r["drop"] for r in shown], color=colors)
    ax.axvline(100 * tolerance, color="k", lw=0.8, ls="--", label="tolerance")
    ax.set_xlabel("val mIoU lost with only this layer in int8 (points)")
    save_layer_plot(fig, ax, f"int8 sensitivity, the {len(shown)} most sensitive layers", path)


def save_layer_plot(fig, ax, title: str, path: Path) -> None:
    """Finish a per-layer bar chart (small layer names, a legend) and write it atomically as
    PNG; shared by the int8 and weight-sharing sensitivity plots."""
    import matplotlib.pyplot as plt

    ax.set_title(title)
    ax.tick_params(axis="y", labelsize=6)
    ax.legend(fontsize=7)
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", dpi=120)
    plt.close(fig)
