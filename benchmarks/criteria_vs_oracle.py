"""How well each pruning criterion predicts the oracle (the loss change when a channel is set to
zero), as Molchanov et al. (2017) measure it: Spearman rank correlation over all channel units
of the reference CamVid ENet, on the same sample of training images.

Run from the project root (about 10 minutes on one core):
    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/criteria_vs_oracle.py [--samples 4]
Writes benchmarks/results/criteria_vs_oracle.json.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch
from torch import nn

from leanseg.data import load_spec
from leanseg.prune.criteria import ScoringContext, get_criterion
from leanseg.prune.graph import channel_units
from leanseg.prune.runner import training_sample
from leanseg.runs import load_model

PARENT = Path("../shared/checkpoints/camvid-enet-gpu")


def ranks(x: torch.Tensor) -> torch.Tensor:
    """Average ranks (ties share their mean rank)."""
    order = torch.argsort(x, stable=True)
    r = torch.empty_like(x, dtype=torch.float64)
    r[order] = torch.arange(len(x), dtype=torch.float64)
    for value in x.unique():
        same = x == value
        r[same] = r[same].mean()
    return r


def spearman(a: torch.Tensor, b: torch.Tensor) -> float:
    ra, rb = ranks(a), ranks(b)
    ra, rb = ra - ra.mean(), rb - rb.mean()
    return float((ra * rb).sum() / (ra.norm() * rb.norm()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=4)
    args = parser.parse_args()
    model, header = load_model(PARENT)
    spec = load_spec(header.dataset)
    sample = training_sample(spec, args.samples, (240, 320))
    loss = nn.CrossEntropyLoss(ignore_index=spec.ignore_index)
    ctx = ScoringContext(sample[0][0][:1], sample, loss)
    units = channel_units(model, ctx.example)
    names = ("l1", "bn", "taylor", "energy")
    scores = {c: get_criterion(c).scores(model, units, ctx) for c in names}
    oracle = get_criterion("oracle").scores(model, units, ctx)
    finite = {c: torch.isfinite(s) for c, s in scores.items()}
    result = {
        "units": len(units),
        "samples": args.samples,
        "size": [240, 320],
        "spearman_with_oracle": {
            c: spearman(s[finite[c]], oracle[finite[c]]) for c, s in scores.items()
        },
    }
    print(json.dumps(result, indent=2))
    out = Path("benchmarks/results")
    out.mkdir(parents=True, exist_ok=True)
    (out / "criteria_vs_oracle.json").write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
