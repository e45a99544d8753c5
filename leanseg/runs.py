"""Run directories: the one place that creates, opens and writes them.

A run directory holds a model, the header that rebuilds it without pickle, and where it came
from. Every step (train, finetune, prune, quantize, cluster, encode, slopes) reads one run
directory and writes a new one naming its parent, so `leanseg runs show` can walk any model
back to the training run it started from.

Layout of `runs/<name>/`:
    model.json          the header, the only copy: format_version, architecture, channel plan,
                        classes, colours, dataset descriptor (absolute), parent, step, settings
    model.safetensors   the weights kept: the best by validation mIoU, or the last epoch's
                        (`keep: last`, the compression steps' default); other formats sit beside it
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
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file
from torch import nn

from leanseg.atomic import atomic_path, remove_stale_temporaries, write_text
from leanseg.backends import Backend, OnnxBackend, TorchBackend
from leanseg.checkpoint import CHECKPOINT
from leanseg.data.override import current_dataset
from leanseg.errors import LeansegError
from leanseg.jsonfile import parse_json
from leanseg.models import build_model
from leanseg.models.channels import ChannelPlan, ChannelPlanError, channel_plan
from leanseg.models.registry import ModelError

FORMAT_VERSION = "2.0"  # major: incompatible layout; minor: new optional keys
HEADER = "model.json"
WEIGHTS = "model.safetensors"
CONFIG = "config.yaml"
METRICS = "metrics.json"
PRETRAINED_DIR = Path(__file__).parent / "pretrained"
STEPS = ("train", "finetune", "prune", "quantize", "cluster", "encode", "slopes")
# Model files a run directory may hold, by format name.
FORMAT_FILES = {
    "safetensors": "model.safetensors",
    "onnx": "model.onnx",
    "onnx_int8": "model.int8.onnx",
    "lsz": "model.lsz",
}


class RunError(LeansegError):
    """A run directory that is missing, incomplete, inconsistent or from a newer leanseg."""


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

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)

    def build(self, num_classes: int | None = None) -> nn.Module:
        """The architecture this header describes, with fresh weights."""
        n = self.num_classes if num_classes is None else num_classes
        return build_model(self.model, n, channels=self.channels, **self.options)

    def plan_of(self, model: nn.Module) -> ChannelPlan:
        """The channel plan of `model`, a resized build of this architecture: its widths that
        differ from the registry's (a header for the model takes it as `channels`)."""
        reference = build_model(self.model, self.num_classes, **self.options)
        return channel_plan(model, reference)


_REQUIRED = ("model", "num_classes", "classes", "colors", "ignore_index")


def parse_header(text: str, where: str | Path) -> ModelHeader:
    """Validate a header's JSON. A missing `format_version` is a 1.x header (before lineage);
    a newer major version is refused; unknown keys (a newer minor version's) are ignored."""
    raw = parse_json(text, where, RunError, "header")
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
    header = ModelHeader(**values)
    return replace(header, dataset=current_dataset(header.dataset))  # `--dataset`, if given


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


def read_header(run_dir: str | Path) -> ModelHeader:
    path = Path(run_dir) / HEADER
    if not path.is_file():
        raise RunError(f"{run_dir}: not a run directory (no {HEADER})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunError(f"{path}: malformed header (not UTF-8 text)") from None
    return parse_header(text, path)


def write_header(run_dir: Path, header: ModelHeader) -> None:
    write_text(Path(run_dir) / HEADER, header.to_json())


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


def prepare_run_dir(
    run_dir: Path, config: dict[str, Any], resume: bool = False, overwrite: bool = False
) -> None:
    """Get a run directory ready for a step: `resume` needs its checkpoint and the same
    `config` (flat settings) it was started with, and clears temporaries a kill left; a new
    run refuses an existing one (even empty) unless `overwrite`, which deletes it, and then
    creates the folder exclusively: of two processes that start one name together, the one
    whose creation comes second is refused."""
    if resume:
        if not (run_dir / CHECKPOINT).is_file():
            raise RunError(f"{run_dir}: nothing to resume (no {CHECKPOINT})")
        _check_same_config(run_dir, config)
        remove_stale_temporaries(run_dir)
        return
    if run_dir.exists():
        if not overwrite:
            raise RunError(
                f"{run_dir}: a run of this name exists; pass --resume to continue it, "
                "--overwrite to replace it, or choose another --name"
            )
        shutil.rmtree(run_dir) if run_dir.is_dir() else run_dir.unlink()
    try:  # exclusive: of two processes starting one name together, one gets it
        run_dir.mkdir(parents=True)
    except FileExistsError:
        raise RunError(f"{run_dir}: another process started a run of this name just now; "
                       "choose another --name") from None  # fmt: skip


# Settings that may change when a run is resumed: they do not change what is computed.
RESUMABLE_CHANGES = ("workers", "device")


def _check_same_config(run_dir: Path, wanted: dict[str, Any]) -> None:
    """`--resume` continues the same run: name every setting that differs from the saved one."""
    path = run_dir / CONFIG
    try:
        saved = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        raise RunError(f"{path}: cannot read the saved configuration") from None
    if not isinstance(saved, dict):
        raise RunError(f"{path}: cannot read the saved configuration")
    differ = [
        f"{k} ({saved.get(k)!r} -> {v!r})"
        for k, v in wanted.items()
        if k not in RESUMABLE_CHANGES and saved.get(k, v) != v
    ]
    if differ:
        raise RunError(
            f"{run_dir}: --resume with other settings than the run was started with: "
            f"{', '.join(differ)}; use the same settings or start a new run"
        )


def write_model_run(
    out: Path, header: ModelHeader, model: nn.Module, val_metrics: dict[str, Any]
) -> None:
    """Write the header, weights and val metrics of a model a step derived (fine-tuning,
    if any, wrote its own: these replace them with the final, evaluated ones)."""
    create_run(out, header)
    save_weights(out, model)
    write_json(out / METRICS, {"split": "val", **val_metrics})


def save_weights(run_dir: Path, model: nn.Module, name: str = WEIGHTS) -> None:
    """Write a model's state dict atomically as safetensors (no pickle)."""
    module = model.module if hasattr(model, "module") else model  # unwrap DDP
    state = {k: v.detach().cpu().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(Path(run_dir) / name) as tmp:
        save_file(state, str(tmp))


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


def parent_reference(name_or_path: str | Path) -> str:
    """How a child names its parent: a pretrained name as is, a run by its absolute path."""
    path = resolve_model_path(name_or_path)
    if path.parent == PRETRAINED_DIR and not Path(name_or_path).exists():
        return str(name_or_path)
    return str(path.resolve())


def locate_model(model: str | Path) -> tuple[Path, Path]:
    """(run directory, model file) for a run directory (its safetensors weights, or the first
    other model file it holds: a quantization run has only its int8 ONNX), pretrained name or
    model file; an exported file's run is the folder holding it, or the one above."""
    path = resolve_model_path(model)
    if path.is_dir():
        files = model_files(path)
        return path, path / WEIGHTS if "safetensors" in files or not files else next(
            iter(files.values())
        )
    for d in (path.parent, path.parent.parent):  # exported files sit in or beside their run
        if (d / HEADER).is_file():
            return d, path
    return path.parent, path


def model_inputs(model: str | Path) -> list[Path]:
    """What a command reading `model` must never write over (`atomic.check_not_input`): its
    run directory, or the model file itself when it belongs to no run."""
    run_dir, file = locate_model(model)
    return [run_dir] if (run_dir / HEADER).is_file() else [file]


def model_files(run_dir: Path) -> dict[str, Path]:
    """The model files a run directory holds, by format name."""
    files = {f: Path(run_dir) / n for f, n in FORMAT_FILES.items()}
    return {f: p for f, p in files.items() if p.is_file()}


def find_header(model: str | Path) -> ModelHeader | None:
    """The header of a run directory, of the run a model file belongs to, or the one a `.lsz`
    file outside any run carries; None for an ONNX file outside its run."""
    run_dir, path = locate_model(model)
    if (run_dir / HEADER).is_file():
        return read_header(run_dir)
    if path.suffix == ".lsz" and path.is_file():
        from leanseg.compress.lsz import read_lsz

        return parse_header(json.dumps(read_lsz(path)[1]), path)
    return None


def load_model(model: str | Path) -> tuple[nn.Module, ModelHeader]:
    """Rebuild a run's PyTorch model (architecture and channel plan from the header, weights
    from safetensors or a `.lsz` file). `model` is a run directory, pretrained name or model
    file; a `.lsz` file outside a run directory carries its own header."""
    from leanseg.compress.lsz import read_lsz

    run_dir, path = locate_model(model)
    if path.suffix == ".lsz":
        state, embedded = read_lsz(path)
        has_run = (run_dir / HEADER).is_file()
        header = read_header(run_dir) if has_run else parse_header(json.dumps(embedded), path)
    elif path.suffix != ".safetensors":
        raise RunError(f"{path}: PyTorch weights are .safetensors or .lsz files")
    else:
        header = read_header(run_dir)
        try:
            state = load_file(str(path))
        except (SafetensorError, OSError) as err:
            raise RunError(f"{path}: cannot read weights ({err})") from None
    try:
        module = header.build()
    except (ChannelPlanError, TypeError) as err:
        raise ModelError(f"{run_dir / HEADER}: cannot rebuild {header.model} ({err})") from None
    if path.suffix == ".lsz":  # .lsz holds float tensors; counters keep their fresh values
        state = {k: v for k, v in module.state_dict().items() if not v.is_floating_point()} | state
    load_state(module, state, path)
    return module.eval(), header


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


Opened = tuple[Backend, ModelHeader | None]  # what `open_backend` returns


def _open_torch(path: Path, device: str, threads: int | None) -> Opened:
    module, header = load_model(path)  # a .lsz outside a run: the header it carries
    return TorchBackend(module, device), header


def _open_onnx(path: Path, device: str, threads: int | None) -> Opened:
    return OnnxBackend(path, threads), find_header(path)


# How each model file format runs, with its header; a new format (the compressed .lsz) adds
# one line.
BACKENDS: dict[str, Callable[[Path, str, int | None], Opened]] = {
    ".safetensors": _open_torch,
    ".onnx": _open_onnx,
    ".lsz": _open_torch,  # decoded to the exact weights, then run in PyTorch
}


def open_backend(model: str | Path, device: str = "cpu", threads: int | None = None) -> Opened:
    """A backend for a run directory (its safetensors weights), a pretrained name or a model
    file of any format in `BACKENDS`, with its header (the run's, or the one a `.lsz` file
    outside any run carries: read once, with the weights)."""
    _, path = locate_model(model)
    opener = BACKENDS.get(path.suffix)
    if opener is None:
        raise RunError(f"{path}: unknown model format; leanseg reads {', '.join(BACKENDS)}")
    if not path.is_file():
        raise RunError(f"{path}: model file not found")
    return opener(path, device, threads)


def write_json(path: Path, data: Any) -> None:
    write_text(path, json.dumps(data, indent=2))


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
