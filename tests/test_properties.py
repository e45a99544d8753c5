"""Property tests: generated descriptors, `--set` overrides and labelme documents, valid and
invalid, either work or raise leanseg's own error type; never another exception."""

from __future__ import annotations

import base64
import io
import json
import tempfile
from dataclasses import fields
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from leanseg.config import DataConfig, OptimConfig, RunConfig, TrainConfig, load_config
from leanseg.data.labelme import import_labelme
from leanseg.data.spec import DatasetSpec, spec_from_dict
from leanseg.data.transforms import AugmentConfig
from leanseg.errors import LeansegError

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
)
JSONISH = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _plausible_descriptor():
    """Mostly well-formed descriptors with one or two fields replaced by anything."""
    good = {
        "name": st.text(max_size=8),
        "format": st.sampled_from(["pairs", "voc", "cityscapes", "coco", "nope"]),
        "root": st.sampled_from([".", "data", "/tmp"]),
        "splits": st.one_of(
            st.just({"train": "train.txt"}),
            st.just({"train": {"images": "i", "labels": "l"}}),
            st.dictionaries(st.text(max_size=5), JSONISH, max_size=3),
        ),
        "classes": st.one_of(st.lists(st.text(min_size=1, max_size=6), max_size=5), JSONISH),
        "colors": st.one_of(
            st.lists(st.lists(st.integers(-5, 300), min_size=3, max_size=3), max_size=5),
            JSONISH,
        ),
        "ignore_index": st.one_of(st.integers(-10, 300), JSONISH),
        "extra": JSONISH,
    }
    return st.fixed_dictionaries({}, optional=good | {"junk": JSONISH})


@SETTINGS
@given(_plausible_descriptor())
def test_descriptors_parse_or_raise_dataset_error(raw):
    try:
        spec = spec_from_dict(raw, base=Path("/tmp"), source="generated.yaml")
    except LeansegError:
        return
    assert isinstance(spec, DatasetSpec)
    assert all(isinstance(c, str) for c in spec.classes) and spec.num_classes >= 1
    assert 0 <= spec.ignore_index <= 255
    assert not spec.colors or len(spec.colors) == spec.num_classes


KEYS = sorted(
    {
        f.name
        for section in (DataConfig, AugmentConfig, OptimConfig, RunConfig)
        for f in fields(section)
    }
)


@SETTINGS
@given(
    st.dictionaries(
        st.one_of(st.sampled_from(KEYS), st.text(max_size=6)),
        st.one_of(
            st.text(max_size=10),
            st.sampled_from(
                [
                    "1",
                    "0",
                    "-1",
                    "1.7",
                    "1e-3",
                    "[1, 2]",
                    "[0, 1]",
                    "null",
                    "true",
                    "[1,",
                    "{a: 1}",
                    "nan",
                    ".inf",
                    "cuda:0",
                    "sgd",
                    "2024",
                ]
            ),
        ),
        max_size=4,
    )
)
def test_set_overrides_give_a_config_or_config_error(overrides):
    try:
        cfg = load_config(None, overrides)
    except LeansegError:
        return
    assert isinstance(cfg, TrainConfig)
    assert cfg.optim.epochs >= 1 and cfg.optim.batch_size >= 1 and cfg.data.workers >= 0


def _image_b64() -> str:
    buf = io.BytesIO()
    Image.new("RGB", (12, 9), (5, 6, 7)).save(buf, format="PNG")
    return base64.b64encode(buf.getvalue()).decode()


POINT = st.one_of(
    st.lists(st.floats(-50, 50, allow_nan=False), min_size=2, max_size=2),
    st.lists(SCALARS, max_size=3),
)
SHAPE = st.one_of(
    st.fixed_dictionaries(
        {
            "label": st.sampled_from(["nut", "screw", "__ignore__", "_background_", ""]),
            "shape_type": st.sampled_from(
                ["polygon", "rectangle", "circle", "line", "linestrip", "point", None, "blob"]
            ),
            "points": st.one_of(st.lists(POINT, max_size=5), JSONISH),
        }
    ),
    JSONISH,
)
DOCUMENT = st.one_of(
    st.fixed_dictionaries(
        {"shapes": st.one_of(st.lists(SHAPE, max_size=4), JSONISH)},
        optional={
            "imageData": st.one_of(st.just(_image_b64()), st.text(max_size=8), JSONISH),
            "imagePath": st.one_of(st.just("missing.png"), JSONISH),
        },
    ),
    JSONISH,
)


@SETTINGS
@given(DOCUMENT)
def test_labelme_documents_import_or_raise_dataset_error(doc):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ann"
        src.mkdir()
        (Path(tmp) / "labels.txt").write_text("__ignore__\n_background_\nnut\nscrew\n")
        (src / "a.json").write_text(json.dumps(doc))
        try:
            spec = import_labelme(src, Path(tmp) / "labels.txt", Path(tmp) / "voc")
        except LeansegError:
            assert not (Path(tmp) / "voc").exists()  # nothing half-written
            return
        assert spec.classes == ("_background_", "nut", "screw")
        assert (Path(tmp) / "voc" / "SegmentationClass" / "a.png").is_file()
