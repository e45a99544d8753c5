"""Training configuration: one frozen dataclass, filled from a YAML file and CLI overrides."""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from leanseg.errors import LeansegError


class ConfigError(LeansegError):
    """An unknown key or a value of the wrong type in a config file or override."""


@dataclass(frozen=True)
class TrainConfig:
    dataset: str = ""  # descriptor: dataset.yaml, its folder, or NAME:PATH
    model: str = "enet"  # registry name
    name: str = ""  # run name; default <model>-<dataset>
    out_dir: str = "runs"  # parent folder of run directories
    epochs: int = 100
    batch_size: int = 8
    crop: tuple[int, int] | None = (360, 480)  # training crop (H, W); None: whole images
    scale: tuple[float, float] = (0.5, 2.0)  # random scale before cropping
    flip: bool = True
    color_jitter: float = 0.2
    eval_size: tuple[int, int] | None = None  # validation resize (H, W); None: native
    optimizer: str = "adam"  # sgd | adam | adamw
    lr: float = 5e-4
    momentum: float = 0.9  # SGD only
    weight_decay: float = 2e-4
    schedule: str = "poly"  # poly | cosine | constant
    warmup_epochs: float = 0.0  # linear warm-up from 1% of lr
    class_weights: str = "enet"  # none | median (SegNet) | enet (1 / ln(1.02 + p))
    grad_clip: float = 0.0  # max gradient norm; 0 disables
    amp: bool = True  # mixed precision, used on CUDA only
    val_every: int = 1  # epochs between validations
    early_stop: int = 0  # stop after this many validations without improvement; 0: never
    workers: int = 2  # data loader processes
    seed: int = 0
    deterministic: bool = False  # reproducible CPU runs (deterministic algorithms, 0 workers)
    backbone_weights: str = ""  # torchvision weights name or local file for the encoder
    device: str = "auto"  # auto | cpu | cuda

    def run_name(self) -> str:
        return self.name or f"{self.model}-{Path(self.dataset.split(':')[-1]).name or 'data'}"


def load_config(path: Path | None, overrides: dict[str, Any]) -> TrainConfig:
    """Defaults, then the YAML file, then overrides (strings are parsed as YAML scalars)."""
    values: dict[str, Any] = {}
    if path is not None:
        if not Path(path).is_file():
            raise ConfigError(f"{path}: config file not found")
        loaded = yaml.safe_load(Path(path).read_text()) or {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"{path}: a config file must be a mapping")
        values.update(loaded)
    for key, value in overrides.items():
        values[key] = yaml.safe_load(value) if isinstance(value, str) else value
    return _coerce(values, source=str(path or "overrides"))


def _coerce(values: dict[str, Any], source: str) -> TrainConfig:
    known = {f.name: f for f in fields(TrainConfig)}
    hints = typing.get_type_hints(TrainConfig)
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ConfigError(f"{source}: unknown key(s) {', '.join(unknown)}")
    out = {}
    for key, value in values.items():
        out[key] = _convert(hints[key], value, f"{source}: {key}")
    return TrainConfig(**out)


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
        if hint is bool and not isinstance(value, bool):
            raise TypeError
        return hint(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: expected {hint.__name__}, got {value!r}") from None


def config_to_dict(cfg: TrainConfig) -> dict[str, Any]:
    d = dataclasses.asdict(cfg)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in d.items()}
