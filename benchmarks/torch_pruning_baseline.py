"""torch-pruning's default magnitude pruner next to leanseg's L1 criterion, same model, same
ratio, no fine-tuning: does it run, and what does it keep?

Run from the project root (a few minutes on 2 cores):
    .venv/bin/python benchmarks/torch_pruning_baseline.py
Writes benchmarks/results/torch_pruning_baseline.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
import torch_pruning as tp

from leanseg.data import SegmentationDataset, load_spec
from leanseg.data.transforms import eval_transform
from leanseg.measure.macs import layer_costs
from leanseg.prune.runner import PruneConfig, evaluate_model, prune_run
from leanseg.runs import load_model
from leanseg.train import class_dependent_keys

RUNS = {
    "enet": Path("../shared/checkpoints/camvid-enet-gpu"),
    "segnet_basic": Path("leanseg/pretrained/camvid-segnet_basic"),
}
RATIO = 0.5


def with_torch_pruning(run: Path) -> dict:
    model, header = load_model(run)
    spec = load_spec(header.dataset)
    val = SegmentationDataset(spec, "val", eval_transform(None))
    x = val[0][0][None]
    classifier = {k.rsplit(".", 1)[0] for k in class_dependent_keys(header)}
    ignored = [model.get_submodule(name) for name in classifier]
    pruner = tp.pruner.MagnitudePruner(
        model, x, importance=tp.importance.MagnitudeImportance(p=1),
        pruning_ratio=RATIO, ignored_layers=ignored,
    )  # fmt: skip
    try:
        pruner.step()
        with torch.no_grad():
            model.eval()(x)
    except Exception as err:  # what a user of the library meets
        return {"error": f"{type(err).__name__}: {str(err).splitlines()[0][:200]}"}
    return {
        "params": sum(p.numel() for p in model.parameters()),
        "macs": sum(c.macs for c in layer_costs(model, x)),
        "miou": evaluate_model(model, val, False).miou,
    }


def with_leanseg(run: Path, name: str, recalibrate: bool = True) -> dict:
    """leanseg's L1 pruning; `recalibrate=False` keeps the parent's batch-norm statistics, as
    torch-pruning does, so the criteria and the statistics can be told apart."""
    cfg = PruneConfig(criterion="l1", ratio=RATIO, recalibrate_bn=recalibrate)
    out = Path("runs/bench-tp") / f"{name}-{'bn' if recalibrate else 'stale'}"
    result = prune_run(run, cfg, out, progress=False, overwrite=True)
    return {"params": result.params[1], "macs": result.macs[1], "miou": result.miou[1],
            "parent_params": result.params[0], "parent_macs": result.macs[0],
            "parent_miou": result.miou[0]}  # fmt: skip


def main() -> None:
    rows = {name: {"torch_pruning": with_torch_pruning(run), "leanseg": with_leanseg(run, name),
                   "leanseg_parent_bn": with_leanseg(run, name, recalibrate=False)}
            for name, run in RUNS.items()}  # fmt: skip
    print(json.dumps(rows, indent=2))
    out = Path("benchmarks/results")
    out.mkdir(parents=True, exist_ok=True)
    (out / "torch_pruning_baseline.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
