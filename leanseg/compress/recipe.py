"""`leanseg compress RUN --recipe recipe.yaml`: chain compression steps, each a run directory
whose parent is the step before, so a chain interrupted at any point resumes where it stopped.

A recipe lists steps in order; each names a command and its settings, the same ones as the
command's Python configuration (`PruneConfig`, `ClusterConfig`, `SlopesConfig` for
`share_slopes`, `PtqConfig`, `QatConfig`):

    steps:
      - prune: {criterion: l1, ratio: 0.5, finetune_epochs: 10}
      - cluster: {bits: "default=5", finetune_epochs: 3}
      - encode: {codec: huffman}

A prune step takes `plan: PATH` (a `sensitivity.json`, relative to the working directory) as
`leanseg prune --plan` does.

Step i is written to `<out>/<i>-<command>/`; `<out>/compress.json` holds the recipe and every
finished step (its run, val mIoU and model file size) and is rewritten after each step, so a
rerun skips the finished ones and redoes an interrupted one from its parent. `quantize` ends a
chain (its int8 ONNX model is not a further step's input).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from leanseg.atomic import check_not_input, check_output_dir
from leanseg.errors import LeansegError
from leanseg.jsonfile import read_json
from leanseg.outputs import default_output
from leanseg.runs import locate_model, model_files, parent_reference, write_json

COMMANDS = ("prune", "cluster", "share_slopes", "encode", "quantize")
STATE = "compress.json"


class RecipeError(LeansegError):
    """A recipe that cannot be read or run, or an output folder made by another recipe."""


@dataclass(frozen=True)
class Step:
    command: str  # one of COMMANDS
    settings: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {self.command: self.settings}


def load_recipe(path: str | Path) -> list[Step]:
    """The steps of a recipe file, each checked against its command's settings before any runs."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        detail = " ".join(str(err).split())  # YAML errors span lines
        raise RecipeError(f"{path}: cannot read the recipe ({detail})") from None
    entries = raw.get("steps") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not entries:
        raise RecipeError(f"{path}: a recipe is a mapping with a non-empty list `steps`")
    return parse_steps(entries, str(path))


def parse_steps(entries: list[Any], where: str) -> list[Step]:
    """`[{command: {settings}}, ...]` as checked steps; errors start with `where`."""
    steps = []
    for i, entry in enumerate(entries, 1):
        if not (isinstance(entry, dict) and len(entry) == 1):
            raise RecipeError(f"{where}: step {i} must be one `command: {{settings}}` mapping")
        ((command, settings),) = entry.items()
        if command not in COMMANDS:
            raise RecipeError(f"{where}: step {i}: unknown command {command!r}; "
                              f"commands are {', '.join(COMMANDS)}")  # fmt: skip
        if settings is not None and not isinstance(settings, dict):
            raise RecipeError(f"{where}: step {i} ({command}): settings must be a mapping")
        step = Step(command, dict(settings or {}))
        try:
            _config(step)
        except (TypeError, ValueError, LeansegError) as err:
            raise RecipeError(f"{where}: step {i} ({command}): {err}") from None
        steps.append(step)
    if any(s.command == "quantize" for s in steps[:-1]):
        raise RecipeError(f"{where}: quantize must be the last step (its int8 model ends a chain)")
    return steps


def _config(step: Step) -> Any:
    """The step's configuration object; unknown or ill-typed settings raise here."""
    from leanseg.compress.steps import ClusterConfig, parse_bits
    from leanseg.prune.runner import PruneConfig
    from leanseg.prune.sensitivity import load_plan
    from leanseg.quantize.ptq import PtqConfig
    from leanseg.quantize.qat import QatConfig
    from leanseg.quantize.slopes import SlopesConfig

    s = dict(step.settings)
    if step.command == "prune":
        if "plan" in s:  # a sensitivity.json, as `leanseg prune --plan` takes it
            s["layer_ratios"] = load_plan(s.pop("plan"))
        return PruneConfig(**_known(PruneConfig, s))
    if step.command == "cluster":
        return ClusterConfig(
            **_known(ClusterConfig, {**s, "bits": parse_bits(str(s.get("bits", 5)))})
        )
    if step.command == "share_slopes":
        return SlopesConfig(**_known(SlopesConfig, s))
    if step.command == "encode":
        codec = s.pop("codec", "huffman")
        if s or codec not in ("huffman", "ans"):
            raise RecipeError(f"encode takes only codec: huffman or ans, not {step.settings}")
        return codec
    method = s.pop("method", "ptq")
    training = {k: s.pop(k) for k in ("finetune_epochs", "lr", "distill", "finetune") if k in s}
    if method == "ptq" and training:
        raise RecipeError(f"{', '.join(training)}: only with method: qat")
    if "keep_float" in s:
        s["keep_float"] = tuple(s["keep_float"])
    export = PtqConfig(**_known(PtqConfig, s))
    if method == "qat":
        return QatConfig(**training, export=export)
    if method != "ptq":
        raise RecipeError(f"method {method!r}: use ptq or qat")
    return export


def _known(cls: type, settings: dict[str, Any]) -> dict[str, Any]:
    """`settings` when every key is a field of the dataclass `cls` and every value has the type
    of that field's default (an integer stands for a float; a boolean for neither)."""
    defaults = {f.name: f.default for f in fields(cls)}
    unknown = sorted(set(settings) - set(defaults))
    if unknown:
        raise RecipeError(f"unknown setting {unknown[0]!r}; settings are {', '.join(defaults)}")
    for key, value in settings.items():
        wanted = _kind(defaults[key])
        if wanted and _kind(value) not in ({wanted, "integer"} if wanted == "number" else {wanted}):
            raise RecipeError(f"{key} must be {_wanted_text(wanted)}, not {value!r}")
    return settings


def _kind(value: Any) -> str | None:
    """The JSON-like kind of a setting's value: true/false, integer, number or text."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "text" if isinstance(value, str) else None


def _wanted_text(kind: str) -> str:
    return {"boolean": "true or false", "integer": "an integer", "number": "a number",
            "text": "text"}[kind]  # fmt: skip


def run_step(
    step: Step, parent: str | Path, out: Path, progress: bool
) -> tuple[Path, float | None]:
    """Run one step from `parent` into `out` (replacing what an interrupted try left there);
    returns (run directory, val mIoU; None for `encode`, which does not score: its model
    decodes to exactly its parent's weights)."""
    from leanseg.compress.steps import cluster_run, encode_run
    from leanseg.prune.runner import prune_run
    from leanseg.quantize.ptq import PtqConfig, quantize_ptq
    from leanseg.quantize.qat import quantize_qat
    from leanseg.quantize.slopes import share_slopes_run

    cfg = _config(step)
    if step.command == "prune":
        result = prune_run(parent, cfg, out, progress, overwrite=True)
        return result.run_dir, result.miou[1]
    if step.command == "cluster":
        run_dir, _, miou = cluster_run(parent, cfg, out, progress, overwrite=True)
        return run_dir, miou
    if step.command == "share_slopes":
        run_dir, _, miou = share_slopes_run(parent, cfg, out, progress, overwrite=True)
        return run_dir, miou
    if step.command == "encode":
        run_dir, _ = encode_run(parent, out, overwrite=True, codec=cfg)
        return run_dir, None
    run = quantize_ptq if isinstance(cfg, PtqConfig) else quantize_qat
    result = run(parent, cfg, out, progress, overwrite=True)
    return result.run_dir, result.miou[1]


def compress(
    run: str | Path,
    recipe: str | Path,
    out: str | Path | None = None,
    progress: bool = True,
    overwrite: bool = False,
) -> list[dict[str, Any]]:
    """Apply `recipe` to `run` into `out` (default `<run>-<recipe name>`), skipping the steps a
    previous call of the same recipe finished; returns one record per step."""
    steps = load_recipe(recipe)
    run_dir, _ = locate_model(run)
    out = Path(out) if out else default_output(run_dir, Path(recipe).stem)
    check_not_input(out, [run_dir])
    state_file = out / STATE
    planned = {"parent": parent_reference(run), "recipe": [s.to_dict() for s in steps]}
    done: list[dict[str, Any]] = []
    if state_file.is_file() and not overwrite:
        state = read_json(state_file, RecipeError, "recipe state")
        if not isinstance(state, dict) or {k: state.get(k) for k in planned} != planned:
            raise RecipeError(f"{out}: made by another recipe or parent; use --overwrite "
                              "or another --out")  # fmt: skip
        done = state.get("steps")
        if not isinstance(done, list) or not all(
            isinstance(d, dict) and {"run", "miou"} <= d.keys() for d in done
        ):
            raise RecipeError(f"{state_file}: malformed recipe state (steps); use --overwrite")
    else:
        check_output_dir(out, overwrite)  # the overlap with `run_dir` is checked above
    parent: str | Path = done[-1]["run"] if done else run
    for i, step in enumerate(steps[len(done) :], len(done) + 1):
        folder = out / f"{i:02d}-{step.command}"
        if progress:
            print(f"step {i}/{len(steps)}: {step.command} {step.settings} -> {folder}")
        run_path, miou = run_step(step, parent, folder, progress)
        if miou is None and done:  # an encoded model scores as its parent
            miou = done[-1]["miou"]
        done.append({"step": i, "command": step.command, "settings": step.settings,
                     "run": str(run_path.resolve()), "miou": miou,
                     "bytes": _smallest_file(run_path)})  # fmt: skip
        write_json(state_file, {**planned, "steps": done})
        parent = run_path
    return done


def _smallest_file(run_dir: Path) -> int | None:
    """Bytes of the run's smallest model file (None when it holds none)."""
    sizes = [p.stat().st_size for p in model_files(run_dir).values()]
    return min(sizes) if sizes else None


def format_compress_report(run: str | Path, records: list[dict[str, Any]]) -> str:
    """One line per step: mIoU and the smallest model file, against the starting run."""
    start = _smallest_file(locate_model(run)[0]) or 0
    lines = [f"{'step':<28}{'val mIoU':>10}{'file':>12}{'smaller':>9}"]
    for r in records:
        size = r["bytes"] or 0
        ratio = f"{start / size:.1f}x" if size and start else "-"
        miou = "-" if r["miou"] is None else f"{r['miou']:.4f}"
        lines.append(f"{r['step']:>2}. {r['command']:<24}{miou:>10}{size / 1e3:>10.1f}KB"
                     f"{ratio:>9}")  # fmt: skip
    lines.append(f"runs in {Path(records[-1]['run']).parent}" if records else "no steps")
    return "\n".join(lines)
