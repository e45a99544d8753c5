"""Configuration: one small frozen dataclass per concern, filled from flat YAML and CLI overrides.

A training config is four sections: `DataConfig`, `AugmentConfig` (the transforms' own),
`OptimConfig` and `RunConfig`. YAML files and `--set KEY=VALUE` stay flat (`lr: 1e-3`, not
`optim: {lr: 1e-3}`): every key names exactly one field of one section, so a file reads as a
plain list of settings and the code still groups them by concern. `coerce` checks and converts
the values of any flat dataclass; `coerce_sections` routes flat keys into a sectioned one, so a
future `CompressConfig` reuses both.
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from leanseg.data.transforms import AugmentConfig
from leanseg.errors import LeansegError


class ConfigError(LeansegError):
    """An unknown key or a value of the wrong type in a config file or override."""


@dataclass(frozen=True)
class DataConfig:
    dataset: str = ""  # descriptor: dataset.yaml, its folder, or NAME:PATH
    eval_size: tuple[int, int] | None = None  # validation resize (H, W); None: native
    class_weights: str = "enet"  # none | median (SegNet) | enet (1 / ln(1.02 + p))
    workers: int = 2  # data loader processes
    cache: bool = False  # decode the train split once, augment batches on the device (GPU)


@dataclass(frozen=True)
class OptimConfig:
    epochs: int = 100
    batch_size: int = 8
    optimizer: str = "adam"  # sgd | adam | adamw
    lr: float = 5e-4
    momentum: float = 0.9  # SGD only
    weight_decay: float = 2e-4
    schedule: str = "poly"  # poly | cosine | constant
    warmup_epochs: float = 0.0  # linear warm-up from 1% of lr
    grad_clip: float = 0.0  # max gradient norm; 0 disables
    amp: bool = True  # mixed precision, used on CUDA only
    ema: float = 0.0  # decay per step of a moving average of weights and statistics; 0: off


@dataclass(frozen=True)
class RunConfig:
    model: str = "enet"  # registry name (ignored with `init`: the parent's architecture wins)
    init: str = ""  # run directory or pretrained name to start from (fine-tuning)
    name: str = ""  # run name; default <model>-<dataset>
    out_dir: str = "runs"  # parent folder of run directories
    val_every: int = 1  # epochs between validations
    early_stop: int = 0  # stop after this many validations without improvement; 0: never
    keep: str = "best"  # best | last: which validated weights model.safetensors holds
    seed: int = 0
    deterministic: bool = False  # reproducible CPU runs (deterministic algorithms, 0 workers)
    backbone_weights: str = ""  # torchvision weights name or local file for the encoder
    device: str = "auto"  # auto | cpu | cuda


@dataclass(frozen=True)
class TrainConfig:
    data: DataConfig = DataConfig()
    augment: AugmentConfig = AugmentConfig()
    optim: OptimConfig = OptimConfig()
    run: RunConfig = RunConfig()

    def run_name(self) -> str:
        dataset = Path(self.data.dataset.split(":")[-1]).name or "data"
        return self.run.name or f"{self.run.model}-{dataset}"


def train_config(**values: Any) -> TrainConfig:
    """A `TrainConfig` from flat keyword arguments: `train_config(dataset="d", lr=1e-3)`."""
    return coerce_sections(TrainConfig, values, "arguments")


def load_config(path: Path | None, overrides: dict[str, Any]) -> TrainConfig:
    """Defaults, then the YAML file, then overrides (strings are parsed as YAML scalars)."""
    values: dict[str, Any] = {}
    if path is not None:
        if not Path(path).is_file():
            raise ConfigError(f"{path}: config file not found")
        try:
            loaded = yaml.safe_load(Path(path).read_text()) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as err:
            raise ConfigError(f"{path}: not valid YAML ({err.__class__.__name__})") from None
        if not isinstance(loaded, dict):
            raise ConfigError(f"{path}: a config file must be a mapping")
        values.update(loaded)
    values.update(parse_overrides(overrides))
    return coerce_sections(TrainConfig, values, str(path or "overrides"))


def parse_overrides(overrides: dict[str, Any]) -> dict[str, Any]:
    """`--set` values: strings are parsed as YAML scalars (`crop=[240,320]`), others kept."""
    values = {}
    for key, value in overrides.items():
        try:
            values[key] = yaml.safe_load(value) if isinstance(value, str) else value
        except yaml.YAMLError:
            raise ConfigError(f"--set {key}: {value!r} is not a valid YAML value") from None
    return values


def coerce_sections(cls: type, values: dict[str, Any], source: str):
    """Build a dataclass whose fields are dataclasses (sections) from one flat mapping."""
    sections = {f.name: f.type for f in fields(cls)}
    hints = typing.get_type_hints(cls)
    owner = {k: s for s in sections for k in (f.name for f in fields(hints[s]))}
    unknown = sorted(set(values) - set(owner))
    if unknown:
        raise ConfigError(f"{source}: unknown key(s) {', '.join(unknown)}")
    return cls(
        **{
            s: coerce(hints[s], {k: v for k, v in values.items() if owner[k] == s}, source)
            for s in sections
        }
    )


def _at_least(low: float) -> Callable[[Any], bool]:
    return lambda v: math.isfinite(v) and v >= low


def _size(v: Any) -> bool:
    return v is None or all(1 <= d <= 16384 for d in v)


def _one_of(*names: str) -> tuple[Callable[[Any], bool], str]:
    return (lambda v: v in names), f"must be one of {', '.join(names)}"


# Ranges and choices of every setting, by field name (names are unique across sections). They
# are checked where values are parsed, so `epochs: 0` fails before a dataset is read.
RULES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "epochs": (_at_least(1), "must be at least 1"),
    "batch_size": (_at_least(1), "must be at least 1"),
    "workers": (_at_least(0), "must be 0 or more"),
    "val_every": (_at_least(1), "must be at least 1"),
    "early_stop": (_at_least(0), "must be 0 (off) or more"),
    "seed": (_at_least(0), "must be 0 or more"),
    "lr": (_at_least(0), "must be 0 or more"),
    "momentum": (lambda v: 0 <= v < 1, "must be in [0, 1)"),
    "weight_decay": (_at_least(0), "must be 0 or more"),
    "warmup_epochs": (_at_least(0), "must be 0 or more"),
    "grad_clip": (_at_least(0), "must be 0 (off) or more"),
    "ema": (lambda v: 0 <= v < 1, "must be in [0, 1) (0: off)"),
    "keep": _one_of("best", "last"),
    "color_jitter": (lambda v: 0 <= v <= 1, "must be in [0, 1]"),
    "crop": (_size, "must be null or two sizes of 1 to 16384 pixels"),
    "eval_size": (_size, "must be null or two sizes of 1 to 16384 pixels"),
    "scale": (lambda v: 0 < v[0] <= v[1] <= 16, "must be two factors 0 < low <= high <= 16"),
    "optimizer": _one_of("sgd", "adam", "adamw"),
    "schedule": _one_of("poly", "cosine", "constant"),
    "class_weights": _one_of("none", "median", "enet"),
    "device": (
        lambda v: v in ("auto", "cpu", "cuda") or re.fullmatch(r"cuda:\d+", v) is not None,
        "must be auto, cpu, cuda or cuda:N",
    ),
}


def coerce(cls: type, values: dict[str, Any], source: str):
    """Build a flat dataclass, converting each value to its field's type and checking it
    against `RULES`, or naming the key that is wrong."""
    hints = typing.get_type_hints(cls)
    unknown = sorted(set(values) - set(hints))
    if unknown:
        raise ConfigError(f"{source}: unknown key(s) {', '.join(unknown)}")
    converted = {k: _convert(hints[k], v, f"{source}: {k}") for k, v in values.items()}
    for key, value in converted.items():
        ok, what = RULES.get(key, (lambda v: True, ""))
        if not ok(value):
            raise ConfigError(f"{source}: {key} {what}, got {value!r}")
    return cls(**converted)


def _convert(hint: Any, value: Any, where: str) -> Any:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        hint = next(a for a in args if a is not type(None))
        args = typing.get_args(hint)
    if typing.get_origin(hint) is tuple:
        if not isinstance(value, list | tuple) or len(value) != len(args):
            raise ConfigError(f"{where} must be a list of {len(args)} numbers")
        return tuple(_convert(a, v, where) for a, v in zip(args, value, strict=True))
    try:
        if (hint is bool) != isinstance(value, bool):  # no 1 for true, no true for 1
            raise TypeError
        if hint is int and not isinstance(value, int):  # 1.7 epochs is refused, not truncated
            raise TypeError
        if hint is float and not isinstance(value, int | float | str):  # YAML reads 1e-3 as str
            raise TypeError
        if hint is str and not isinstance(value, str | int):  # a run called 2024
            raise TypeError
        return hint(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: expected {hint.__name__}, got {value!r}") from None


def config_to_dict(cfg: Any) -> dict[str, Any]:
    """The flat mapping a config file holds (sections merged, tuples as lists)."""
    flat: dict[str, Any] = {}
    for f in fields(cfg):
        value = getattr(cfg, f.name)
        if dataclasses.is_dataclass(value):
            flat.update(config_to_dict(value))
        else:
            flat[f.name] = list(value) if isinstance(value, tuple) else value
    return flat
