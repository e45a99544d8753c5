"""Draw docs/synth_samples.png: a few generated RoboCup@Work scenes above their masks."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from leanseg.data.synth import SynthConfig, synthesize


def main(out: Path = Path("docs/synth_samples.png"), n: int = 4) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        spec = synthesize(Path(tmp) / "d", SynthConfig(count=n, seed=7), progress=False)
        palette = np.array(spec.palette(), dtype=np.uint8)
        columns = []
        for i in range(n):
            image = np.asarray(Image.open(spec.root / f"images/{i:06d}.jpg"))
            label = np.asarray(Image.open(spec.root / f"labels/{i:06d}.png"))
            columns.append(np.concatenate([image, palette[label]], axis=0))  # (2H, W, 3)
    out.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.concatenate(columns, axis=1)).save(out)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
