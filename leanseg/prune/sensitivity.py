"""`leanseg sensitivity`: how much each layer's channels matter, one layer at a time.

Each layer (the channels one set of modules computes) loses its lowest-L1 share of channels
at several ratios while all others stay, and the model is scored on (part of) val. The curves
say which layers can be cut hard; `layer_ratios` turns them into a per-layer plan for a global
target: every layer takes the largest tested ratio whose mIoU drop stays under a common
tolerance, the tolerance being the smallest that reaches the target (Li et al. 2017 prune
sensitive layers less in the same spirit).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from tqdm import tqdm

from leanseg.atomic import atomic_path
from leanseg.data import load_spec
from leanseg.evaluate import evaluate_model, validation_set
from leanseg.prune.criteria import ScoringContext, get_criterion
from leanseg.prune.graph import PruningError, channel_units, remove_units, units_by_layer
from leanseg.runs import derived_output, load_model, write_json


def sensitivity(
    run: str | Path,
    ratios: tuple[float, ...] = (0.25, 0.5, 0.75),
    val_images: int = 10,
    target: float | None = None,
    out: str | Path | None = None,
    progress: bool = True,
    overwrite: bool = False,
) -> dict:
    """Score every layer pruned alone at each ratio; write `sensitivity.json` and
    `sensitivity.png` to `out` (default `<run>-sensitivity`) and return the JSON's content."""
    if not ratios or not all(0 < r < 1 for r in ratios):
        raise PruningError(f"ratios must lie in (0, 1), got {list(ratios)}")
    out = derived_output(run, out, "sensitivity", overwrite)
    model, header = load_model(run)
    spec = load_spec(header.dataset)
    val = validation_set(spec, val_images)
    example = val[0][0][None]
    units = channel_units(model, example)
    scores = get_criterion("l1").scores(model, units, ScoringContext(example))
    layers = units_by_layer(units)
    base = evaluate_model(model, val, False).miou
    curves: dict[str, dict] = {}
    bar = tqdm(total=len(layers) * len(ratios), desc="sensitivity", disable=not progress)
    for layer, idx in layers.items():
        order = sorted(idx, key=lambda i: float(scores[i]))
        miou = []
        for r in ratios:
            n = min(int(r * len(order)), len(order) - 1)
            trial = copy.deepcopy(model)
            remove_units(trial, [units[i] for i in order[:n]])
            miou.append(evaluate_model(trial, val, False).miou)
            bar.update()
        curves[layer] = {"channels": len(idx), "miou": miou}
    bar.close()
    result = {
        "run": str(run),
        "val_images": len(val),
        "ratios": list(ratios),
        "base_miou": base,
        "layers": curves,
    }
    if target is not None:
        result["target"] = target
        result["layer_ratios"] = layer_ratios(curves, list(ratios), base, target)
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / "sensitivity.json", result)
    _plot(curves, list(ratios), base, out / "sensitivity.png")
    return result


def layer_ratios(
    curves: dict[str, dict], ratios: list[float], base: float, target: float
) -> dict[str, float]:
    """Per-layer ratios removing at least `target` of all channels with the smallest common
    mIoU tolerance (each layer takes its largest ratio within it)."""
    total = sum(c["channels"] for c in curves.values())
    drops = sorted({max(0.0, base - m) for c in curves.values() for m in c["miou"]} | {0.0})
    for tol in drops:
        plan = {name: _largest_within(ratios, c["miou"], base, tol) for name, c in curves.items()}
        removed = sum(plan[n] * c["channels"] for n, c in curves.items())
        if removed >= target * total:
            return plan
    raise PruningError(f"no tested ratios reach {target:.0%} of all channels; test larger ratios")


def load_plan(path: str | Path) -> dict[str, float]:
    """The per-layer ratios (`layer_ratios`) of a `sensitivity.json` written with a target."""
    try:
        plan = json.loads(Path(path).read_text(encoding="utf-8")).get("layer_ratios")
    except (OSError, ValueError, AttributeError) as err:
        raise PruningError(f"{path}: cannot read a sensitivity plan ({err})") from None
    if not isinstance(plan, dict) or not all(
        isinstance(r, int | float) and 0 <= r < 1 for r in plan.values()
    ):
        raise PruningError(
            f"{path}: no per-layer ratios in [0, 1) (`layer_ratios`); run "
            "`leanseg sensitivity RUN --target SHARE` to make them"
        )
    return {str(k): float(v) for k, v in plan.items()}


def _largest_within(ratios: list[float], miou: list[float], base: float, tol: float) -> float:
    """The largest tested ratio whose mIoU drop stays within `tol` (0 when none does)."""
    return max([0.0] + [r for r, m in zip(ratios, miou, strict=True) if base - m <= tol])


def _plot(curves: dict[str, dict], ratios: list[float], base: float, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5))
    for name, c in curves.items():
        ax.plot([0.0] + ratios, [base] + c["miou"], lw=1, alpha=0.7, label=name[:28])
    ax.set_xlabel("share of the layer's channels removed")
    ax.set_ylabel("val mIoU")
    ax.set_title("Sensitivity of each layer to pruning (one layer at a time, L1 order)")
    if len(curves) <= 20:
        ax.legend(fontsize=6, ncol=2)
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", dpi=120)
    plt.close(fig)
