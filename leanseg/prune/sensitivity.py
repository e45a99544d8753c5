"""`leanseg sensitivity`: how much each layer's channels matter, one layer at a time.

Each layer (the channels one set of modules computes) loses its lowest-L1 share of channels
at several ratios while all others stay; its batch-norm statistics are re-estimated on a few
training images (`recalibrate`), and the model is scored on (part of) val. The curves say which
layers can be cut hard; `layer_ratios` turns them into a per-layer plan for a global target:
every layer takes the largest tested ratio whose mIoU drop stays under a common tolerance, the
tolerance being the smallest that reaches the target (Li et al. 2017 prune sensitive layers less
in the same spirit). The target is a share of the channels, a cost (MACs, energy or measured
latency), or both: on ENet the layers that tolerate pruning are the cheap ones, so a plan for
half the channels alone removes little time.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from pathlib import Path

import torch
from torch import nn
from tqdm import tqdm

from leanseg.atomic import atomic_path
from leanseg.data import SegmentationDataset, load_spec
from leanseg.evaluate import evaluate_model, validation_set
from leanseg.jsonfile import read_json
from leanseg.outputs import derived_output
from leanseg.prune.criteria import ScoringContext, get_criterion
from leanseg.prune.graph import (
    ChannelUnit,
    PruningError,
    channel_units,
    remove_units,
    units_by_layer,
)
from leanseg.prune.recalibrate import recalibrate_bn
from leanseg.prune.runner import training_sample
from leanseg.prune.structured import cost_limit, select_by_plan
from leanseg.runs import load_model, write_json

BUDGETS = ("macs", "energy", "latency")  # macs, energy: a share of the parent's; latency: ms


def sensitivity(
    run: str | Path,
    ratios: tuple[float, ...] = (0.25, 0.5, 0.75),
    val_images: int = 10,
    target: float | None = None,
    out: str | Path | None = None,
    progress: bool = True,
    overwrite: bool = False,
    budget: tuple[str, float] | None = None,
    threads: int = 2,
    recalibrate: bool = True,
    curves: str | Path | None = None,
) -> dict:
    """Score every layer pruned alone at each ratio; write `sensitivity.json` and
    `sensitivity.png` to `out` (default `<run>-sensitivity`) and return the JSON's content.
    With `target` (a share of all channels) and/or `budget` (`("macs", share)`,
    `("energy", share)` or `("latency", ms)` on `threads` threads), also the per-layer plan.
    With `curves` (an earlier `sensitivity.json` of this run), its curves are reused rather than
    measured again (minutes to hours), and only the plan for the new target is derived."""
    if not ratios or not all(0 < r < 1 for r in ratios):
        raise PruningError(f"ratios must lie in (0, 1), got {list(ratios)}")
    if budget is not None and (budget[0] not in BUDGETS or budget[1] <= 0):
        raise PruningError(f"budget must be one of {', '.join(BUDGETS)} above 0, got {budget}")
    if curves is not None and target is None and budget is None:
        raise PruningError("reusing curves only derives a plan: give a target or a budget")
    out = derived_output(run, out, "sensitivity", overwrite)
    model, header = load_model(run)
    spec = load_spec(header.dataset)
    val = validation_set(spec, 1 if curves is not None else val_images)
    example = val[0][0][None]
    units = channel_units(model, example)
    scores = get_criterion("l1").scores(model, units, ScoringContext(example))
    layers = units_by_layer(units)
    if curves is not None:
        result = {**load_curves(curves, layers), "run": str(run), "curves_from": str(curves)}
    else:
        calibration = [x for x, _ in training_sample(spec, 8, (240, 320))] if recalibrate else []
        result = {
            "run": str(run),
            **_measure(model, units, scores, layers, val, ratios, calibration, progress),
        }
    if target is not None or budget is not None:
        fits = None
        if budget is not None:
            fits, result["budget"] = _budget_check(model, units, scores, example, budget, threads)
        result["target"] = target
        result["layer_ratios"] = layer_ratios(
            result["layers"], result["ratios"], result["base_miou"], target, fits
        )
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / "sensitivity.json", result)
    _plot(result["layers"], result["ratios"], result["base_miou"], out / "sensitivity.png")
    return result


def _measure(
    model: nn.Module,
    units: list[ChannelUnit],
    scores: torch.Tensor,
    layers: dict[str, list[int]],
    val: SegmentationDataset,
    ratios: tuple[float, ...],
    calibration: list[torch.Tensor],
    progress: bool,
) -> dict:
    """Each layer's mIoU with its lowest-L1 share of channels removed at each ratio."""
    parent = evaluate_model(model, val, False).miou
    # drops are measured from the parent with re-estimated statistics too, so that the sampling
    # noise of the re-estimation (ENet: 0.25 points with 8 images) is not counted as a loss
    base = (
        evaluate_model(recalibrate_bn(copy.deepcopy(model), calibration), val, False).miou
        if calibration
        else parent
    )
    curves: dict[str, dict] = {}
    bar = tqdm(total=len(layers) * len(ratios), desc="sensitivity", disable=not progress)
    for layer, idx in layers.items():
        order = sorted(idx, key=lambda i: float(scores[i]))
        miou = []
        for r in ratios:
            n = min(int(r * len(order)), len(order) - 1)
            trial = copy.deepcopy(model)
            remove_units(trial, [units[i] for i in order[:n]])
            recalibrate_bn(trial, calibration)
            miou.append(evaluate_model(trial, val, False).miou)
            bar.update()
        curves[layer] = {"channels": len(idx), "miou": miou}
    bar.close()
    return {
        "val_images": len(val),
        "ratios": list(ratios),
        "batch_norm_recalibrated": bool(calibration),
        "parent_miou": parent,
        "base_miou": base,
        "layers": curves,
    }


def load_curves(path: str | Path, layers: dict[str, list[int]]) -> dict:
    """The measured part of an earlier `sensitivity.json`, checked against the model's `layers`
    (curves of another model, or of this one after pruning, would give a meaningless plan)."""
    saved = read_json(path, PruningError, "sensitivity curves")
    problem = _curves_problem(saved)
    if problem:
        raise PruningError(f"{path}: cannot read sensitivity curves ({problem})")
    curves = saved["layers"]
    if {name: c["channels"] for name, c in curves.items()} != {
        name: len(idx) for name, idx in layers.items()
    }:
        raise PruningError(f"{path}: its curves were measured on a model with other layers")
    measured = ("val_images", "batch_norm_recalibrated", "parent_miou")
    return {
        **{k: saved[k] for k in measured if k in saved},
        "ratios": saved["ratios"],
        "base_miou": saved["base_miou"],
        "layers": curves,
    }


def _number(x: object) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


def _ratio(x: object) -> bool:
    """A share of a layer's channels that pruning can remove: a number in [0, 1)."""
    return _number(x) and 0 <= x < 1


def _curves_problem(saved: object) -> str | None:
    """What makes `saved` unusable as sensitivity curves, or None: every value the planner
    does arithmetic with is checked here, so that a hand-edited file fails in one line."""
    if not isinstance(saved, dict) or not {"layers", "ratios", "base_miou"} <= saved.keys():
        return "needs layers, ratios and base_miou"
    ratios, curves = saved["ratios"], saved["layers"]
    if not isinstance(ratios, list) or not all(_ratio(r) for r in ratios):
        return "ratios must be a list of numbers in [0, 1)"
    if not _number(saved["base_miou"]):
        return "base_miou must be a number"
    if not isinstance(curves, dict):
        return "layers must map layer names to curves"
    for name, c in curves.items():
        if not isinstance(c, dict) or not isinstance(c.get("miou"), list):
            return f"layer {name!r} has no miou list"
        if not (isinstance(c.get("channels"), int) and c["channels"] > 0):
            return f"layer {name!r}: channels must be a positive integer"
        if len(c["miou"]) != len(ratios) or not all(_number(m) for m in c["miou"]):
            return f"layer {name!r}: miou must hold one number per ratio"
    return None


def _budget_check(model, units, scores, example, budget, threads) -> tuple[Callable, dict]:
    """Whether a plan's pruned copy of `model` meets `budget`, and the budget as recorded."""
    kind, goal = budget
    measure, limit = cost_limit(kind, goal, model, example, threads)

    def fits(plan: dict[str, float]) -> bool:
        trial = copy.deepcopy(model)
        remove_units(trial, select_by_plan(units, scores, plan))
        return measure(trial, example) <= limit

    return fits, {"kind": kind, "value": goal, "limit": limit}


def layer_ratios(
    curves: dict[str, dict],
    ratios: list[float],
    base: float,
    target: float | None,
    fits: Callable[[dict[str, float]], bool] | None = None,
) -> dict[str, float]:
    """Per-layer ratios removing at least `target` of all channels (when given) and passing
    `fits` (a cost budget, when given) with the smallest common mIoU tolerance, each layer
    taking its largest ratio within it. A larger tolerance never prunes less, so the smallest
    one is found by bisection: `fits` may be costly (a pruned copy measured)."""
    drops = sorted({max(0.0, base - m) for c in curves.values() for m in c["miou"]} | {0.0})

    def plan_for(tol: float) -> dict[str, float]:
        return {name: _largest_within(ratios, c["miou"], base, tol) for name, c in curves.items()}

    def enough(tol: float) -> bool:
        plan = plan_for(tol)
        return (target is None or plan_share(curves, plan) >= target) and (
            fits is None or fits(plan)
        )

    if not enough(drops[-1]):
        goal = f"{target:.0%} of all channels" if target is not None else ""
        goal += (" and " if goal else "") + ("the budget" if fits is not None else "")
        raise PruningError(f"no tested ratios reach {goal}; test larger ratios")
    lo, hi = 0, len(drops) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if enough(drops[mid]):
            hi = mid
        else:
            lo = mid + 1
    return plan_for(drops[lo])


def plan_share(curves: dict[str, dict], plan: dict[str, float]) -> float:
    """The share of all channels of the sensitivity `curves`' layers that `plan` removes."""
    removed = sum(plan.get(name, 0.0) * c["channels"] for name, c in curves.items())
    return removed / sum(c["channels"] for c in curves.values())


def load_plan(path: str | Path) -> dict[str, float]:
    """The per-layer ratios (`layer_ratios`) of a `sensitivity.json` written with a target."""
    saved = read_json(path, PruningError, "sensitivity plan")
    plan = saved.get("layer_ratios") if isinstance(saved, dict) else None
    if not isinstance(plan, dict) or not all(_ratio(r) for r in plan.values()):
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
