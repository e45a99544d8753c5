"""Draw docs/robocup_predictions.png: held-out synthetic RoboCup@Work test images, their true
masks and a model's predictions, one column per image (rows: image, truth, prediction).

    .venv/bin/python benchmarks/robocup_predictions.py runs/robocup-enet --dataset data/robocup
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from PIL import Image

from leanseg.data import load_spec
from leanseg.predict import open_predictor, to_tensor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("--dataset", required=True)
    parser.add_argument("--count", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path("docs/robocup_predictions.png"))
    args = parser.parse_args()
    spec = load_spec(args.dataset)
    net, header = open_predictor(args.model)
    palette = np.array(spec.palette(), dtype=np.uint8)
    lines = (spec.root / "test.txt").read_text().splitlines()[: args.count]
    columns = []
    for line in lines:
        image_file, label_file = line.split()
        image = np.asarray(Image.open(spec.root / image_file).convert("RGB"))
        truth = np.asarray(Image.open(spec.root / label_file))
        pred = net(to_tensor(image)).argmax(1)[0].numpy()  # (H, W)
        columns.append(np.concatenate([image, palette[truth], palette[pred]], axis=0))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.concatenate(columns, axis=1)).save(args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
