"""How far do batch-norm running statistics alone move a model's val mIoU?

Fine-tuning keeps batch norm's running statistics as a momentum-0.1 average, so at the end of an
epoch they mostly describe its last 20 or so batches. This script leaves the weights alone and
only refreshes the statistics of a trained model (no gradient step): from 20 augmented training
batches with the momentum (three shuffles), and as the plain average over one whole epoch
(`torch.optim.swa_utils.update_bn`, three shuffles). The spread of the first is noise that any
one fine-tuning epoch carries; the second shows how small it gets when averaged.

Run from the project root (about 6 minutes on 2 cores for ENet):
    .venv/bin/python benchmarks/bn_noise.py camvid-enet --dataset camvid:../shared/datasets/camvid
"""

from __future__ import annotations

import argparse
import copy
import json

import torch
from torch.optim.swa_utils import update_bn

from leanseg.config import load_config
from leanseg.data import load_spec
from leanseg.data.cache import CachedLoader, DecodedSplit
from leanseg.evaluate import evaluate_model, validation_set
from leanseg.runs import CONFIG, load_model, locate_model


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("run", help="run directory or pretrained name")
    parser.add_argument("--dataset", help="descriptor; default: the run's own")
    parser.add_argument("--batches", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=10)
    args = parser.parse_args()
    model, header = load_model(args.run)
    augment = load_config(locate_model(args.run)[0] / CONFIG, {}).augment
    spec = load_spec(args.dataset or header.dataset)
    val = validation_set(spec)
    train = DecodedSplit(spec, "train", "cpu", progress=False)

    def loader(seed: int) -> CachedLoader:
        return CachedLoader(train, augment, args.batch_size, torch.Generator().manual_seed(seed))

    def score(m: torch.nn.Module) -> float:
        return evaluate_model(m, val, progress=False).miou

    rows = {"as trained": score(model), "last batches": [], "one epoch averaged": []}
    for seed in range(3):
        torch.manual_seed(seed)  # ENet's Dropout2d draws from the global generator
        m = copy.deepcopy(model).train()
        with torch.no_grad():
            for _, (images, _) in zip(range(args.batches), loader(seed), strict=False):
                m(images)
        rows["last batches"].append(score(m))
        print("last batches", seed, rows["last batches"][-1], flush=True)
    for seed in range(7, 10):
        torch.manual_seed(seed)
        m = copy.deepcopy(model)
        update_bn(((images,) for images, _ in loader(seed)), m)  # momentum None: plain mean
        rows["one epoch averaged"].append(score(m))
        print("one epoch averaged", seed, rows["one epoch averaged"][-1], flush=True)
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
