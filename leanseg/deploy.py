"""`leanseg deploy`: a folder a robot uses alone, without PyTorch.

The bundle holds one ONNX model (fp32 or int8, whichever meets the budget best on this machine),
`bundle.json` (classes, colours, input normalisation, the lineage and the figures measured here),
the torch-free runner package `leanseg_runtime` (numpy, Pillow and onnxruntime only), a ROS 1
package around it (package.xml, launch file, node script) and a README.

Candidates are the ONNX models of the runs given (an fp32 ONNX is exported for a run that has
weights but none), e.g. a trained run, its int8 quantization and a pruned child. Choice: every
candidate is measured here in ONNX Runtime (file size, median latency with the
given threads, val mIoU); those that break a limit drop out; of the rest, the smallest file whose
mIoU is within `max_miou_drop` points of the best one wins. The reasons are written down.
"""

from __future__ import annotations

import hashlib
import platform
import shutil
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch

from leanseg.atomic import atomic_path, check_output_dir
from leanseg.backends import OnnxBackend
from leanseg.data import load_spec
from leanseg.data.spec import voc_colormap
from leanseg.data.transforms import IMAGENET_MEAN, IMAGENET_STD
from leanseg.errors import LeansegError
from leanseg.evaluate import evaluate_backend, validation_set
from leanseg.export import leave_out_weights, write_onnx
from leanseg.lineage import lineage
from leanseg.measure.budget import parse_limit
from leanseg.measure.latency import onnx_latency
from leanseg.runs import (
    HEADER,
    load_model,
    model_files,
    read_header,
    resolve_model_path,
    write_json,
)

RUNTIME_PACKAGE = Path(__file__).resolve().parent.parent / "leanseg_runtime"
TEMPLATE_DIR = Path(__file__).resolve().parent / "bundle_template"
# Model files deploy can ship, by the run directory's format name.
DEPLOYABLE = {"onnx": "fp32 ONNX", "onnx_int8": "int8 ONNX", "lsz": ".lsz + graph"}
GRAPH_FILE = "model.graph.onnx.z"  # the graph of a `.lsz` bundle, weights left out, zlib'd
WEIGHT_PREFIX = "model."  # ONNX initializer name = prefix + state-dict key (export._Named)


class DeployError(LeansegError):
    """No model that meets the budget, or a run with nothing deployable."""


@dataclass(frozen=True)
class DeployConfig:
    max_size: str | None = None  # e.g. "300KB"
    max_latency: str | None = None  # e.g. "40ms", ONNX Runtime median on this machine
    max_miou_drop: float = 1.0  # points of mIoU a smaller file may cost against the best
    threads: int = 2  # ONNX Runtime threads, for the latency measured here
    val_images: int = 0  # val images scored per candidate (0: all)
    dataset: str | None = None  # default: the dataset recorded with the run
    input_size: tuple[int, int] | None = None  # (W, H) the runner resizes to; None: native
    runs: int = 10  # timed calls per candidate


@dataclass(frozen=True)
class Candidate:
    run: Path
    format: str  # a key of DEPLOYABLE
    path: Path  # the ONNX model measured (for lsz: the graph with the decoded weights inside)
    ships: tuple[Path, ...]  # the files the bundle gets
    bytes: int  # their size together
    latency_ms: float
    miou: float
    fails: tuple[str, ...]  # the limits it breaks, as readable phrases


@dataclass(frozen=True)
class DeployReport:
    out: Path
    chosen: Candidate
    candidates: list[Candidate]
    reasons: list[str]


def deploy(runs: list[str | Path], out: str | Path, cfg: DeployConfig, overwrite: bool = False,
           progress: bool = True) -> DeployReport:  # fmt: skip
    """Measure the runs' deployable models, choose one, and write the bundle folder `out`."""
    for kind, limit in (("size", cfg.max_size), ("latency", cfg.max_latency)):
        if limit:
            parse_limit(kind, limit)  # a typo is refused before minutes of measuring
    run_dirs = [_run_dir(r) for r in runs]
    out = Path(out)
    check_output_dir(out, overwrite, inputs=run_dirs)
    header = read_header(run_dirs[0])
    for d in run_dirs[1:]:
        if read_header(d).classes != header.classes:
            raise DeployError(f"{d}: its classes differ from {run_dirs[0]}'s; one bundle, one task")
    source = cfg.dataset or header.dataset
    if not source:
        raise DeployError(f"{run_dirs[0]}: no dataset recorded to measure mIoU on; pass --dataset")
    val = validation_set(load_spec(source), cfg.val_images, _hw(cfg.input_size))
    example = val[0][0][None]  # (1, 3, H, W): latency at the size the robot will run
    with atomic_path(out) as tmp:
        tmp.mkdir()
        candidates = [
            _measure(d, fmt, path, ships, val, example, cfg, progress)
            for i, d in enumerate(run_dirs)
            for fmt, (path, ships) in _candidates(d, example, tmp / ".export" / str(i)).items()
        ]
        chosen, reasons = choose(candidates, cfg.max_miou_drop)
        _write_bundle(tmp, chosen, candidates, reasons, cfg, example)
        shutil.rmtree(tmp / ".export", ignore_errors=True)
    chosen = Candidate(**{**asdict(chosen), "path": out / chosen.ships[-1].name,
                          "ships": tuple(out / p.name for p in chosen.ships)})  # fmt: skip
    return DeployReport(out, chosen, candidates, reasons)


def _run_dir(run: str | Path) -> Path:
    run_dir = resolve_model_path(run)
    if not (run_dir / HEADER).is_file():
        raise DeployError(f"{run}: not a run directory (no {HEADER})")
    return run_dir


def _hw(size: tuple[int, int] | None) -> tuple[int, int] | None:
    return (size[1], size[0]) if size else None


def _candidates(run_dir: Path, example: torch.Tensor, scratch: Path
                ) -> dict[str, tuple[Path, tuple[Path, ...]]]:  # fmt: skip
    """Per format: the ONNX file to measure and the files to ship. The run's ONNX files; an fp32
    ONNX exported here when the run has weights but none; for a `.lsz` run, the file itself
    with its graph (weights left out), measured as that graph with the decoded weights in."""
    present = model_files(run_dir)
    found = {f: (p, (p,)) for f, p in present.items() if f in ("onnx", "onnx_int8")}
    if {"safetensors", "lsz"} & set(present) and ("onnx" not in found or "lsz" in present):
        module, _ = load_model(run_dir)
        scratch.mkdir(parents=True)
        if "onnx" not in found:
            write_onnx(module, example, scratch / "model.onnx", name=str(run_dir))
            found["onnx"] = (scratch / "model.onnx", (scratch / "model.onnx",))
        if "lsz" in present:
            full, graph = scratch / "lsz-measured.onnx", scratch / "graph.onnx"
            write_onnx(module, example, full, name=str(run_dir), optimize=False)
            weights = {f"{WEIGHT_PREFIX}{k}" for k in module.state_dict()}
            leave_out_weights(full, graph, weights, present["lsz"].name)
            (scratch / GRAPH_FILE).write_bytes(zlib.compress(graph.read_bytes(), 9))
            found["lsz"] = (full, (present["lsz"], scratch / GRAPH_FILE))
    if not found:
        raise DeployError(f"{run_dir}: no model file to deploy (weights or ONNX)")
    return found


def _measure(run_dir: Path, fmt: str, path: Path, ships: tuple[Path, ...], val,
             example: torch.Tensor, cfg: DeployConfig, progress: bool) -> Candidate:  # fmt: skip
    size = sum(p.stat().st_size for p in ships)
    latency = onnx_latency(path, example, cfg.threads, runs=cfg.runs).median_ms
    miou = evaluate_backend(OnnxBackend(path, cfg.threads), val, progress=progress).miou
    fails = []
    if cfg.max_size and size > parse_limit("size", cfg.max_size):
        fails.append(f"{size / 1e3:.0f} KB > --max-size {cfg.max_size}")
    if cfg.max_latency and latency > parse_limit("latency", cfg.max_latency):
        fails.append(f"{latency:.1f} ms > --max-latency {cfg.max_latency}")
    return Candidate(run_dir, fmt, path, ships, size, latency, float(miou), tuple(fails))


def choose(candidates: list[Candidate], max_miou_drop: float) -> tuple[Candidate, list[str]]:
    """The smallest candidate within `max_miou_drop` points of the most accurate one that meets
    every limit; a DeployError saying how close each came when none does."""
    feasible = [c for c in candidates if not c.fails]
    if not feasible:
        closest = "; ".join(f"{_label(c)}: {', '.join(c.fails)}" for c in candidates)
        raise DeployError(f"no model meets the budget ({closest})")
    best = max(feasible, key=lambda c: c.miou)
    near = [c for c in feasible if c.miou >= best.miou - max_miou_drop / 100]
    chosen = min(near, key=lambda c: (c.bytes, c.latency_ms))
    reasons = [
        f"{_label(c)}: {c.bytes / 1e3:.0f} KB, {c.latency_ms:.1f} ms, mIoU "
        f"{c.miou:.2%}" + (f" (breaks {', '.join(c.fails)})" if c.fails else "")
        for c in candidates
    ]
    reasons.append(
        f"chose {_label(chosen)}: the smallest file meeting every limit within "
        f"{max_miou_drop:g} points of the best mIoU ({best.miou:.2%})"
    )
    return chosen, reasons


def _label(c: Candidate) -> str:
    return f"{c.run.name} {DEPLOYABLE[c.format]}"


def _write_bundle(out: Path, chosen: Candidate, candidates: list[Candidate], reasons: list[str],
                  cfg: DeployConfig, example: torch.Tensor) -> None:  # fmt: skip
    header = read_header(chosen.run)
    for p in chosen.ships:
        shutil.copyfile(p, out / p.name)
    name = chosen.ships[-1].name
    h, w = example.shape[-2:]
    meta: dict[str, Any] = {
        "format": "leanseg-bundle",
        "format_version": "1.0",
        "model_file": name,
        "model_format": chosen.format,
        "sha256": hashlib.sha256((out / name).read_bytes()).hexdigest(),
        "classes": header.classes,
        "colors": header.colors or voc_colormap(header.num_classes),
        "ignore_index": header.ignore_index,
        "input": {
            "name": "images",
            "layout": "NCHW",
            "channels": "RGB",
            "scale": 1 / 255,
            "mean": list(IMAGENET_MEAN),
            "std": list(IMAGENET_STD),
            "size": list(cfg.input_size) if cfg.input_size else None,
        },
        "figures": {
            "miou": chosen.miou,
            "bytes": chosen.bytes,
            "latency_ms": chosen.latency_ms,
            "latency_input": [int(w), int(h)],
            "threads": cfg.threads,
            "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
            "val_images": cfg.val_images or None,
        },
        "candidates": [
            {k: v for k, v in asdict(c).items() if k not in ("path", "ships")}
            | {"run": str(c.run), "fails": list(c.fails), "files": [p.name for p in c.ships]}
            for c in candidates
        ],
        "choice": reasons,
        "lineage": [
            {"run": r.name, "step": r.step, "miou": r.miou, "parent": r.parent}
            for r in lineage(chosen.run)
        ],
        "model": header.model,
    }
    if chosen.format == "lsz":
        meta["weights"] = _lsz_weights(out / name, out / chosen.ships[0].name)
    write_json(out / "bundle.json", meta)
    shutil.copytree(RUNTIME_PACKAGE, out / "leanseg_runtime",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))  # fmt: skip
    shutil.copytree(TEMPLATE_DIR, out, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))  # fmt: skip
    (out / "scripts" / "segment_node").chmod(0o755)
    (out / "README.md").write_text(_readme(meta, chosen.run))


def _lsz_weights(graph: Path, lsz: Path) -> dict[str, Any]:
    """What the runner needs to put the `.lsz` weights into the graph: which initializers were
    left out and how their names map to the file's tensors."""
    import onnx

    model = onnx.load_from_string(zlib.decompress(graph.read_bytes()))
    external = onnx.TensorProto.EXTERNAL
    names = [i.name for i in model.graph.initializer if i.data_location == external]
    return {
        "file": lsz.name,
        "sha256": hashlib.sha256(lsz.read_bytes()).hexdigest(),
        "prefix": WEIGHT_PREFIX,
        "names": names,
    }


def _readme(meta: dict[str, Any], run_dir: Path) -> str:
    f = meta["figures"]
    return (
        (TEMPLATE_DIR / "README.md").read_text()
        .replace("{run}", run_dir.name)
        .replace("{model_file}", meta["model_file"])
        .replace("{miou}", f"{f['miou']:.2%}")
        .replace("{size_kb}", f"{f['bytes'] / 1e3:.0f}")
        .replace("{latency}", f"{f['latency_ms']:.1f}")
        .replace("{threads}", str(f["threads"]))
        .replace("{wxh}", "x".join(map(str, f["latency_input"])))
        .replace("{classes}", ", ".join(meta["classes"]))
    )  # fmt: skip


def format_deploy_report(report: DeployReport) -> str:
    lines = [f"{'candidate':<36}{'size':>10}{'latency':>11}{'mIoU':>9}  verdict"]
    for c in report.candidates:
        verdict = (
            "chosen"
            if (c.run, c.format) == (report.chosen.run, report.chosen.format)
            else (", ".join(c.fails) or "-")
        )
        lines.append(
            f"{_label(c)[:35]:<36}{c.bytes / 1e3:>7.0f} KB{c.latency_ms:>8.1f} ms"
            f"{c.miou:>9.2%}  {verdict}"
        )
    lines.append(f"bundle: {report.out} (run it: python {report.out} IMAGE --out masks/)")
    return "\n".join(lines)
