"""`leanseg fit RUN --max-size 300KB --max-latency 40ms`: the most accurate model of RUN's
compressions that meets every limit, measured on this machine.

A trial is a pruning share (0 keeps every channel) followed by one compression: none, int8
post-training quantization, or k-means weight sharing with 4, 5 or 6 bits coded into a `.lsz`
file (with `cluster --float16`). Pruning follows a sensitivity plan: `leanseg sensitivity`
prunes each layer alone first, and a share is reached by cutting the layers that tolerate it
most (`layer_ratios`), not every layer alike. The same curves choose the first steps: the
parent, each compression alone, then 5-bit sharing on the largest share whose plan is predicted
to stay within the allowed mIoU drop. Then the search walks the grid from the best trial so far
(the most accurate that fits, else the nearest miss: minus its overshoots relative to each
limit) to its unmeasured neighbours, one pruning share or compression level away; when every
measured trial's neighbours are measured, Optuna's TPE sampler, started from the same trials,
proposes the rest. A combination is measured once however often it is proposed, and each trial
records why it was chosen. Every trial is measured, not estimated: smallest file, ONNX Runtime
latency (MACs often fail to predict speed), energy, val mIoU and per-class IoU.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from leanseg.analysis.measure import measure_run
from leanseg.atomic import check_not_input
from leanseg.errors import LeansegError
from leanseg.measure.budget import parse_limit
from leanseg.outputs import default_output
from leanseg.runs import model_inputs, resolve_model_path, write_json

RATIOS = (0.0, 0.25, 0.5, 0.75)
COMPRESSIONS = ("none", "int8", "lsz6", "lsz5", "lsz4")  # from the largest file to the smallest
DEFAULT_DROP = 1.0  # points of mIoU a guided first step may lose when no --max-miou-drop is set


class FitError(LeansegError):
    """No trial met the limits (the message names the closest one), or bad limits."""


@dataclass(frozen=True)
class FitConfig:
    max_size: str | None = None  # e.g. "300KB": the smallest model file of the result
    max_latency: str | None = None  # e.g. "40ms": ONNX Runtime median here
    max_energy: str | None = None  # e.g. "5mJ": leanseg's energy model
    max_miou_drop: float | None = None  # points below the parent's val mIoU
    min_class_iou: float | None = None  # every class present in val at least this IoU
    trials: int = 12
    threads: int = 2
    val_images: int = 0
    finetune_epochs: int = 0  # after pruning and after weight sharing, in every trial
    sensitivity_images: int = 10  # val images the per-layer sensitivity is scored on
    recalibrate_bn: bool = True  # batch-norm statistics re-estimated after pruning (prune's)
    seed: int = 0


def guide(parent: Path, cfg: FitConfig, out: Path, progress: bool = False) -> dict[str, Any]:
    """Per-layer sensitivity of `parent`: for each pruning share, the plan that reaches it with
    the smallest per-layer mIoU loss, the loss predicted for the whole plan (`predicted_drop`:
    the sum of its layers' own losses; pruned together without fine-tuning, layers usually lose
    more), and the first steps it suggests."""
    from leanseg.prune.sensitivity import layer_ratios, sensitivity

    levels = tuple(r for r in RATIOS if r > 0)
    result = sensitivity(parent, levels, cfg.sensitivity_images, out=out, progress=progress,
                         overwrite=True, recalibrate=cfg.recalibrate_bn)  # fmt: skip
    curves, base = result["layers"], result["base_miou"]
    plans, drops = {}, {}
    for share in levels:
        plan = layer_ratios(curves, list(levels), base, share)
        plans[share] = plan
        drops[share] = sum(  # first order: the layers' own losses add up
            max(0.0, base - c["miou"][levels.index(plan[n])]) for n, c in curves.items() if plan[n]
        )
    allowed = (cfg.max_miou_drop if cfg.max_miou_drop is not None else DEFAULT_DROP) / 100
    within = [s for s in levels if drops[s] <= allowed]
    share = max(within, default=levels[0])
    if within:
        reason = (f"{share:.0%} of the channels is the largest share whose plan loses at most "
                  f"{drops[share]:.2%} mIoU, its layers' own losses summed (allowed "
                  f"{allowed:.2%})")  # fmt: skip
    else:
        reason = (f"no share's plan stays within {allowed:.2%} mIoU; the smallest, "
                  f"{share:.0%}, loses {drops[share]:.2%}, its layers' losses summed")  # fmt: skip
    return {
        "plans": plans,
        "predicted_drop": drops,
        "allowed_drop": allowed,
        "reason": reason,
        "first_steps": [(0.0, "none"), (0.0, "int8"), (0.0, "lsz5"), (share, "lsz5")],
    }


def _build(parent: Path, ratio: float, compression: str, out: Path, cfg: FitConfig,
           plans: dict[float, dict[str, float]]) -> Path:  # fmt: skip
    """The trial's run directory: prune by the sensitivity plan (if ratio > 0), then compress."""
    from leanseg.compress.steps import ClusterConfig, cluster_run, encode_run
    from leanseg.prune.runner import PruneConfig, prune_run
    from leanseg.quantize.ptq import PtqConfig, quantize_ptq

    base, val, epochs = parent, cfg.val_images, cfg.finetune_epochs
    if ratio > 0:
        prune = PruneConfig(criterion="l1", layer_ratios=plans[ratio], finetune_epochs=epochs,
                            val_images=val, recalibrate_bn=cfg.recalibrate_bn)  # fmt: skip
        base = prune_run(parent, prune, out / "pruned", progress=False, overwrite=True).run_dir
    if compression == "int8":
        ptq = PtqConfig(val_images=val)
        return quantize_ptq(base, ptq, out / "int8", progress=False, overwrite=True).run_dir
    if compression.startswith("lsz"):
        # float16 batch norm, biases and codebooks: a smaller file for a rounding that costs
        # hundredths of a point (CamVid ENet's 4-bit sharing: none measurable)
        share = ClusterConfig(bits={"default": int(compression[3:])}, finetune_epochs=epochs,
                              val_images=val, float16=True)  # fmt: skip
        shared, _, _ = cluster_run(base, share, out / "shared", progress=False, overwrite=True)
        return encode_run(shared, out / "lsz", overwrite=True)[0]
    return base


def violations(m: dict[str, Any], cfg: FitConfig, parent_miou: float) -> list[str]:
    """Each limit the measured trial breaks, with how far, as a readable phrase."""
    return [phrase for phrase, _ in _broken(m, cfg, parent_miou)]


def shortfall(m: dict[str, Any], cfg: FitConfig, parent_miou: float) -> float:
    """How far the trial is from meeting every limit: its overshoots relative to each limit,
    summed (0 when it fits), so the search can tell a near miss from a far one."""
    return sum(over for _, over in _broken(m, cfg, parent_miou))


def _broken(m: dict[str, Any], cfg: FitConfig, parent_miou: float) -> list[tuple[str, float]]:
    out = []
    if cfg.max_size and m["bytes"] > (limit := parse_limit("size", cfg.max_size)):
        out.append((f"size {m['bytes'] / 1e3:.0f} KB > {limit / 1e3:.0f} KB",
                    m["bytes"] / limit - 1))  # fmt: skip
    if cfg.max_latency and m["latency_ms"] > (limit := parse_limit("latency", cfg.max_latency)):
        out.append((f"latency {m['latency_ms']:.1f} ms > {limit:.1f} ms",
                    m["latency_ms"] / limit - 1))  # fmt: skip
    if cfg.max_energy and m["energy_mj"] > (limit := parse_limit("energy", cfg.max_energy)):
        out.append((f"energy {m['energy_mj']:.2f} mJ > {limit:.2f} mJ",
                    m["energy_mj"] / limit - 1))  # fmt: skip
    floor = parent_miou - (cfg.max_miou_drop or 0) / 100
    if cfg.max_miou_drop is not None and m["miou"] < floor:
        out.append((f"mIoU {m['miou']:.2%} more than {cfg.max_miou_drop:g} points below "
                    f"{parent_miou:.2%}", (floor - m["miou"]) / max(floor, 1e-9)))  # fmt: skip
    if cfg.min_class_iou is not None and m["min_class_iou"] < cfg.min_class_iou:
        out.append((f"a class at {m['min_class_iou']:.2%} IoU < {cfg.min_class_iou:.0%}",
                    (cfg.min_class_iou - m["min_class_iou"]) / cfg.min_class_iou))  # fmt: skip
    return out


def _score(t: dict[str, Any]) -> float:
    """What the search maximises: mIoU when the trial fits, else minus its shortfall; a trial
    that failed scores below every measured one."""
    if "error" in t:
        return -math.inf
    return t["miou"] if not t["breaks"] else -t["shortfall"]


def next_to_best(
    trials: list[dict[str, Any]], measured: dict[tuple[float, str], float]
) -> tuple[tuple[float, str] | None, str]:
    """The next trial and why: an unmeasured neighbour on the (pruning share, compression)
    grid of the best trial so far (the most accurate that fits, else the nearest miss), then of
    the next best; (None, ...) when every trial's neighbours are measured, for Optuna's sampler.
    Neighbours that compress more come first when the trial misses, less when it fits."""
    for t in sorted(trials, key=_score, reverse=True):
        r, c = RATIOS.index(t["ratio"]), COMPRESSIONS.index(t["compression"])
        more = [(r, c + 1), (r + 1, c)]
        less = [(r, c - 1), (r - 1, c)]
        for i, j in less + more if not t["breaks"] else more + less:
            if 0 <= i < len(RATIOS) and 0 <= j < len(COMPRESSIONS):
                step = (RATIOS[i], COMPRESSIONS[j])
                if step not in measured:
                    state = ("failed" if "error" in t else "fits" if not t["breaks"]
                             else f"misses by {t['shortfall']:.1%}")  # fmt: skip
                    return step, (f"next to trial {t['trial']} ({state}), the best with an "
                                  "unmeasured neighbour")  # fmt: skip
    return None, "Optuna's TPE sampler (every measured trial's neighbours are measured)"


def fit(
    run: str | Path, cfg: FitConfig, out: str | Path | None = None, progress: bool = True
) -> dict[str, Any]:
    """Search, write `out/fit.json` (every trial, its figures and broken limits, the choice),
    and return the record; raises FitError naming the closest trial when none fits."""
    import optuna

    from leanseg.data import load_spec
    from leanseg.evaluate import validation_set
    from leanseg.runs import read_header

    for kind, limit in (("size", cfg.max_size), ("latency", cfg.max_latency),
                        ("energy", cfg.max_energy)):  # fmt: skip
        if limit:
            parse_limit(kind, limit)  # refuse a typo before the first trial
    parent = resolve_model_path(run)
    out = Path(out) if out else default_output(parent, "fit")
    check_not_input(out, model_inputs(parent))
    val = validation_set(load_spec(read_header(parent).dataset), cfg.val_images)
    size = tuple(val[0][0].shape[-2:])
    guided = guide(parent, cfg, out / "sensitivity", progress)
    print(f"sensitivity: {guided['reason']}", flush=True)
    trials: list[dict[str, Any]] = []
    measured: dict[tuple[float, str], float] = {}  # (ratio, compression) -> objective
    parent_miou = 0.0

    def run_trial(ratio: float, compression: str, why: str) -> float:
        nonlocal parent_miou
        number = len(trials)
        folder = out / "trials" / f"{number:02d}-r{ratio}-{compression}"
        try:
            run_dir = _build(parent, ratio, compression, folder, cfg, guided["plans"])
            m = measure_run(run_dir, val, size, cfg.threads)
        except LeansegError as err:  # this combination's own problem: the search goes on
            failure = {"why": why, "error": str(err), "breaks": [f"failed: {err}"]}
            trials.append({"trial": number, "ratio": ratio, "compression": compression, **failure})
            print(f"trial {number:2d}: ratio {ratio:<4} {compression:<5} failed: {err}", flush=True)
            measured[ratio, compression] = -math.inf
            return measured[ratio, compression]
        if ratio == 0 and compression == "none":
            parent_miou = m["miou"]
        m |= {"trial": number, "ratio": ratio, "compression": compression, "why": why}
        m["breaks"] = violations(m, cfg, parent_miou)
        m["shortfall"] = shortfall(m, cfg, parent_miou)
        trials.append(m)
        verdict = "fits" if not m["breaks"] else "breaks " + "; ".join(m["breaks"])
        figures = f"mIoU {m['miou']:.2%} {m['bytes'] / 1e3:7.0f} KB {m['latency_ms']:6.1f} ms"
        print(f"trial {number:2d}: ratio {ratio:<4} {compression:<5} {figures} {verdict}",
              flush=True)  # fmt: skip
        measured[ratio, compression] = _score(m)
        return measured[ratio, compression]

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    first = guided["first_steps"][: cfg.trials]
    # the guided first steps stand in for TPE's random start-up trials: it models from them on
    sampler = optuna.samplers.TPESampler(n_startup_trials=len(first), seed=cfg.seed)
    study = optuna.create_study(direction="maximize", sampler=sampler)
    planned = [(step, "a sensitivity-guided first step") for step in first]
    goal = min(cfg.trials, len(RATIOS) * len(COMPRESSIONS))
    for _ in range(50 * goal):  # a cap on proposals; repeats are answered from `measured`
        if len(measured) >= goal:
            break
        step, why = planned.pop(0) if planned else next_to_best(trials, measured)
        if step is not None:
            study.enqueue_trial({"ratio": RATIOS.index(step[0]),
                                 "compression": COMPRESSIONS.index(step[1])})  # fmt: skip
        trial = study.ask()
        # ordered levels, not categories: a near miss lies next door
        ratio = RATIOS[trial.suggest_int("ratio", 0, len(RATIOS) - 1)]
        compression = COMPRESSIONS[trial.suggest_int("compression", 0, len(COMPRESSIONS) - 1)]
        known = measured.get((ratio, compression))
        value = known if known is not None else run_trial(ratio, compression, why)
        study.tell(trial, value)
    fitting = [t for t in trials if not t["breaks"]]
    record: dict[str, Any] = {"settings": asdict(cfg), "parent": str(parent),
                              "parent_miou": parent_miou, "sensitivity": guided,
                              "trials": trials}  # fmt: skip
    if fitting:
        best = max(fitting, key=lambda t: (t["miou"], -t["bytes"]))
        record["chosen"] = best
        record["reason"] = (
            f"trial {best['trial']} is the most accurate of {len(fitting)} trials that meet "
            f"every limit (of {len(trials)} measured)"
        )
    write_json(out / "fit.json", record)
    if not fitting:
        ran = [t for t in trials if "error" not in t]
        if not ran:
            raise FitError(f"every trial of {len(trials)} failed; the first: {trials[0]['error']}")
        closest = min(ran, key=lambda t: (t["shortfall"], -t["miou"]))
        raise FitError(
            f"no trial of {len(trials)} meets the limits; closest: trial {closest['trial']} "
            f"(ratio {closest['ratio']}, {closest['compression']}): {'; '.join(closest['breaks'])}"
        )
    return record
