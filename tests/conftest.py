"""Shared fixtures: small datasets generated in code, never downloaded."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import yaml
from PIL import Image

CHROMIUM = shutil.which("chromium")
NO_CHROMIUM = "Chromium is not installed; as root: bash .ci/system-packages"
# Added to a copy of a page by the tests only: what Chromium loaded, as the page's title.
PROBE = """<script>
window.onerror = function (m) { document.title = "script error: " + m; };
window.addEventListener("load", function () {
  var imgs = Array.from(document.images);
  var bad = imgs.filter(function (i) { return !i.complete || i.naturalWidth === 0; });
  var nav = document.querySelectorAll("nav a[href]").length;
  if (!document.title.startsWith("script error"))
    document.title = "loaded " + (imgs.length - bad.length) + " of " + imgs.length + "; " +
      nav + " navigation links";
});
</script></body>"""


def chromium_title(page: Path, tmp_path: Path, url: str | None = None) -> str:
    """Open a probed copy of `page` (beside it, so relative links hold; from `url`, the page's
    address on a server, where given) in headless Chromium and return the title the probe
    set: images loaded, navigation links, or a script error."""
    probed = page.with_name(f"probed-{page.name}")
    probed.write_text(page.read_text().replace("</body>", PROBE))
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'chrome'}", "--virtual-time-budget=10000"]  # fmt: skip
    address = url.rsplit("/", 1)[0] + f"/{probed.name}" if url else probed.as_uri()
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", address], capture_output=True,
                         text=True, timeout=120).stdout  # fmt: skip
    found = re.search(r"<title>(.*?)</title>", dom)
    return found.group(1) if found else f"no title in {dom[:200]!r}"


def pytest_configure(config) -> None:
    """`make test` runs one pytest-xdist worker per core: each worker, and every process it
    starts, computes on one thread, because two workers with a thread per core each would
    slow each other about tenfold."""
    import os

    if os.environ.get("PYTEST_XDIST_WORKER"):
        os.environ["OMP_NUM_THREADS"] = "1"
        import torch

        torch.set_num_threads(1)


def write_pairs_dataset(
    root: Path, n: int = 4, size: tuple[int, int] = (40, 30), classes: int = 3
) -> Path:
    """A `pairs` dataset (images/, labels/, train.txt, val.txt, dataset.yaml); returns the yaml."""
    rng = np.random.default_rng(0)
    (root / "images").mkdir(parents=True, exist_ok=True)
    (root / "labels").mkdir(exist_ok=True)
    w, h = size
    lines = []
    for i in range(n):
        label = np.zeros((h, w), dtype=np.uint8)
        label[:, w // 2 :] = 1
        label[h // 2 :, : w // 3] = 2 % classes
        label[0, 0] = 255  # one ignored pixel
        image = (rng.random((h, w, 3)) * 60).astype(np.uint8) + label[..., None].clip(0, 3) * 60
        Image.fromarray(image).save(root / "images" / f"{i}.png")
        Image.fromarray(label).save(root / "labels" / f"{i}.png")
        lines.append(f"images/{i}.png labels/{i}.png\n")
    (root / "train.txt").write_text("".join(lines[: n - 1]))
    (root / "val.txt").write_text("".join(lines[n - 1 :]))
    desc = {
        "name": "tiny",
        "format": "pairs",
        "root": ".",
        "splits": {"train": "train.txt", "val": "val.txt"},
        "classes": [f"c{k}" for k in range(classes)],
        "ignore_index": 255,
    }
    (root / "dataset.yaml").write_text(yaml.safe_dump(desc))
    return root / "dataset.yaml"


def write_random_run(
    root: Path, model: str, n: int = 4, size: tuple[int, int] = (40, 30), name: str = "run"
) -> Path:
    """A run directory `root/name` of `model` with random weights (seed 0) on a generated
    3-class pairs dataset in `root/data`; returns the run directory."""
    import torch

    from leanseg.models import build_model
    from leanseg.runs import ModelHeader, create_run, save_weights

    data = write_pairs_dataset(root / "data", n=n, size=size)
    torch.manual_seed(0)
    header = ModelHeader(model, 3, ["c0", "c1", "c2"], [], 255, dataset=str(data))
    run = create_run(root / name, header)
    save_weights(run, build_model(model, 3))
    write_small_training(run, (size[1], size[0]))
    return run


def write_small_training(run: Path, hw: tuple[int, int]) -> None:
    """The run's config.yaml, which fine-tuning starts from: crops of the images' own size,
    no loader processes. Without it fine-tuning takes the defaults (360x480 crops, two
    workers): seconds per tiny epoch, spent padding 32x48 images."""
    (run / "config.yaml").write_text(f"crop: [{hw[0]}, {hw[1]}]\nworkers: 0\n")


@pytest.fixture
def pairs_dataset(tmp_path: Path) -> Path:
    return write_pairs_dataset(tmp_path / "tiny")


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the measured peak MAC rate out of the user's ~/.cache during tests."""
    import os

    old = os.environ.get("LEANSEG_CACHE_DIR")
    os.environ["LEANSEG_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("LEANSEG_CACHE_DIR")
    else:
        os.environ["LEANSEG_CACHE_DIR"] = old


def randomize_norms(model) -> None:
    """Non-trivial batch-norm statistics, so that a wrongly kept or folded norm shows."""
    import torch

    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.running_mean.uniform_(-1, 1)
                m.running_var.uniform_(0.5, 2)
                m.bias.uniform_(-1, 1)


def write_self_labelled_run(root: Path, name: str = "segnet_basic", modify=None) -> Path:
    """A run whose labels are its own predictions (every present class at IoU 1 on val), so
    any change to the model shows as some class losing IoU. `modify(model)` edits the model
    before it labels the images."""
    import torch

    from leanseg.data import SegmentationDataset, load_spec
    from leanseg.data.transforms import eval_transform
    from leanseg.models import build_model
    from leanseg.runs import ModelHeader, create_run, save_weights

    torch.manual_seed(1)
    model = build_model(name, 3).eval()
    randomize_norms(model)  # with these, the three classes share the images about evenly
    if modify is not None:
        modify(model)
    rng = np.random.default_rng(0)
    (root / "images").mkdir(parents=True)
    (root / "labels").mkdir()
    lines = []
    for i in range(4):
        image = (rng.random((32, 48, 3)) * 255).astype(np.uint8)
        Image.fromarray(image).save(root / "images" / f"{i}.png")
        Image.fromarray(np.zeros((32, 48), np.uint8)).save(root / "labels" / f"{i}.png")
        lines.append(f"images/{i}.png labels/{i}.png\n")
    (root / "train.txt").write_text("".join(lines))
    (root / "val.txt").write_text("".join(lines))
    splits = {"train": "train.txt", "val": "val.txt"}
    desc = {"name": "self", "format": "pairs", "root": ".", "ignore_index": 255,
            "splits": splits, "classes": ["a", "b", "c"]}  # fmt: skip
    (root / "dataset.yaml").write_text(yaml.safe_dump(desc))
    ds = SegmentationDataset(load_spec(root / "dataset.yaml"), "val", eval_transform(None))
    for i in range(4):
        with torch.no_grad():
            label = model(ds[i][0][None]).argmax(1)[0].numpy().astype(np.uint8)
        Image.fromarray(label).save(root / "labels" / f"{i}.png")
    header = ModelHeader(name, 3, ["a", "b", "c"], [], 255, dataset=str(root / "dataset.yaml"))
    run = create_run(root / "run", header)
    save_weights(run, model)
    write_small_training(run, (32, 48))
    return run
