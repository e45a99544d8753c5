"""A sensitivity plan as fast as a reference pruned model: which keeps more at the same speed?

`leanseg sensitivity RUN --target-latency MS` derives the plan with one latency measurement per
bisection step (with `--curves`, from an earlier `sensitivity.json`). This script does the same,
with MS taken from a reference model measured in the same process and the median of three
measurements per step, so that the plan and the reference are timed alike on a drifting VM.

Run from the project root (about 2 minutes for ENet):
    .venv/bin/python benchmarks/plan_at_latency.py camvid-enet SENSITIVITY.json REFERENCE_RUN \
        --target 0.5 --out benchmarks/results/enet_plan_at_l1_latency.json
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics

import torch

from leanseg.prune.criteria import ScoringContext, get_criterion
from leanseg.prune.graph import channel_units, remove_units, units_by_layer
from leanseg.prune.sensitivity import layer_ratios, load_curves, plan_share
from leanseg.prune.structured import onnx_milliseconds, select_by_plan
from leanseg.runs import load_model


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("run", help="the parent the sensitivity was measured on")
    parser.add_argument("sensitivity", help="its sensitivity.json (the per-layer curves)")
    parser.add_argument("reference", help="a pruned run whose latency the plan must match")
    parser.add_argument("--target", type=float, default=0.5, help="least share of channels")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--size", default="480x360")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    model, _ = load_model(args.run)
    w, h = (int(v) for v in args.size.split("x"))
    x = torch.randn(1, 3, h, w)
    units = channel_units(model, x)
    curves = load_curves(args.sensitivity, units_by_layer(units))
    scores = get_criterion("l1").scores(model, units, ScoringContext(x))

    def ms(m: torch.nn.Module) -> float:
        return statistics.median(onnx_milliseconds(m, x, args.threads) for _ in range(3))

    limit = ms(load_model(args.reference)[0])
    print(f"reference {limit:.1f} ms", flush=True)

    def fits(plan: dict[str, float]) -> bool:
        trial = copy.deepcopy(model)
        remove_units(trial, select_by_plan(units, scores, plan))
        took = ms(trial)
        print(f"  plan {took:.1f} ms", flush=True)
        return took <= limit

    layers = curves["layers"]
    plan = layer_ratios(layers, curves["ratios"], curves["base_miou"], args.target, fits)
    share = plan_share(layers, plan)
    print(f"plan removes {share:.1%} of the channels")
    result = {"layer_ratios": plan, "limit_ms": limit, "threads": args.threads, "share": share}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
