"""The pretrained models shipped with leanseg load by name and segment CamVid."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import torch

from leanseg.backends import TorchBackend
from leanseg.data import SegmentationDataset, load_spec
from leanseg.data.pairs import CAMVID_CLASSES
from leanseg.data.synth import OBJECT_NAMES
from leanseg.data.transforms import eval_transform
from leanseg.evaluate import evaluate_backend
from leanseg.export import write_onnx
from leanseg.runs import PRETRAINED_DIR, RunError, load_model

SHARED_CAMVID = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "camvid"
NAMES = ["camvid-enet", "camvid-enet-half", "camvid-lraspp", "camvid-segnet_basic"]
ALL_NAMES = [*NAMES, "robocup-enet"]  # robocup-enet's data is generated, not in ../shared
# On all of val: 0.88, 0.88 and 0.84.
MIN_PIXEL_ACCURACY = {
    "camvid-enet": 0.8,
    "camvid-enet-half": 0.8,
    "camvid-lraspp": 0.8,
    "camvid-segnet_basic": 0.8,
}


@pytest.mark.parametrize("name", ALL_NAMES)
def test_pretrained_model_loads_by_name(name: str):
    model, header = load_model(name)
    if name.startswith("camvid"):
        assert tuple(header.classes) == CAMVID_CLASSES and header.ignore_index == 11
    else:
        assert tuple(header.classes) == ("background", *OBJECT_NAMES)
    n = header.num_classes
    assert model(torch.zeros(1, 3, 45, 61)).shape == (1, n, 45, 61)


@pytest.mark.parametrize("name", ALL_NAMES)
def test_shipped_onnx_checksum_is_the_export_of_the_shipped_weights(name: str, tmp_path: Path):
    model, _ = load_model(name)
    write_onnx(model, torch.zeros(1, 3, 64, 96), tmp_path / "m.onnx")  # any size: same bytes
    digest = hashlib.sha256((tmp_path / "m.onnx").read_bytes()).hexdigest()
    checksum = (PRETRAINED_DIR / name / "model.onnx.sha256").read_text()
    assert checksum == f"{digest}  {name}.onnx\n"


def test_unknown_pretrained_name_lists_the_shipped_ones():
    with pytest.raises(RunError, match="camvid-enet"):
        load_model("camvid-unet")


@pytest.mark.parametrize("name", NAMES)
def test_pretrained_model_segments_camvid_val_images(name: str):
    # CI and every developer checkout have ../shared: a missing copy is a failure, not a skip.
    assert SHARED_CAMVID.is_dir(), f"{SHARED_CAMVID} is missing (expected beside the checkout)"
    spec = load_spec(f"camvid:{SHARED_CAMVID}")
    ds = SegmentationDataset(spec, "val", eval_transform(None))
    ds.samples = ds.samples[:3]
    model, _ = load_model(name)
    metrics = evaluate_backend(TorchBackend(model), ds, progress=False)
    assert metrics.pixel_accuracy > MIN_PIXEL_ACCURACY[name]
