"""Images per second of `leanseg data synth` on one core (target: at least 50 at 320x240).

Run: OMP_NUM_THREADS=1 taskset -c 0 .venv/bin/python benchmarks/synth_speed.py --count 500
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from leanseg.data.synth import SynthConfig, synthesize


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--size", default="320x240")
    args = parser.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        synthesize(Path(tmp) / "d", SynthConfig(count=args.count, size=(w, h)), progress=False)
        seconds = time.perf_counter() - start
    print(f"{args.count} images at {w}x{h} in {seconds:.1f} s: {args.count / seconds:.1f} images/s")


if __name__ == "__main__":
    main()
