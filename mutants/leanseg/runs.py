"""Run directories: the one place that creates, opens and writes them.

A run directory holds a model, the header that rebuilds it without pickle, and where it came
from. Every step (train, finetune, prune, quantize, cluster, encode) reads one run directory and
writes a new one naming its parent, so `leanseg runs show` can walk any model back to the
training run it started from.

Layout of `runs/<name>/`:
    model.json          the header, the only copy: format_version, architecture, channel plan,
                        classes, colours, dataset descriptor (absolute), parent, step, settings
    model.safetensors   best weights (by validation mIoU); other formats sit beside it
                        (model.onnx, model.int8.onnx, model.lsz) and open through `BACKENDS`
    last.safetensors    weights after the last epoch (training only)
    resume.pt           the checkpoint --resume reads: weights, optimizer, scheduler, RNG
                        and epoch in one atomically written file (tensors and plain types
                        only; loaded with weights_only=True; see checkpoint.py)
    config.yaml         the resolved configuration of the step
    metrics.csv         one row per epoch; tb/ holds the same for TensorBoard
    metrics.json        validation figures of the saved weights
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file
from torch import nn

from leanseg.atomic import atomic_path, write_text
from leanseg.backends import Backend, OnnxBackend, TorchBackend
from leanseg.errors import LeansegError
from leanseg.models import build_model
from leanseg.models.channels import ChannelPlan, ChannelPlanError
from leanseg.models.registry import ModelError

FORMAT_VERSION = "2.0"  # major: incompatible layout; minor: new optional keys
HEADER = "model.json"
WEIGHTS = "model.safetensors"
CONFIG = "config.yaml"
METRICS = "metrics.json"
PRETRAINED_DIR = Path(__file__).parent / "pretrained"
STEPS = ("train", "finetune", "prune", "quantize", "cluster", "encode")
# Model files a run directory may hold, by format name.
FORMAT_FILES = {
    "safetensors": "model.safetensors",
    "onnx": "model.onnx",
    "onnx_int8": "model.int8.onnx",
    "lsz": "model.lsz",
}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class RunError(LeansegError):
    """A run directory that is missing, incomplete, inconsistent or from a newer leanseg."""
mutants_xǁModelHeaderǁto_json__mutmut: MutantDict = {}  # type: ignore
mutants_xǁModelHeaderǁbuild__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class ModelHeader:
    """Everything needed to rebuild a model, interpret its output and trace its lineage."""

    model: str  # registry name
    num_classes: int
    classes: list[str]
    colors: list[list[int]]
    ignore_index: int
    dataset: str = ""  # descriptor it was trained or fine-tuned on (absolute paths)
    channels: ChannelPlan = field(default_factory=dict)  # widths that differ from the registry's
    options: dict[str, Any] = field(default_factory=dict)  # constructor keyword arguments
    parent: str | None = None  # the run this one was derived from (path or pretrained name)
    step: str = "train"  # what produced it: one of STEPS
    settings: dict[str, Any] = field(default_factory=dict)  # the step's own settings
    format_version: str = FORMAT_VERSION

    @_mutmut_mutated(mutants_xǁModelHeaderǁto_json__mutmut)
    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)

    def xǁModelHeaderǁto_json__mutmut_orig(self) -> str:
        return json.dumps(asdict(self), indent=2)

    def xǁModelHeaderǁto_json__mutmut_1(self) -> str:
        return json.dumps(None, indent=2)

    def xǁModelHeaderǁto_json__mutmut_2(self) -> str:
        return json.dumps(asdict(self), indent=None)

    def xǁModelHeaderǁto_json__mutmut_3(self) -> str:
        return json.dumps(indent=2)

    def xǁModelHeaderǁto_json__mutmut_4(self) -> str:
        return json.dumps(asdict(self), )

    def xǁModelHeaderǁto_json__mutmut_5(self) -> str:
        return json.dumps(asdict(None), indent=2)

    def xǁModelHeaderǁto_json__mutmut_6(self) -> str:
        return json.dumps(asdict(self), indent=3)

    @_mutmut_mutated(mutants_xǁModelHeaderǁbuild__mutmut)
    def build(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if num_classes is None else num_classes
        return build_model(self.model, n, channels=self.channels, **self.options)

    def xǁModelHeaderǁbuild__mutmut_orig(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if num_classes is None else num_classes
        return build_model(self.model, n, channels=self.channels, **self.options)

    def xǁModelHeaderǁbuild__mutmut_1(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = None
        return build_model(self.model, n, channels=self.channels, **self.options)

    def xǁModelHeaderǁbuild__mutmut_2(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if (num_classes is None) and False else num_classes
        return build_model(self.model, n, channels=self.channels, **self.options)

    def xǁModelHeaderǁbuild__mutmut_3(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if (num_classes is None) or True else num_classes
        return build_model(self.model, n, channels=self.channels, **self.options)

    def xǁModelHeaderǁbuild__mutmut_4(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if num_classes is not None else num_classes
        return build_model(self.model, n, channels=self.channels, **self.options)

    def xǁModelHeaderǁbuild__mutmut_5(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if num_classes is None else num_classes
        return build_model(None, n, channels=self.channels, **self.options)

    def xǁModelHeaderǁbuild__mutmut_6(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if num_classes is None else num_classes
        return build_model(self.model, None, channels=self.channels, **self.options)

    def xǁModelHeaderǁbuild__mutmut_7(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if num_classes is None else num_classes
        return build_model(self.model, n, channels=None, **self.options)

    def xǁModelHeaderǁbuild__mutmut_8(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if num_classes is None else num_classes
        return build_model(n, channels=self.channels, **self.options)

    def xǁModelHeaderǁbuild__mutmut_9(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if num_classes is None else num_classes
        return build_model(self.model, channels=self.channels, **self.options)

    def xǁModelHeaderǁbuild__mutmut_10(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if num_classes is None else num_classes
        return build_model(self.model, n, **self.options)

    def xǁModelHeaderǁbuild__mutmut_11(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if num_classes is None else num_classes
        return build_model(self.model, n, channels=self.channels, )

mutants_xǁModelHeaderǁto_json__mutmut['_mutmut_orig'] = ModelHeader.xǁModelHeaderǁto_json__mutmut_orig # type: ignore # mutmut generated
mutants_xǁModelHeaderǁto_json__mutmut['xǁModelHeaderǁto_json__mutmut_1'] = ModelHeader.xǁModelHeaderǁto_json__mutmut_1 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁto_json__mutmut['xǁModelHeaderǁto_json__mutmut_2'] = ModelHeader.xǁModelHeaderǁto_json__mutmut_2 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁto_json__mutmut['xǁModelHeaderǁto_json__mutmut_3'] = ModelHeader.xǁModelHeaderǁto_json__mutmut_3 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁto_json__mutmut['xǁModelHeaderǁto_json__mutmut_4'] = ModelHeader.xǁModelHeaderǁto_json__mutmut_4 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁto_json__mutmut['xǁModelHeaderǁto_json__mutmut_5'] = ModelHeader.xǁModelHeaderǁto_json__mutmut_5 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁto_json__mutmut['xǁModelHeaderǁto_json__mutmut_6'] = ModelHeader.xǁModelHeaderǁto_json__mutmut_6 # type: ignore # mutmut generated

mutants_xǁModelHeaderǁbuild__mutmut['_mutmut_orig'] = ModelHeader.xǁModelHeaderǁbuild__mutmut_orig # type: ignore # mutmut generated
mutants_xǁModelHeaderǁbuild__mutmut['xǁModelHeaderǁbuild__mutmut_1'] = ModelHeader.xǁModelHeaderǁbuild__mutmut_1 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁbuild__mutmut['xǁModelHeaderǁbuild__mutmut_2'] = ModelHeader.xǁModelHeaderǁbuild__mutmut_2 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁbuild__mutmut['xǁModelHeaderǁbuild__mutmut_3'] = ModelHeader.xǁModelHeaderǁbuild__mutmut_3 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁbuild__mutmut['xǁModelHeaderǁbuild__mutmut_4'] = ModelHeader.xǁModelHeaderǁbuild__mutmut_4 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁbuild__mutmut['xǁModelHeaderǁbuild__mutmut_5'] = ModelHeader.xǁModelHeaderǁbuild__mutmut_5 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁbuild__mutmut['xǁModelHeaderǁbuild__mutmut_6'] = ModelHeader.xǁModelHeaderǁbuild__mutmut_6 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁbuild__mutmut['xǁModelHeaderǁbuild__mutmut_7'] = ModelHeader.xǁModelHeaderǁbuild__mutmut_7 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁbuild__mutmut['xǁModelHeaderǁbuild__mutmut_8'] = ModelHeader.xǁModelHeaderǁbuild__mutmut_8 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁbuild__mutmut['xǁModelHeaderǁbuild__mutmut_9'] = ModelHeader.xǁModelHeaderǁbuild__mutmut_9 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁbuild__mutmut['xǁModelHeaderǁbuild__mutmut_10'] = ModelHeader.xǁModelHeaderǁbuild__mutmut_10 # type: ignore # mutmut generated
mutants_xǁModelHeaderǁbuild__mutmut['xǁModelHeaderǁbuild__mutmut_11'] = ModelHeader.xǁModelHeaderǁbuild__mutmut_11 # type: ignore # mutmut generated


_REQUIRED = ("model", "num_classes", "classes", "colors", "ignore_index")
mutants_x_parse_header__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_header__mutmut)
def parse_header(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_orig(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_1(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = None
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_2(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(None)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_3(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(None) from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_4(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_5(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(None)
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_6(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = None
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_7(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(None)
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_8(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get(None, "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_9(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", None))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_10(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_11(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", ))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_12(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("XXformat_versionXX", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_13(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("FORMAT_VERSION", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_14(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "XX1.0XX"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_15(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = None
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_16(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(None)[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_17(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split("XX.XX")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_18(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[1]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_19(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_20(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(None)
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_21(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(None) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_22(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) >= int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_23(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(None):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_24(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(None)[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_25(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split("XX.XX")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_26(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[1]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_27(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            None
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_28(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split(None)[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_29(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('XX.XX')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_30(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[1]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_31(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = None
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_32(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_33(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(None)
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_34(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(None)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_35(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {'XX, XX'.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_36(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = None
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_37(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(None)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_38(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = None
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_39(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} & {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_40(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k not in known} | {"format_version": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_41(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"XXformat_versionXX": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_42(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"FORMAT_VERSION": version}
    _check_types(values, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_43(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(None, where)
    return ModelHeader(**values)


def x_parse_header__mutmut_44(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, None)
    return ModelHeader(**values)


def x_parse_header__mutmut_45(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(where)
    return ModelHeader(**values)


def x_parse_header__mutmut_46(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise RunError(f"{where}: malformed header ({err})") from None
    if not isinstance(raw, dict):
        raise RunError(f"{where}: malformed header (not a JSON object)")
    version = str(raw.get("format_version", "1.0"))
    major = version.split(".")[0]
    if not major.isdigit():
        raise RunError(f"{where}: malformed header (format_version {version!r})")
    if int(major) > int(FORMAT_VERSION.split(".")[0]):
        raise RunError(
            f"{where}: written by a newer leanseg (format {version}); this leanseg reads format "
            f"{FORMAT_VERSION.split('.')[0]}.x and older: upgrade leanseg to use this run"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RunError(f"{where}: malformed header (missing {', '.join(missing)})")
    known = {f.name for f in fields(ModelHeader)}
    values = {k: v for k, v in raw.items() if k in known} | {"format_version": version}
    _check_types(values, )
    return ModelHeader(**values)

mutants_x_parse_header__mutmut['_mutmut_orig'] = x_parse_header__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_1'] = x_parse_header__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_2'] = x_parse_header__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_3'] = x_parse_header__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_4'] = x_parse_header__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_5'] = x_parse_header__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_6'] = x_parse_header__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_7'] = x_parse_header__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_8'] = x_parse_header__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_9'] = x_parse_header__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_10'] = x_parse_header__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_11'] = x_parse_header__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_12'] = x_parse_header__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_13'] = x_parse_header__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_14'] = x_parse_header__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_15'] = x_parse_header__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_16'] = x_parse_header__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_17'] = x_parse_header__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_18'] = x_parse_header__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_19'] = x_parse_header__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_20'] = x_parse_header__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_21'] = x_parse_header__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_22'] = x_parse_header__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_23'] = x_parse_header__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_24'] = x_parse_header__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_25'] = x_parse_header__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_26'] = x_parse_header__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_27'] = x_parse_header__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_28'] = x_parse_header__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_29'] = x_parse_header__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_30'] = x_parse_header__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_31'] = x_parse_header__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_32'] = x_parse_header__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_33'] = x_parse_header__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_34'] = x_parse_header__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_35'] = x_parse_header__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_36'] = x_parse_header__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_37'] = x_parse_header__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_38'] = x_parse_header__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_39'] = x_parse_header__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_40'] = x_parse_header__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_41'] = x_parse_header__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_42'] = x_parse_header__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_43'] = x_parse_header__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_44'] = x_parse_header__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_45'] = x_parse_header__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_header__mutmut['x_parse_header__mutmut_46'] = x_parse_header__mutmut_46 # type: ignore # mutmut generated
mutants_x__check_types__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_types__mutmut)
def _check_types(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_orig(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_1(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = None
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_2(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "XXmodelXX": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_3(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "MODEL": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_4(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: None,
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_5(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "XXnum_classesXX": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_6(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "NUM_CLASSES": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_7(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: None,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_8(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) or x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_9(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) or not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_10(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_11(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x >= 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_12(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 1,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_13(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "XXclassesXX": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_14(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "CLASSES": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_15(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: None,
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_16(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) or all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_17(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(None),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_18(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "XXcolorsXX": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_19(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "COLORS": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_20(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: None,
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_21(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "XXignore_indexXX": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_22(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "IGNORE_INDEX": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_23(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: None,
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_24(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) or not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_25(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_26(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "XXdatasetXX": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_27(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "DATASET": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_28(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: None,
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_29(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "XXchannelsXX": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_30(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "CHANNELS": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_31(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: None,
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_32(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) or all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_33(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(None),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_34(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "XXoptionsXX": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_35(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "OPTIONS": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_36(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: None,
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_37(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "XXparentXX": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_38(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "PARENT": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_39(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: None,
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_40(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None and isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_41(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is not None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_42(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "XXstepXX": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_43(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "STEP": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_44(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: None,
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_45(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "XXsettingsXX": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_46(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "SETTINGS": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_47(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: None,
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_48(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v or not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_49(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key not in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_50(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_51(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(None):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_52(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(None)
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_53(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(None)[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_54(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:61]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_55(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) == v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_56(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["XXnum_classesXX"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_57(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["NUM_CLASSES"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['num_classes']})"
        )


def x__check_types__mutmut_58(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            None
        )


def x__check_types__mutmut_59(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['XXnum_classesXX']})"
        )


def x__check_types__mutmut_60(v: dict[str, Any], where: str | Path) -> None:
    checks: dict[str, Callable[[Any], bool]] = {
        "model": lambda x: isinstance(x, str),
        "num_classes": lambda x: isinstance(x, int) and not isinstance(x, bool) and x > 0,
        "classes": lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
        "colors": lambda x: isinstance(x, list),
        "ignore_index": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "dataset": lambda x: isinstance(x, str),
        "channels": lambda x: isinstance(x, dict) and all(isinstance(c, dict) for c in x.values()),
        "options": lambda x: isinstance(x, dict),
        "parent": lambda x: x is None or isinstance(x, str),
        "step": lambda x: isinstance(x, str),
        "settings": lambda x: isinstance(x, dict),
    }
    for key, ok in checks.items():
        if key in v and not ok(v[key]):
            raise RunError(f"{where}: malformed header ({key} = {str(v[key])[:60]!r})")
    if len(v["classes"]) != v["num_classes"]:
        raise RunError(
            f"{where}: malformed header ({len(v['classes'])} class names, "
            f"num_classes {v['NUM_CLASSES']})"
        )

mutants_x__check_types__mutmut['_mutmut_orig'] = x__check_types__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_1'] = x__check_types__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_2'] = x__check_types__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_3'] = x__check_types__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_4'] = x__check_types__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_5'] = x__check_types__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_6'] = x__check_types__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_7'] = x__check_types__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_8'] = x__check_types__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_9'] = x__check_types__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_10'] = x__check_types__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_11'] = x__check_types__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_12'] = x__check_types__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_13'] = x__check_types__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_14'] = x__check_types__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_15'] = x__check_types__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_16'] = x__check_types__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_17'] = x__check_types__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_18'] = x__check_types__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_19'] = x__check_types__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_20'] = x__check_types__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_21'] = x__check_types__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_22'] = x__check_types__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_23'] = x__check_types__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_24'] = x__check_types__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_25'] = x__check_types__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_26'] = x__check_types__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_27'] = x__check_types__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_28'] = x__check_types__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_29'] = x__check_types__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_30'] = x__check_types__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_31'] = x__check_types__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_32'] = x__check_types__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_33'] = x__check_types__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_34'] = x__check_types__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_35'] = x__check_types__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_36'] = x__check_types__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_37'] = x__check_types__mutmut_37 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_38'] = x__check_types__mutmut_38 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_39'] = x__check_types__mutmut_39 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_40'] = x__check_types__mutmut_40 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_41'] = x__check_types__mutmut_41 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_42'] = x__check_types__mutmut_42 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_43'] = x__check_types__mutmut_43 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_44'] = x__check_types__mutmut_44 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_45'] = x__check_types__mutmut_45 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_46'] = x__check_types__mutmut_46 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_47'] = x__check_types__mutmut_47 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_48'] = x__check_types__mutmut_48 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_49'] = x__check_types__mutmut_49 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_50'] = x__check_types__mutmut_50 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_51'] = x__check_types__mutmut_51 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_52'] = x__check_types__mutmut_52 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_53'] = x__check_types__mutmut_53 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_54'] = x__check_types__mutmut_54 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_55'] = x__check_types__mutmut_55 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_56'] = x__check_types__mutmut_56 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_57'] = x__check_types__mutmut_57 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_58'] = x__check_types__mutmut_58 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_59'] = x__check_types__mutmut_59 # type: ignore # mutmut generated
mutants_x__check_types__mutmut['x__check_types__mutmut_60'] = x__check_types__mutmut_60 # type: ignore # mutmut generated
mutants_x_read_header__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_read_header__mutmut)
def read_header(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, path)


def x_read_header__mutmut_orig(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, path)


def x_read_header__mutmut_1(run_dir: str | Path) -> ModelHeader:
    path = None
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, path)


def x_read_header__mutmut_2(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) * HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, path)


def x_read_header__mutmut_3(run_dir: str | Path) -> ModelHeader:
    path = Path(None) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, path)


def x_read_header__mutmut_4(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, path)


def x_read_header__mutmut_5(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(None)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, path)


def x_read_header__mutmut_6(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = None
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, path)


def x_read_header__mutmut_7(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding=None)
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, path)


def x_read_header__mutmut_8(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="XXutf-8XX")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, path)


def x_read_header__mutmut_9(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="UTF-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, path)


def x_read_header__mutmut_10(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(None) from None
    return parse_header(text, path)


def x_read_header__mutmut_11(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(None, path)


def x_read_header__mutmut_12(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, None)


def x_read_header__mutmut_13(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(path)


def x_read_header__mutmut_14(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, )

mutants_x_read_header__mutmut['_mutmut_orig'] = x_read_header__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_1'] = x_read_header__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_2'] = x_read_header__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_3'] = x_read_header__mutmut_3 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_4'] = x_read_header__mutmut_4 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_5'] = x_read_header__mutmut_5 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_6'] = x_read_header__mutmut_6 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_7'] = x_read_header__mutmut_7 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_8'] = x_read_header__mutmut_8 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_9'] = x_read_header__mutmut_9 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_10'] = x_read_header__mutmut_10 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_11'] = x_read_header__mutmut_11 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_12'] = x_read_header__mutmut_12 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_13'] = x_read_header__mutmut_13 # type: ignore # mutmut generated
mutants_x_read_header__mutmut['x_read_header__mutmut_14'] = x_read_header__mutmut_14 # type: ignore # mutmut generated
mutants_x_write_header__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_write_header__mutmut)
def write_header(run_dir: Path, header: ModelHeader) -> None:
    write_text(Path(run_dir) / HEADER, header.to_json())


def x_write_header__mutmut_orig(run_dir: Path, header: ModelHeader) -> None:
    write_text(Path(run_dir) / HEADER, header.to_json())


def x_write_header__mutmut_1(run_dir: Path, header: ModelHeader) -> None:
    write_text(None, header.to_json())


def x_write_header__mutmut_2(run_dir: Path, header: ModelHeader) -> None:
    write_text(Path(run_dir) / HEADER, None)


def x_write_header__mutmut_3(run_dir: Path, header: ModelHeader) -> None:
    write_text(header.to_json())


def x_write_header__mutmut_4(run_dir: Path, header: ModelHeader) -> None:
    write_text(Path(run_dir) / HEADER, )


def x_write_header__mutmut_5(run_dir: Path, header: ModelHeader) -> None:
    write_text(Path(run_dir) * HEADER, header.to_json())


def x_write_header__mutmut_6(run_dir: Path, header: ModelHeader) -> None:
    write_text(Path(None) / HEADER, header.to_json())

mutants_x_write_header__mutmut['_mutmut_orig'] = x_write_header__mutmut_orig # type: ignore # mutmut generated
mutants_x_write_header__mutmut['x_write_header__mutmut_1'] = x_write_header__mutmut_1 # type: ignore # mutmut generated
mutants_x_write_header__mutmut['x_write_header__mutmut_2'] = x_write_header__mutmut_2 # type: ignore # mutmut generated
mutants_x_write_header__mutmut['x_write_header__mutmut_3'] = x_write_header__mutmut_3 # type: ignore # mutmut generated
mutants_x_write_header__mutmut['x_write_header__mutmut_4'] = x_write_header__mutmut_4 # type: ignore # mutmut generated
mutants_x_write_header__mutmut['x_write_header__mutmut_5'] = x_write_header__mutmut_5 # type: ignore # mutmut generated
mutants_x_write_header__mutmut['x_write_header__mutmut_6'] = x_write_header__mutmut_6 # type: ignore # mutmut generated
mutants_x_create_run__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_create_run__mutmut)
def create_run(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_orig(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_1(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_2(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(None)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_3(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(None)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_4(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {'XX, XX'.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_5(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = None
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_6(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(None)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_7(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=None, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_8(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=None)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_9(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_10(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, )
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_11(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=False, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_12(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=False)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_13(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_14(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(None, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_15(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, None)
    write_header(out, header)
    return out


def x_create_run__mutmut_16(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_17(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, )
    write_header(out, header)
    return out


def x_create_run__mutmut_18(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out * CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_19(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(None, sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_20(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=None))
    write_header(out, header)
    return out


def x_create_run__mutmut_21(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(sort_keys=False))
    write_header(out, header)
    return out


def x_create_run__mutmut_22(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, ))
    write_header(out, header)
    return out


def x_create_run__mutmut_23(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=True))
    write_header(out, header)
    return out


def x_create_run__mutmut_24(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(None, header)
    return out


def x_create_run__mutmut_25(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, None)
    return out


def x_create_run__mutmut_26(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(header)
    return out


def x_create_run__mutmut_27(out: str | Path, header: ModelHeader, config: dict[str, Any] | None = None) -> Path:
    """Make a run directory for a new model: its header (naming parent, step and settings) and
    the step's resolved config. Weights follow with `save_weights`."""
    if header.step not in STEPS:
        raise RunError(f"{out}: unknown step {header.step!r}; steps are {', '.join(STEPS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write_text(out / CONFIG, yaml.safe_dump(config, sort_keys=False))
    write_header(out, )
    return out

mutants_x_create_run__mutmut['_mutmut_orig'] = x_create_run__mutmut_orig # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_1'] = x_create_run__mutmut_1 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_2'] = x_create_run__mutmut_2 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_3'] = x_create_run__mutmut_3 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_4'] = x_create_run__mutmut_4 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_5'] = x_create_run__mutmut_5 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_6'] = x_create_run__mutmut_6 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_7'] = x_create_run__mutmut_7 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_8'] = x_create_run__mutmut_8 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_9'] = x_create_run__mutmut_9 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_10'] = x_create_run__mutmut_10 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_11'] = x_create_run__mutmut_11 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_12'] = x_create_run__mutmut_12 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_13'] = x_create_run__mutmut_13 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_14'] = x_create_run__mutmut_14 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_15'] = x_create_run__mutmut_15 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_16'] = x_create_run__mutmut_16 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_17'] = x_create_run__mutmut_17 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_18'] = x_create_run__mutmut_18 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_19'] = x_create_run__mutmut_19 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_20'] = x_create_run__mutmut_20 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_21'] = x_create_run__mutmut_21 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_22'] = x_create_run__mutmut_22 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_23'] = x_create_run__mutmut_23 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_24'] = x_create_run__mutmut_24 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_25'] = x_create_run__mutmut_25 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_26'] = x_create_run__mutmut_26 # type: ignore # mutmut generated
mutants_x_create_run__mutmut['x_create_run__mutmut_27'] = x_create_run__mutmut_27 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_save_weights__mutmut)
def save_weights(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_orig(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_1(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = None  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_2(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if (hasattr(model, "module")) and False else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_3(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if (hasattr(model, "module")) or True else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_4(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(None, "module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_5(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, None) else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_6(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr("module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_7(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, ) else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_8(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "XXmoduleXX") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_9(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "MODULE") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_10(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    state = None
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_11(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(None) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_12(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) * name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_13(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(None) / name) as tmp:
        save_file(state, str(tmp))


def x_save_weights__mutmut_14(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(None, str(tmp))


def x_save_weights__mutmut_15(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, None)


def x_save_weights__mutmut_16(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(str(tmp))


def x_save_weights__mutmut_17(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, )


def x_save_weights__mutmut_18(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(None))

mutants_x_save_weights__mutmut['_mutmut_orig'] = x_save_weights__mutmut_orig # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_1'] = x_save_weights__mutmut_1 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_2'] = x_save_weights__mutmut_2 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_3'] = x_save_weights__mutmut_3 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_4'] = x_save_weights__mutmut_4 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_5'] = x_save_weights__mutmut_5 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_6'] = x_save_weights__mutmut_6 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_7'] = x_save_weights__mutmut_7 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_8'] = x_save_weights__mutmut_8 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_9'] = x_save_weights__mutmut_9 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_10'] = x_save_weights__mutmut_10 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_11'] = x_save_weights__mutmut_11 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_12'] = x_save_weights__mutmut_12 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_13'] = x_save_weights__mutmut_13 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_14'] = x_save_weights__mutmut_14 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_15'] = x_save_weights__mutmut_15 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_16'] = x_save_weights__mutmut_16 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_17'] = x_save_weights__mutmut_17 # type: ignore # mutmut generated
mutants_x_save_weights__mutmut['x_save_weights__mutmut_18'] = x_save_weights__mutmut_18 # type: ignore # mutmut generated
mutants_x_resolve_model_path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_resolve_model_path__mutmut)
def resolve_model_path(name_or_path: str | Path) -> Path:
    """A run directory or model file, or the name of a pretrained model shipped with leanseg."""
    path = Path(name_or_path)
    if path.exists():
        return path
    shipped = PRETRAINED_DIR / str(name_or_path)
    if shipped.is_dir():
        return shipped
    names = sorted(p.name for p in PRETRAINED_DIR.iterdir() if p.is_dir())
    raise RunError(
        f"{name_or_path}: no such run directory or pretrained model ({', '.join(names)})"
    )


def x_resolve_model_path__mutmut_orig(name_or_path: str | Path) -> Path:
    """A run directory or model file, or the name of a pretrained model shipped with leanseg."""
    path = Path(name_or_path)
    if path.exists():
        return path
    shipped = PRETRAINED_DIR / str(name_or_path)
    if shipped.is_dir():
        return shipped
    names = sorted(p.name for p in PRETRAINED_DIR.iterdir() if p.is_dir())
    raise RunError(
        f"{name_or_path}: no such run directory or pretrained model ({', '.join(names)})"
    )


def x_resolve_model_path__mutmut_1(name_or_path: str | Path) -> Path:
    """A run directory or model file, or the name of a pretrained model shipped with leanseg."""
    path = None
    if path.exists():
        return path
    shipped = PRETRAINED_DIR / str(name_or_path)
    if shipped.is_dir():
        return shipped
    names = sorted(p.name for p in PRETRAINED_DIR.iterdir() if p.is_dir())
    raise RunError(
        f"{name_or_path}: no such run directory or pretrained model ({', '.join(names)})"
    )


def x_resolve_model_path__mutmut_2(name_or_path: str | Path) -> Path:
    """A run directory or model file, or the name of a pretrained model shipped with leanseg."""
    path = Path(None)
    if path.exists():
        return path
    shipped = PRETRAINED_DIR / str(name_or_path)
    if shipped.is_dir():
        return shipped
    names = sorted(p.name for p in PRETRAINED_DIR.iterdir() if p.is_dir())
    raise RunError(
        f"{name_or_path}: no such run directory or pretrained model ({', '.join(names)})"
    )


def x_resolve_model_path__mutmut_3(name_or_path: str | Path) -> Path:
    """A run directory or model file, or the name of a pretrained model shipped with leanseg."""
    path = Path(name_or_path)
    if path.exists():
        return path
    shipped = None
    if shipped.is_dir():
        return shipped
    names = sorted(p.name for p in PRETRAINED_DIR.iterdir() if p.is_dir())
    raise RunError(
        f"{name_or_path}: no such run directory or pretrained model ({', '.join(names)})"
    )


def x_resolve_model_path__mutmut_4(name_or_path: str | Path) -> Path:
    """A run directory or model file, or the name of a pretrained model shipped with leanseg."""
    path = Path(name_or_path)
    if path.exists():
        return path
    shipped = PRETRAINED_DIR * str(name_or_path)
    if shipped.is_dir():
        return shipped
    names = sorted(p.name for p in PRETRAINED_DIR.iterdir() if p.is_dir())
    raise RunError(
        f"{name_or_path}: no such run directory or pretrained model ({', '.join(names)})"
    )


def x_resolve_model_path__mutmut_5(name_or_path: str | Path) -> Path:
    """A run directory or model file, or the name of a pretrained model shipped with leanseg."""
    path = Path(name_or_path)
    if path.exists():
        return path
    shipped = PRETRAINED_DIR / str(None)
    if shipped.is_dir():
        return shipped
    names = sorted(p.name for p in PRETRAINED_DIR.iterdir() if p.is_dir())
    raise RunError(
        f"{name_or_path}: no such run directory or pretrained model ({', '.join(names)})"
    )


def x_resolve_model_path__mutmut_6(name_or_path: str | Path) -> Path:
    """A run directory or model file, or the name of a pretrained model shipped with leanseg."""
    path = Path(name_or_path)
    if path.exists():
        return path
    shipped = PRETRAINED_DIR / str(name_or_path)
    if shipped.is_dir():
        return shipped
    names = None
    raise RunError(
        f"{name_or_path}: no such run directory or pretrained model ({', '.join(names)})"
    )


def x_resolve_model_path__mutmut_7(name_or_path: str | Path) -> Path:
    """A run directory or model file, or the name of a pretrained model shipped with leanseg."""
    path = Path(name_or_path)
    if path.exists():
        return path
    shipped = PRETRAINED_DIR / str(name_or_path)
    if shipped.is_dir():
        return shipped
    names = sorted(None)
    raise RunError(
        f"{name_or_path}: no such run directory or pretrained model ({', '.join(names)})"
    )


def x_resolve_model_path__mutmut_8(name_or_path: str | Path) -> Path:
    """A run directory or model file, or the name of a pretrained model shipped with leanseg."""
    path = Path(name_or_path)
    if path.exists():
        return path
    shipped = PRETRAINED_DIR / str(name_or_path)
    if shipped.is_dir():
        return shipped
    names = sorted(p.name for p in PRETRAINED_DIR.iterdir() if p.is_dir())
    raise RunError(
        None
    )


def x_resolve_model_path__mutmut_9(name_or_path: str | Path) -> Path:
    """A run directory or model file, or the name of a pretrained model shipped with leanseg."""
    path = Path(name_or_path)
    if path.exists():
        return path
    shipped = PRETRAINED_DIR / str(name_or_path)
    if shipped.is_dir():
        return shipped
    names = sorted(p.name for p in PRETRAINED_DIR.iterdir() if p.is_dir())
    raise RunError(
        f"{name_or_path}: no such run directory or pretrained model ({', '.join(None)})"
    )


def x_resolve_model_path__mutmut_10(name_or_path: str | Path) -> Path:
    """A run directory or model file, or the name of a pretrained model shipped with leanseg."""
    path = Path(name_or_path)
    if path.exists():
        return path
    shipped = PRETRAINED_DIR / str(name_or_path)
    if shipped.is_dir():
        return shipped
    names = sorted(p.name for p in PRETRAINED_DIR.iterdir() if p.is_dir())
    raise RunError(
        f"{name_or_path}: no such run directory or pretrained model ({'XX, XX'.join(names)})"
    )

mutants_x_resolve_model_path__mutmut['_mutmut_orig'] = x_resolve_model_path__mutmut_orig # type: ignore # mutmut generated
mutants_x_resolve_model_path__mutmut['x_resolve_model_path__mutmut_1'] = x_resolve_model_path__mutmut_1 # type: ignore # mutmut generated
mutants_x_resolve_model_path__mutmut['x_resolve_model_path__mutmut_2'] = x_resolve_model_path__mutmut_2 # type: ignore # mutmut generated
mutants_x_resolve_model_path__mutmut['x_resolve_model_path__mutmut_3'] = x_resolve_model_path__mutmut_3 # type: ignore # mutmut generated
mutants_x_resolve_model_path__mutmut['x_resolve_model_path__mutmut_4'] = x_resolve_model_path__mutmut_4 # type: ignore # mutmut generated
mutants_x_resolve_model_path__mutmut['x_resolve_model_path__mutmut_5'] = x_resolve_model_path__mutmut_5 # type: ignore # mutmut generated
mutants_x_resolve_model_path__mutmut['x_resolve_model_path__mutmut_6'] = x_resolve_model_path__mutmut_6 # type: ignore # mutmut generated
mutants_x_resolve_model_path__mutmut['x_resolve_model_path__mutmut_7'] = x_resolve_model_path__mutmut_7 # type: ignore # mutmut generated
mutants_x_resolve_model_path__mutmut['x_resolve_model_path__mutmut_8'] = x_resolve_model_path__mutmut_8 # type: ignore # mutmut generated
mutants_x_resolve_model_path__mutmut['x_resolve_model_path__mutmut_9'] = x_resolve_model_path__mutmut_9 # type: ignore # mutmut generated
mutants_x_resolve_model_path__mutmut['x_resolve_model_path__mutmut_10'] = x_resolve_model_path__mutmut_10 # type: ignore # mutmut generated
mutants_x_parent_reference__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parent_reference__mutmut)
def parent_reference(name_or_path: str | Path) -> str:
    """How a child names its parent: a pretrained name as is, a run by its absolute path."""
    path = resolve_model_path(name_or_path)
    if path.parent == PRETRAINED_DIR and not Path(name_or_path).exists():
        return str(name_or_path)
    return str(path.resolve())


def x_parent_reference__mutmut_orig(name_or_path: str | Path) -> str:
    """How a child names its parent: a pretrained name as is, a run by its absolute path."""
    path = resolve_model_path(name_or_path)
    if path.parent == PRETRAINED_DIR and not Path(name_or_path).exists():
        return str(name_or_path)
    return str(path.resolve())


def x_parent_reference__mutmut_1(name_or_path: str | Path) -> str:
    """How a child names its parent: a pretrained name as is, a run by its absolute path."""
    path = None
    if path.parent == PRETRAINED_DIR and not Path(name_or_path).exists():
        return str(name_or_path)
    return str(path.resolve())


def x_parent_reference__mutmut_2(name_or_path: str | Path) -> str:
    """How a child names its parent: a pretrained name as is, a run by its absolute path."""
    path = resolve_model_path(None)
    if path.parent == PRETRAINED_DIR and not Path(name_or_path).exists():
        return str(name_or_path)
    return str(path.resolve())


def x_parent_reference__mutmut_3(name_or_path: str | Path) -> str:
    """How a child names its parent: a pretrained name as is, a run by its absolute path."""
    path = resolve_model_path(name_or_path)
    if path.parent == PRETRAINED_DIR or not Path(name_or_path).exists():
        return str(name_or_path)
    return str(path.resolve())


def x_parent_reference__mutmut_4(name_or_path: str | Path) -> str:
    """How a child names its parent: a pretrained name as is, a run by its absolute path."""
    path = resolve_model_path(name_or_path)
    if path.parent != PRETRAINED_DIR and not Path(name_or_path).exists():
        return str(name_or_path)
    return str(path.resolve())


def x_parent_reference__mutmut_5(name_or_path: str | Path) -> str:
    """How a child names its parent: a pretrained name as is, a run by its absolute path."""
    path = resolve_model_path(name_or_path)
    if path.parent == PRETRAINED_DIR and Path(name_or_path).exists():
        return str(name_or_path)
    return str(path.resolve())


def x_parent_reference__mutmut_6(name_or_path: str | Path) -> str:
    """How a child names its parent: a pretrained name as is, a run by its absolute path."""
    path = resolve_model_path(name_or_path)
    if path.parent == PRETRAINED_DIR and not Path(None).exists():
        return str(name_or_path)
    return str(path.resolve())


def x_parent_reference__mutmut_7(name_or_path: str | Path) -> str:
    """How a child names its parent: a pretrained name as is, a run by its absolute path."""
    path = resolve_model_path(name_or_path)
    if path.parent == PRETRAINED_DIR and not Path(name_or_path).exists():
        return str(None)
    return str(path.resolve())


def x_parent_reference__mutmut_8(name_or_path: str | Path) -> str:
    """How a child names its parent: a pretrained name as is, a run by its absolute path."""
    path = resolve_model_path(name_or_path)
    if path.parent == PRETRAINED_DIR and not Path(name_or_path).exists():
        return str(name_or_path)
    return str(None)

mutants_x_parent_reference__mutmut['_mutmut_orig'] = x_parent_reference__mutmut_orig # type: ignore # mutmut generated
mutants_x_parent_reference__mutmut['x_parent_reference__mutmut_1'] = x_parent_reference__mutmut_1 # type: ignore # mutmut generated
mutants_x_parent_reference__mutmut['x_parent_reference__mutmut_2'] = x_parent_reference__mutmut_2 # type: ignore # mutmut generated
mutants_x_parent_reference__mutmut['x_parent_reference__mutmut_3'] = x_parent_reference__mutmut_3 # type: ignore # mutmut generated
mutants_x_parent_reference__mutmut['x_parent_reference__mutmut_4'] = x_parent_reference__mutmut_4 # type: ignore # mutmut generated
mutants_x_parent_reference__mutmut['x_parent_reference__mutmut_5'] = x_parent_reference__mutmut_5 # type: ignore # mutmut generated
mutants_x_parent_reference__mutmut['x_parent_reference__mutmut_6'] = x_parent_reference__mutmut_6 # type: ignore # mutmut generated
mutants_x_parent_reference__mutmut['x_parent_reference__mutmut_7'] = x_parent_reference__mutmut_7 # type: ignore # mutmut generated
mutants_x_parent_reference__mutmut['x_parent_reference__mutmut_8'] = x_parent_reference__mutmut_8 # type: ignore # mutmut generated
mutants_x_locate_model__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_locate_model__mutmut)
def locate_model(model: str | Path) -> tuple[Path, Path]:
    """(run directory, model file) for a run directory (its safetensors weights), pretrained
    name or model file; an exported file's run is the folder holding it, or the one above."""
    path = resolve_model_path(model)
    if path.is_dir():
        return path, path / WEIGHTS
    for d in (path.parent, path.parent.parent):  # exported files sit in or beside their run
        if (d / HEADER).is_file():
            return d, path
    return path.parent, path


def x_locate_model__mutmut_orig(model: str | Path) -> tuple[Path, Path]:
    """(run directory, model file) for a run directory (its safetensors weights), pretrained
    name or model file; an exported file's run is the folder holding it, or the one above."""
    path = resolve_model_path(model)
    if path.is_dir():
        return path, path / WEIGHTS
    for d in (path.parent, path.parent.parent):  # exported files sit in or beside their run
        if (d / HEADER).is_file():
            return d, path
    return path.parent, path


def x_locate_model__mutmut_1(model: str | Path) -> tuple[Path, Path]:
    """(run directory, model file) for a run directory (its safetensors weights), pretrained
    name or model file; an exported file's run is the folder holding it, or the one above."""
    path = None
    if path.is_dir():
        return path, path / WEIGHTS
    for d in (path.parent, path.parent.parent):  # exported files sit in or beside their run
        if (d / HEADER).is_file():
            return d, path
    return path.parent, path


def x_locate_model__mutmut_2(model: str | Path) -> tuple[Path, Path]:
    """(run directory, model file) for a run directory (its safetensors weights), pretrained
    name or model file; an exported file's run is the folder holding it, or the one above."""
    path = resolve_model_path(None)
    if path.is_dir():
        return path, path / WEIGHTS
    for d in (path.parent, path.parent.parent):  # exported files sit in or beside their run
        if (d / HEADER).is_file():
            return d, path
    return path.parent, path


def x_locate_model__mutmut_3(model: str | Path) -> tuple[Path, Path]:
    """(run directory, model file) for a run directory (its safetensors weights), pretrained
    name or model file; an exported file's run is the folder holding it, or the one above."""
    path = resolve_model_path(model)
    if path.is_dir():
        return path, path * WEIGHTS
    for d in (path.parent, path.parent.parent):  # exported files sit in or beside their run
        if (d / HEADER).is_file():
            return d, path
    return path.parent, path


def x_locate_model__mutmut_4(model: str | Path) -> tuple[Path, Path]:
    """(run directory, model file) for a run directory (its safetensors weights), pretrained
    name or model file; an exported file's run is the folder holding it, or the one above."""
    path = resolve_model_path(model)
    if path.is_dir():
        return path, path / WEIGHTS
    for d in (path.parent, path.parent.parent):  # exported files sit in or beside their run
        if (d * HEADER).is_file():
            return d, path
    return path.parent, path

mutants_x_locate_model__mutmut['_mutmut_orig'] = x_locate_model__mutmut_orig # type: ignore # mutmut generated
mutants_x_locate_model__mutmut['x_locate_model__mutmut_1'] = x_locate_model__mutmut_1 # type: ignore # mutmut generated
mutants_x_locate_model__mutmut['x_locate_model__mutmut_2'] = x_locate_model__mutmut_2 # type: ignore # mutmut generated
mutants_x_locate_model__mutmut['x_locate_model__mutmut_3'] = x_locate_model__mutmut_3 # type: ignore # mutmut generated
mutants_x_locate_model__mutmut['x_locate_model__mutmut_4'] = x_locate_model__mutmut_4 # type: ignore # mutmut generated
mutants_x_model_files__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_model_files__mutmut)
def model_files(run_dir: Path) -> dict[str, Path]:
    """The model files a run directory holds, by format name."""
    files = {f: Path(run_dir) / n for f, n in FORMAT_FILES.items()}
    return {f: p for f, p in files.items() if p.is_file()}


def x_model_files__mutmut_orig(run_dir: Path) -> dict[str, Path]:
    """The model files a run directory holds, by format name."""
    files = {f: Path(run_dir) / n for f, n in FORMAT_FILES.items()}
    return {f: p for f, p in files.items() if p.is_file()}


def x_model_files__mutmut_1(run_dir: Path) -> dict[str, Path]:
    """The model files a run directory holds, by format name."""
    files = None
    return {f: p for f, p in files.items() if p.is_file()}


def x_model_files__mutmut_2(run_dir: Path) -> dict[str, Path]:
    """The model files a run directory holds, by format name."""
    files = {f: Path(run_dir) * n for f, n in FORMAT_FILES.items()}
    return {f: p for f, p in files.items() if p.is_file()}


def x_model_files__mutmut_3(run_dir: Path) -> dict[str, Path]:
    """The model files a run directory holds, by format name."""
    files = {f: Path(None) / n for f, n in FORMAT_FILES.items()}
    return {f: p for f, p in files.items() if p.is_file()}

mutants_x_model_files__mutmut['_mutmut_orig'] = x_model_files__mutmut_orig # type: ignore # mutmut generated
mutants_x_model_files__mutmut['x_model_files__mutmut_1'] = x_model_files__mutmut_1 # type: ignore # mutmut generated
mutants_x_model_files__mutmut['x_model_files__mutmut_2'] = x_model_files__mutmut_2 # type: ignore # mutmut generated
mutants_x_model_files__mutmut['x_model_files__mutmut_3'] = x_model_files__mutmut_3 # type: ignore # mutmut generated
mutants_x_find_header__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_find_header__mutmut)
def find_header(model: str | Path) -> ModelHeader | None:
    """The header of a run directory, or of the run a model file belongs to (None if none)."""
    run_dir, _ = locate_model(model)
    return read_header(run_dir) if (run_dir / HEADER).is_file() else None


def x_find_header__mutmut_orig(model: str | Path) -> ModelHeader | None:
    """The header of a run directory, or of the run a model file belongs to (None if none)."""
    run_dir, _ = locate_model(model)
    return read_header(run_dir) if (run_dir / HEADER).is_file() else None


def x_find_header__mutmut_1(model: str | Path) -> ModelHeader | None:
    """The header of a run directory, or of the run a model file belongs to (None if none)."""
    run_dir, _ = None
    return read_header(run_dir) if (run_dir / HEADER).is_file() else None


def x_find_header__mutmut_2(model: str | Path) -> ModelHeader | None:
    """The header of a run directory, or of the run a model file belongs to (None if none)."""
    run_dir, _ = locate_model(None)
    return read_header(run_dir) if (run_dir / HEADER).is_file() else None


def x_find_header__mutmut_3(model: str | Path) -> ModelHeader | None:
    """The header of a run directory, or of the run a model file belongs to (None if none)."""
    run_dir, _ = locate_model(model)
    return read_header(run_dir) if ((run_dir / HEADER).is_file()) and False else None


def x_find_header__mutmut_4(model: str | Path) -> ModelHeader | None:
    """The header of a run directory, or of the run a model file belongs to (None if none)."""
    run_dir, _ = locate_model(model)
    return read_header(run_dir) if ((run_dir / HEADER).is_file()) or True else None


def x_find_header__mutmut_5(model: str | Path) -> ModelHeader | None:
    """The header of a run directory, or of the run a model file belongs to (None if none)."""
    run_dir, _ = locate_model(model)
    return read_header(None) if (run_dir / HEADER).is_file() else None


def x_find_header__mutmut_6(model: str | Path) -> ModelHeader | None:
    """The header of a run directory, or of the run a model file belongs to (None if none)."""
    run_dir, _ = locate_model(model)
    return read_header(run_dir) if (run_dir * HEADER).is_file() else None

mutants_x_find_header__mutmut['_mutmut_orig'] = x_find_header__mutmut_orig # type: ignore # mutmut generated
mutants_x_find_header__mutmut['x_find_header__mutmut_1'] = x_find_header__mutmut_1 # type: ignore # mutmut generated
mutants_x_find_header__mutmut['x_find_header__mutmut_2'] = x_find_header__mutmut_2 # type: ignore # mutmut generated
mutants_x_find_header__mutmut['x_find_header__mutmut_3'] = x_find_header__mutmut_3 # type: ignore # mutmut generated
mutants_x_find_header__mutmut['x_find_header__mutmut_4'] = x_find_header__mutmut_4 # type: ignore # mutmut generated
mutants_x_find_header__mutmut['x_find_header__mutmut_5'] = x_find_header__mutmut_5 # type: ignore # mutmut generated
mutants_x_find_header__mutmut['x_find_header__mutmut_6'] = x_find_header__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_model__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_model__mutmut)
def load_model(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_orig(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_1(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = None
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_2(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(None)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_3(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = None
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_4(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(None)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_5(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix == ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_6(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != "XX.safetensorsXX":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_7(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".SAFETENSORS":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_8(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(None)
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_9(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = None
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_10(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(None)
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_11(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(None))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_12(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(None) from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_13(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = None
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_14(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(None) from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_15(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir * HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, path)
    return module.eval(), header


def x_load_model__mutmut_16(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(None, state, path)
    return module.eval(), header


def x_load_model__mutmut_17(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, None, path)
    return module.eval(), header


def x_load_model__mutmut_18(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, None)
    return module.eval(), header


def x_load_model__mutmut_19(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(state, path)
    return module.eval(), header


def x_load_model__mutmut_20(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, path)
    return module.eval(), header


def x_load_model__mutmut_21(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors). `model` is a run directory, pretrained name or `.safetensors` file."""
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    if path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors files")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError) as err:
        raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    load_state(module, state, )
    return module.eval(), header

mutants_x_load_model__mutmut['_mutmut_orig'] = x_load_model__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_1'] = x_load_model__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_2'] = x_load_model__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_3'] = x_load_model__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_4'] = x_load_model__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_5'] = x_load_model__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_6'] = x_load_model__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_7'] = x_load_model__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_8'] = x_load_model__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_9'] = x_load_model__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_10'] = x_load_model__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_11'] = x_load_model__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_12'] = x_load_model__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_13'] = x_load_model__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_14'] = x_load_model__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_15'] = x_load_model__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_16'] = x_load_model__mutmut_16 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_17'] = x_load_model__mutmut_17 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_18'] = x_load_model__mutmut_18 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_19'] = x_load_model__mutmut_19 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_20'] = x_load_model__mutmut_20 # type: ignore # mutmut generated
mutants_x_load_model__mutmut['x_load_model__mutmut_21'] = x_load_model__mutmut_21 # type: ignore # mutmut generated
mutants_x_load_state__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_state__mutmut)
def load_state(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_orig(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_1(module: nn.Module, state: dict, where: Path, strict: bool = False) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_2(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = None
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_3(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own or own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_4(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key not in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_5(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape == tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_6(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                None
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_7(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(None)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_8(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(None)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_9(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = None
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_10(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(None)
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_11(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) + set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_12(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(None) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_13(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(None))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_14(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = None
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_15(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(None)
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_16(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) + set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_17(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(None) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_18(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(None))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_19(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing and extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_20(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = None
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_21(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if (missing) and False else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_22(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if (missing) or True else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_23(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[1]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_24(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[1]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_25(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                None
            )
    module.load_state_dict(state, strict=strict)


def x_load_state__mutmut_26(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(None, strict=strict)


def x_load_state__mutmut_27(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, strict=None)


def x_load_state__mutmut_28(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(strict=strict)


def x_load_state__mutmut_29(module: nn.Module, state: dict, where: Path, strict: bool = True) -> None:
    """Load `state` into `module`, naming the first tensor that does not fit."""
    own = module.state_dict()
    for key, tensor in state.items():
        if key in own and own[key].shape != tensor.shape:
            raise ModelError(
                f"{where}: tensor {key} has shape {tuple(tensor.shape)}, the model expects "
                f"{tuple(own[key].shape)}"
            )
    if strict:
        missing = sorted(set(own) - set(state))
        extra = sorted(set(state) - set(own))
        if missing or extra:
            first = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
            raise ModelError(
                f"{where}: weights do not fit the model ({len(missing)} missing, "
                f"{len(extra)} unexpected tensors; {first})"
            )
    module.load_state_dict(state, )

mutants_x_load_state__mutmut['_mutmut_orig'] = x_load_state__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_1'] = x_load_state__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_2'] = x_load_state__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_3'] = x_load_state__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_4'] = x_load_state__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_5'] = x_load_state__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_6'] = x_load_state__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_7'] = x_load_state__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_8'] = x_load_state__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_9'] = x_load_state__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_10'] = x_load_state__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_11'] = x_load_state__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_12'] = x_load_state__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_13'] = x_load_state__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_14'] = x_load_state__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_15'] = x_load_state__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_16'] = x_load_state__mutmut_16 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_17'] = x_load_state__mutmut_17 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_18'] = x_load_state__mutmut_18 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_19'] = x_load_state__mutmut_19 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_20'] = x_load_state__mutmut_20 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_21'] = x_load_state__mutmut_21 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_22'] = x_load_state__mutmut_22 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_23'] = x_load_state__mutmut_23 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_24'] = x_load_state__mutmut_24 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_25'] = x_load_state__mutmut_25 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_26'] = x_load_state__mutmut_26 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_27'] = x_load_state__mutmut_27 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_28'] = x_load_state__mutmut_28 # type: ignore # mutmut generated
mutants_x_load_state__mutmut['x_load_state__mutmut_29'] = x_load_state__mutmut_29 # type: ignore # mutmut generated
mutants_x__open_torch__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__open_torch__mutmut)
def _open_torch(path: Path, device: str, threads: int | None) -> Backend:
    module, _ = load_model(path)
    return TorchBackend(module, device)


def x__open_torch__mutmut_orig(path: Path, device: str, threads: int | None) -> Backend:
    module, _ = load_model(path)
    return TorchBackend(module, device)


def x__open_torch__mutmut_1(path: Path, device: str, threads: int | None) -> Backend:
    module, _ = None
    return TorchBackend(module, device)


def x__open_torch__mutmut_2(path: Path, device: str, threads: int | None) -> Backend:
    module, _ = load_model(None)
    return TorchBackend(module, device)


def x__open_torch__mutmut_3(path: Path, device: str, threads: int | None) -> Backend:
    module, _ = load_model(path)
    return TorchBackend(None, device)


def x__open_torch__mutmut_4(path: Path, device: str, threads: int | None) -> Backend:
    module, _ = load_model(path)
    return TorchBackend(module, None)


def x__open_torch__mutmut_5(path: Path, device: str, threads: int | None) -> Backend:
    module, _ = load_model(path)
    return TorchBackend(device)


def x__open_torch__mutmut_6(path: Path, device: str, threads: int | None) -> Backend:
    module, _ = load_model(path)
    return TorchBackend(module, )

mutants_x__open_torch__mutmut['_mutmut_orig'] = x__open_torch__mutmut_orig # type: ignore # mutmut generated
mutants_x__open_torch__mutmut['x__open_torch__mutmut_1'] = x__open_torch__mutmut_1 # type: ignore # mutmut generated
mutants_x__open_torch__mutmut['x__open_torch__mutmut_2'] = x__open_torch__mutmut_2 # type: ignore # mutmut generated
mutants_x__open_torch__mutmut['x__open_torch__mutmut_3'] = x__open_torch__mutmut_3 # type: ignore # mutmut generated
mutants_x__open_torch__mutmut['x__open_torch__mutmut_4'] = x__open_torch__mutmut_4 # type: ignore # mutmut generated
mutants_x__open_torch__mutmut['x__open_torch__mutmut_5'] = x__open_torch__mutmut_5 # type: ignore # mutmut generated
mutants_x__open_torch__mutmut['x__open_torch__mutmut_6'] = x__open_torch__mutmut_6 # type: ignore # mutmut generated
mutants_x__open_onnx__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__open_onnx__mutmut)
def _open_onnx(path: Path, device: str, threads: int | None) -> Backend:
    return OnnxBackend(path, threads)


def x__open_onnx__mutmut_orig(path: Path, device: str, threads: int | None) -> Backend:
    return OnnxBackend(path, threads)


def x__open_onnx__mutmut_1(path: Path, device: str, threads: int | None) -> Backend:
    return OnnxBackend(None, threads)


def x__open_onnx__mutmut_2(path: Path, device: str, threads: int | None) -> Backend:
    return OnnxBackend(path, None)


def x__open_onnx__mutmut_3(path: Path, device: str, threads: int | None) -> Backend:
    return OnnxBackend(threads)


def x__open_onnx__mutmut_4(path: Path, device: str, threads: int | None) -> Backend:
    return OnnxBackend(path, )

mutants_x__open_onnx__mutmut['_mutmut_orig'] = x__open_onnx__mutmut_orig # type: ignore # mutmut generated
mutants_x__open_onnx__mutmut['x__open_onnx__mutmut_1'] = x__open_onnx__mutmut_1 # type: ignore # mutmut generated
mutants_x__open_onnx__mutmut['x__open_onnx__mutmut_2'] = x__open_onnx__mutmut_2 # type: ignore # mutmut generated
mutants_x__open_onnx__mutmut['x__open_onnx__mutmut_3'] = x__open_onnx__mutmut_3 # type: ignore # mutmut generated
mutants_x__open_onnx__mutmut['x__open_onnx__mutmut_4'] = x__open_onnx__mutmut_4 # type: ignore # mutmut generated


# How each model file format runs; a new format (the compressed .lsz) adds one line.
BACKENDS: dict[str, Callable[[Path, str, int | None], Backend]] = {
    ".safetensors": _open_torch,
    ".onnx": _open_onnx,
}
mutants_x_open_backend__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_open_backend__mutmut)
def open_backend(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_orig(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_1(
    model: str | Path, device: str = "XXcpuXX", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_2(
    model: str | Path, device: str = "CPU", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_3(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = None
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_4(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(None)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_5(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = None
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_6(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(None)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_7(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is not None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_8(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(None)
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_9(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(None)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_10(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {'XX, XX'.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_11(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_12(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(None)
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_13(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = None
    return opener(path, device, threads), header


def x_open_backend__mutmut_14(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if ((run_dir / HEADER).is_file()) and False else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_15(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if ((run_dir / HEADER).is_file()) or True else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_16(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(None) if (run_dir / HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_17(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir * HEADER).is_file() else None
    return opener(path, device, threads), header


def x_open_backend__mutmut_18(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(None, device, threads), header


def x_open_backend__mutmut_19(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, None, threads), header


def x_open_backend__mutmut_20(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, None), header


def x_open_backend__mutmut_21(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(device, threads), header


def x_open_backend__mutmut_22(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, threads), header


def x_open_backend__mutmut_23(
    model: str | Path, device: str = "cpu", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with the header of the run it belongs to."""
    run_dir, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    header = read_header(run_dir) if (run_dir / HEADER).is_file() else None
    return opener(path, device, ), header

mutants_x_open_backend__mutmut['_mutmut_orig'] = x_open_backend__mutmut_orig # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_1'] = x_open_backend__mutmut_1 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_2'] = x_open_backend__mutmut_2 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_3'] = x_open_backend__mutmut_3 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_4'] = x_open_backend__mutmut_4 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_5'] = x_open_backend__mutmut_5 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_6'] = x_open_backend__mutmut_6 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_7'] = x_open_backend__mutmut_7 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_8'] = x_open_backend__mutmut_8 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_9'] = x_open_backend__mutmut_9 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_10'] = x_open_backend__mutmut_10 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_11'] = x_open_backend__mutmut_11 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_12'] = x_open_backend__mutmut_12 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_13'] = x_open_backend__mutmut_13 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_14'] = x_open_backend__mutmut_14 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_15'] = x_open_backend__mutmut_15 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_16'] = x_open_backend__mutmut_16 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_17'] = x_open_backend__mutmut_17 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_18'] = x_open_backend__mutmut_18 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_19'] = x_open_backend__mutmut_19 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_20'] = x_open_backend__mutmut_20 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_21'] = x_open_backend__mutmut_21 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_22'] = x_open_backend__mutmut_22 # type: ignore # mutmut generated
mutants_x_open_backend__mutmut['x_open_backend__mutmut_23'] = x_open_backend__mutmut_23 # type: ignore # mutmut generated
mutants_x_write_json__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_write_json__mutmut)
def write_json(path: Path, data: Any) -> None:
    write_text(path, json.dumps(data, indent=2))


def x_write_json__mutmut_orig(path: Path, data: Any) -> None:
    write_text(path, json.dumps(data, indent=2))


def x_write_json__mutmut_1(path: Path, data: Any) -> None:
    write_text(None, json.dumps(data, indent=2))


def x_write_json__mutmut_2(path: Path, data: Any) -> None:
    write_text(path, None)


def x_write_json__mutmut_3(path: Path, data: Any) -> None:
    write_text(json.dumps(data, indent=2))


def x_write_json__mutmut_4(path: Path, data: Any) -> None:
    write_text(path, )


def x_write_json__mutmut_5(path: Path, data: Any) -> None:
    write_text(path, json.dumps(None, indent=2))


def x_write_json__mutmut_6(path: Path, data: Any) -> None:
    write_text(path, json.dumps(data, indent=None))


def x_write_json__mutmut_7(path: Path, data: Any) -> None:
    write_text(path, json.dumps(indent=2))


def x_write_json__mutmut_8(path: Path, data: Any) -> None:
    write_text(path, json.dumps(data, ))


def x_write_json__mutmut_9(path: Path, data: Any) -> None:
    write_text(path, json.dumps(data, indent=3))

mutants_x_write_json__mutmut['_mutmut_orig'] = x_write_json__mutmut_orig # type: ignore # mutmut generated
mutants_x_write_json__mutmut['x_write_json__mutmut_1'] = x_write_json__mutmut_1 # type: ignore # mutmut generated
mutants_x_write_json__mutmut['x_write_json__mutmut_2'] = x_write_json__mutmut_2 # type: ignore # mutmut generated
mutants_x_write_json__mutmut['x_write_json__mutmut_3'] = x_write_json__mutmut_3 # type: ignore # mutmut generated
mutants_x_write_json__mutmut['x_write_json__mutmut_4'] = x_write_json__mutmut_4 # type: ignore # mutmut generated
mutants_x_write_json__mutmut['x_write_json__mutmut_5'] = x_write_json__mutmut_5 # type: ignore # mutmut generated
mutants_x_write_json__mutmut['x_write_json__mutmut_6'] = x_write_json__mutmut_6 # type: ignore # mutmut generated
mutants_x_write_json__mutmut['x_write_json__mutmut_7'] = x_write_json__mutmut_7 # type: ignore # mutmut generated
mutants_x_write_json__mutmut['x_write_json__mutmut_8'] = x_write_json__mutmut_8 # type: ignore # mutmut generated
mutants_x_write_json__mutmut['x_write_json__mutmut_9'] = x_write_json__mutmut_9 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_write_lineage__mutmut)
def write_lineage(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_orig(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_1(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = None
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_2(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "XXstepXX": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_3(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "STEP": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_4(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "XXparentXX": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_5(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "PARENT": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_6(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(None),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_7(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "XXcreatedXX": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_8(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "CREATED": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_9(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec=None),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_10(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(None).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_11(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="XXsecondsXX"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_12(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="SECONDS"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_13(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "XXleansegXX": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_14(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "LEANSEG": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", record)


def x_write_lineage__mutmut_15(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(None, record)


def x_write_lineage__mutmut_16(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", None)


def x_write_lineage__mutmut_17(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(record)


def x_write_lineage__mutmut_18(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "lineage.json", )


def x_write_lineage__mutmut_19(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) * "lineage.json", record)


def x_write_lineage__mutmut_20(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(None) / "lineage.json", record)


def x_write_lineage__mutmut_21(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "XXlineage.jsonXX", record)


def x_write_lineage__mutmut_22(out: Path, step: str, parent: str | Path, **details: Any) -> None:
    """Record in `out/lineage.json` which step made this output folder and from which model."""
    import datetime

    from leanseg import __version__

    record = {
        "step": step,
        "parent": str(parent),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "leanseg": __version__,
        **details,
    }
    write_json(Path(out) / "LINEAGE.JSON", record)

mutants_x_write_lineage__mutmut['_mutmut_orig'] = x_write_lineage__mutmut_orig # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_1'] = x_write_lineage__mutmut_1 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_2'] = x_write_lineage__mutmut_2 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_3'] = x_write_lineage__mutmut_3 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_4'] = x_write_lineage__mutmut_4 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_5'] = x_write_lineage__mutmut_5 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_6'] = x_write_lineage__mutmut_6 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_7'] = x_write_lineage__mutmut_7 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_8'] = x_write_lineage__mutmut_8 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_9'] = x_write_lineage__mutmut_9 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_10'] = x_write_lineage__mutmut_10 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_11'] = x_write_lineage__mutmut_11 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_12'] = x_write_lineage__mutmut_12 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_13'] = x_write_lineage__mutmut_13 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_14'] = x_write_lineage__mutmut_14 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_15'] = x_write_lineage__mutmut_15 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_16'] = x_write_lineage__mutmut_16 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_17'] = x_write_lineage__mutmut_17 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_18'] = x_write_lineage__mutmut_18 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_19'] = x_write_lineage__mutmut_19 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_20'] = x_write_lineage__mutmut_20 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_21'] = x_write_lineage__mutmut_21 # type: ignore # mutmut generated
mutants_x_write_lineage__mutmut['x_write_lineage__mutmut_22'] = x_write_lineage__mutmut_22 # type: ignore # mutmut generated
