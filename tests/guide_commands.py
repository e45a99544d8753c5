"""Run every command the guides show, as written and in the site's order, on small data:
`make guides` (minutes; not part of `make test`, whose time it would double).

Each guide's ```bash blocks run in one fresh folder, one guide after another, so a command may
use what an earlier one made (the training guide's `runs/enet-robocup` is pruned by the pruning
guide). What a small machine cannot give is made small instead of left out: `../shared` is a
CamVid of a few images, and each leanseg command gets options appended that shrink its data
and work (a later option wins). The few commands that need what this machine lacks (several
GPUs, a ROS master, a PostgreSQL server) are named, with the test that covers them.

    .venv/bin/python tests/guide_commands.py [--keep DIR]

With `--keep DIR` the folder stays, and a second run in it goes on after the last command that
succeeded (`DIR/done.txt`), after the guide is mended.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import yaml
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "datasets" / "camvid"
TRAIN = ["--set", "crop=[72,96]", "--set", "batch_size=2", "--set", "workers=0"]
SMALLER = {  # command -> options appended
    "data synth": ["--count", "12", "--size", "96x72"],
    "train": ["--epochs", "1", "--set", "val_every=1", *TRAIN],
    "prune": ["--finetune-epochs", "1", "--samples", "2", *TRAIN],
    "sensitivity": ["--val-images", "2"],
    "quantize": ["--images", "2"],
    "quantize --method": ["--images", "2", "--finetune-epochs", "1", *TRAIN],
    "share-slopes": ["--finetune-epochs", "1", *TRAIN],
    "cluster": ["--finetune-epochs", "1", *TRAIN],
    "fit": ["--trials", "2", "--val-images", "2", "--sensitivity-images", "2"],
    "visualize": ["--images", "1"],
    "report": ["--images", "1", "--rounds", "1", "--size", "96x72"],
    "profile": ["--size", "96x72", "--runs", "2", "--warmup", "1"],
    "deploy": ["--val-images", "2"],
}
NOT_HERE = {  # a command's start -> why it does not run here, and what covers it instead
    "torchrun": "needs several GPUs (tests/test_train.py trains with two processes on the CPU)",
    "export ROS_PACKAGE_PATH": "sets up ROS (tests/test_deploy.py runs the node)",
    "roslaunch": "needs a ROS master (tests/test_deploy.py runs the node)",
}
NEEDS_SERVER = "--storage 'postgresql"
# exit 1 is a command's answer "the budget is not met" (docs/errors.md), not a failure: on nine
# images no trial of `fit` can meet a 30% floor on every class
ANSWERS_NO = {"fit"}


def not_here(command: str) -> str | None:
    """Why the command cannot run on this machine, or None."""
    if NEEDS_SERVER in command:
        return "needs a PostgreSQL server (tests/test_sweep_postgres.py starts one)"
    return next((why for start, why in NOT_HERE.items() if command.startswith(start)), None)


def guides() -> list[Path]:
    """The guides in the site's navigation order."""
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["nav"]
    pages = []
    for entry in nav:
        for value in entry.values():
            items = value if isinstance(value, list) else [{"": value}]
            pages += [p for item in items for p in item.values()]
    return [ROOT / "docs" / p for p in pages if (ROOT / "docs" / p).is_file()]


def commands(guide: Path) -> list[str]:
    """The shell commands of a guide's bash blocks, continuation lines joined; a heredoc stays
    one command with its lines."""
    found = []
    for block in re.findall(r"```bash\n(.*?)```", guide.read_text(), re.S):
        lines = iter(block.replace("\\\n", " ").splitlines())
        for line in lines:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            heredoc = re.search(r"<<'(\w+)'", line)
            if heredoc:
                body = []
                for more in lines:
                    body.append(more)
                    if more.strip() == heredoc.group(1):
                        break
                line = "\n".join([line, *body])
            found.append(line)
    return found


def argv_for(command: str) -> list[str]:
    """How the command runs here: leanseg commands with smaller work appended, python with this
    interpreter, shell lines through bash."""
    if "\n" in command or command.startswith("cat "):
        return ["bash", "-c", command]
    words = shlex.split(command, comments=True)
    if words[0] == "leanseg":
        key = " ".join(words[1:3]) if words[1] in ("data", "runs") else words[1]
        if key == "quantize" and "--method" in words and "qat" in words:
            key = "quantize --method"
        return [sys.executable, "-m", "leanseg", *words[1:], *SMALLER.get(key, [])]
    if words[0] == "python":
        return [sys.executable, *words[1:]]
    return ["bash", "-c", command]


def make_fixtures(work: Path) -> None:
    """What the guides take from the user: a CamVid of a few images as `../shared`, labelme
    annotations, cut-outs and backgrounds, a video, a camera image, a folder of images."""
    camvid = work.parent / "shared" / "datasets" / "camvid"
    for split, count in (("train", 6), ("val", 3)):
        lines = (SHARED / f"{split}.txt").read_text().splitlines()[:count]
        for line in lines:
            for rel in line.split():
                (camvid / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(SHARED / rel, camvid / rel)
        (camvid / f"{split}.txt").write_text("\n".join(lines) + "\n")
    rng = np.random.default_rng(0)
    shapes = json.loads((ROOT / "tests/fixtures/labelme/shapes.json").read_text())
    (work / "annotations").mkdir()
    (work / "labels.txt").write_text("\n".join(shapes["labels"]) + "\n")
    for name in ("a", "b"):  # the labelme test's two drawings, on 80x60 photos
        Image.new("RGB", (80, 60), (10, 20, 30)).save(work / "annotations" / f"{name}.png")
        record = {"shapes": shapes[name], "imagePath": f"{name}.png", "imageData": None,
                  "imageHeight": 60, "imageWidth": 80}  # fmt: skip
        (work / "annotations" / f"{name}.json").write_text(json.dumps(record))
    for cls in ("screw", "nut"):
        (work / "my_cutouts" / cls).mkdir(parents=True)
        rgba = rng.integers(0, 255, (24, 24, 4), dtype=np.uint8)
        rgba[..., 3] = 255
        Image.fromarray(rgba, "RGBA").save(work / "my_cutouts" / cls / "a.png")
    (work / "my_tables").mkdir()
    (work / "images").mkdir()
    for i in range(2):
        photo = Image.fromarray(rng.integers(0, 255, (72, 96, 3), dtype=np.uint8))
        photo.save(work / "my_tables" / f"{i}.jpg")
        photo.save(work / "images" / f"{i}.png")
    photo.save(work / "camera.png")
    _write_video(work / "video.mp4", rng)


def _write_video(path: Path, rng: np.random.Generator) -> None:
    import cv2

    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 5.0, (96, 72))
    for _ in range(5):
        writer.write(rng.integers(0, 255, (72, 96, 3), dtype=np.uint8))
    writer.release()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="run in this new folder and keep it")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp()) if args.keep is None else args.keep.resolve()
    work, log = base / "work", base / "done.txt"
    if not work.is_dir():
        work.mkdir(parents=True)
        shutil.copytree(ROOT / "configs", work / "configs")
        make_fixtures(work)
    finished = set(log.read_text().splitlines()) if log.is_file() else set()
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    ran, skipped, start = 0, [], time.time()
    try:
        for guide in guides():
            for command in commands(guide):
                label = f"{guide.name}: " + re.sub(r"\s+#.*", "", command.splitlines()[0])
                if label in finished:
                    continue
                why = not_here(command)
                if why:
                    skipped.append(f"{label} ({why})")
                    continue
                argv = argv_for(command)
                print(f"[{time.time() - start:5.0f} s] {label}", flush=True)
                done = subprocess.run(argv, cwd=work, env=env, capture_output=True, text=True,
                                      timeout=900)  # fmt: skip
                leanseg = argv[1:3] == ["-m", "leanseg"]
                answered_no = done.returncode == 1 and leanseg and argv[3] in ANSWERS_NO
                if done.returncode != 0 and not answered_no:
                    print(done.stdout[-3000:], done.stderr[-3000:], sep="\n", file=sys.stderr)
                    print(f"FAILED ({done.returncode}): {label}", file=sys.stderr)
                    return 1
                ran += 1
                with log.open("a") as f:
                    f.write(label + "\n")
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    print(f"{ran} commands ran in {time.time() - start:.0f} s; not here: {len(skipped)}")
    for label in skipped:
        print(f"  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
