"""`leanseg profile`: every cost figure of a model in one report (table and JSON)."""

from __future__ import annotations

import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import save_file
from torch import nn
from tqdm import tqdm

from leanseg.atomic import check_output_dir, new_folder
from leanseg.measure.budget import Verdict, judge
from leanseg.measure.energy import EnergyConstants, model_energy, to_millijoules
from leanseg.measure.interleaved import energy_module
from leanseg.measure.latency import layer_latency_shares, onnx_latency, torch_latency
from leanseg.measure.macs import count_flops, layer_costs
from leanseg.measure.memory import inference_rss_increase, largest_activation_bytes
from leanseg.measure.ort_profile import format_operators, operator_profile
from leanseg.measure.peak import peak_macs_per_second
from leanseg.runs import (
    locate_model,
    model_files,
    model_inputs,
    read_header,
    write_json,
    write_lineage,
)


@dataclass(frozen=True)
class ProfileConfig:
    size: tuple[int, int] = (360, 480)  # input (H, W)
    threads: int = 2  # pinned for PyTorch and ONNX Runtime
    warmup: int = 3
    runs: int = 10
    onnx: bool = True  # also time and profile ONNX Runtime (exports to a temporary file if needed)
    layers: bool = True  # per-layer latency shares from the profiler
    energy: EnergyConstants = field(default_factory=EnergyConstants)


def _model_and_files(model: str | Path | nn.Module) -> tuple[nn.Module, str, str, dict[str, Path]]:
    """(module, display name, architecture, existing format files)."""
    if isinstance(model, nn.Module):
        return model, type(model).__name__, type(model).__name__, {}
    run_dir, path = locate_model(model)
    header = read_header(run_dir)
    # Parameters, MACs and energy are counted on the PyTorch model (a quantized run's parent),
    # sizes and latency on the model's own files.
    module = energy_module(run_dir, path)
    if path.suffix == ".onnx":
        return module, str(model), header.model, {"onnx": path}
    return module, str(model), header.model, model_files(run_dir)


def profile(
    model: str | Path | nn.Module, cfg: ProfileConfig = ProfileConfig(), progress: bool = True
) -> dict[str, Any]:
    """Measure `model` (module, run directory, pretrained name or .onnx beside its run)."""
    module, name, arch, files = _model_and_files(model)
    module.eval()
    x = torch.randn(1, 3, *cfg.size)
    steps = tqdm(total=6, desc="profile", disable=not progress, leave=False)
    costs = layer_costs(module, x)
    flops = count_flops(module, x)
    params = sum(p.numel() for p in module.parameters())
    nonzero = sum(int((p != 0).sum()) for p in module.parameters())
    steps.update()
    operators: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        sizes = {fmt: p.stat().st_size for fmt, p in files.items()}
        if "safetensors" not in sizes and not files:
            st = Path(tmp) / "model.safetensors"
            save_file({k: v.contiguous() for k, v in module.state_dict().items()}, str(st))
            sizes["safetensors"] = st.stat().st_size
        latency = {"pytorch": torch_latency(module, x, cfg.threads, cfg.warmup, cfg.runs).to_dict()}
        steps.update()
        if cfg.onnx:
            onnx_path = (
                files.get("onnx") or files.get("onnx_int8") or _temporary_onnx(module, x, Path(tmp))
            )
            latency["onnxruntime"] = onnx_latency(
                onnx_path, x, cfg.threads, cfg.warmup, cfg.runs
            ).to_dict()
            operators = operator_profile(onnx_path, x.numpy(), cfg.threads, cfg.runs).to_dict()
            if "int8" not in str(onnx_path) and "onnx_int8" in files:
                latency["onnxruntime_int8"] = onnx_latency(
                    files["onnx_int8"], x, cfg.threads, cfg.warmup, cfg.runs
                ).to_dict()
        steps.update()
    rss = inference_rss_increase(module, x, cfg.threads)
    act_bytes, act_layer = largest_activation_bytes(module, x)
    steps.update()
    total_energy, layer_energy = model_energy(costs, cfg.energy)
    macs = sum(c.macs for c in costs)
    eff = sum(c.effective_macs for c in costs)
    peak = peak_macs_per_second(cfg.threads)
    lower_ms = macs / peak * 1e3
    steps.update()
    shares = layer_latency_shares(module, x, cfg.threads) if cfg.layers else {}
    steps.update()
    steps.close()
    energy_by_name = {e.name: e for e in layer_energy}
    levels = {
        k: sum(getattr(e, k) * getattr(cfg.energy, k) for e in layer_energy)
        for k in ("rf", "array", "buffer", "dram")
    }
    levels["mac"] = sum(e.macs for e in layer_energy) * cfg.energy.mac
    return {
        "model": name,
        "architecture": arch,
        "input": list(cfg.size),
        "threads": cfg.threads,
        "params": params,
        "nonzero_params": nonzero,
        "bytes": sizes,
        "macs": macs,
        "flops": flops,
        "effective_macs": eff,
        "latency": latency,
        "onnxruntime_operators": operators,
        "memory": {
            "rss_increase_bytes": rss,
            "largest_activation_bytes": act_bytes,
            "largest_activation_layer": act_layer,
        },
        "energy": {
            "units": total_energy,
            "millijoules": to_millijoules(total_energy, cfg.energy),
            "level_shares": {k: v / max(total_energy, 1e-12) for k, v in levels.items()},
            "constants": asdict(cfg.energy),
        },
        "compute_bound": {
            "peak_macs_per_s": peak,
            "lower_limit_ms": lower_ms,
            **{f"{b}_fraction": lower_ms / v["median_ms"] for b, v in latency.items()},
        },
        "layers": [
            {
                "name": c.name,
                "kind": c.kind,
                "params": c.params,
                "macs": c.macs,
                "effective_macs": c.effective_macs,
                "energy_share": energy_by_name[c.name].energy / max(total_energy, 1e-12),
                "latency_share": shares.get(c.name, 0.0),
            }
            for c in costs
        ],
    }


def profile_to(
    model: str | Path,
    out: Path,
    cfg: ProfileConfig = ProfileConfig(),
    budget: dict[str, str | None] | None = None,
    progress: bool = True,
    overwrite: bool = False,
) -> tuple[dict[str, Any], list[Verdict]]:
    """Profile `model`, judge it against `budget` (`max_size`, `max_latency`, `max_energy`
    limits such as "10MB", "1s", "5mJ") and write `profile.json` and `lineage.json` into `out`
    (refused before any measuring when it holds results, unless `overwrite`, or overlaps the
    model's run). The CLI and the Python API write the same files through this function."""
    check_output_dir(out, overwrite, model_inputs(model), nested=True)
    budget = budget or {}
    report = profile(model, cfg, progress)
    verdicts = judge(
        report, budget.get("max_size"), budget.get("max_latency"), budget.get("max_energy")
    )
    report["budget"] = [v.__dict__ for v in verdicts]
    h, w = cfg.size
    with new_folder(out):
        write_json(out / "profile.json", report)
        write_lineage(out, "profile", model, size=f"{w}x{h}", threads=cfg.threads)
    return report, verdicts


def _temporary_onnx(module: nn.Module, x: torch.Tensor, tmp: Path) -> Path:
    from leanseg.export import write_onnx

    path = tmp / "model.onnx"
    write_onnx(module, x, path)
    return path


def format_report(r: dict[str, Any], top: int = 10) -> str:
    """A terminal table of the headline figures and the costliest layers."""
    h, w = r["input"]
    lines = [
        f"{r['model']} ({r['architecture']}) at {w}x{h}, {r['threads']} thread(s)",
        f"  parameters          {r['params']:>14,d}   non-zero {r['nonzero_params']:,d}",
    ]
    for fmt, size in r["bytes"].items():
        lines.append(f"  file {fmt:<14} {size / 1e6:>14.3f} MB")
    lines += [
        f"  MACs                {r['macs'] / 1e9:>14.3f} G   "
        f"effective {r['effective_macs'] / 1e9:.3f} G",
        f"  FLOPs               {r['flops'] / 1e9:>14.3f} G",
    ]
    for backend, s in r["latency"].items():
        frac = r["compute_bound"].get(f"{backend}_fraction", 0.0)
        lines.append(
            f"  latency {backend:<12}{s['median_ms']:>11.1f} ms   p90 {s['p90_ms']:.1f} ms   "
            f"{frac:.1%} of compute-bound speed"
        )
    cb = r["compute_bound"]
    lines.append(
        f"  compute-bound limit {cb['lower_limit_ms']:>11.1f} ms   "
        f"(peak {cb['peak_macs_per_s'] / 1e9:.1f} GMAC/s)"
    )
    m = r["memory"]
    lines.append(
        f"  peak memory         {m['rss_increase_bytes'] / 1e6:>11.1f} MB RSS increase; "
        "largest activation "
        f"{m['largest_activation_bytes'] / 1e6:.1f} MB ({m['largest_activation_layer']})"
    )
    e = r["energy"]
    shares = ", ".join(f"{k} {v:.0%}" for k, v in e["level_shares"].items())
    lines.append(
        f"  energy estimate     {e['millijoules']:>11.3f} mJ/frame "
        f"({e['units']:.3g} MAC units; {shares})"
    )
    if r.get("onnxruntime_operators"):
        lines.append(format_operators(r["onnxruntime_operators"]))
    lines.append(f"\n  {'layer':<40}{'params':>11}{'GMACs':>9}{'energy':>8}{'time':>8}")
    for layer in sorted(r["layers"], key=lambda d: -d["energy_share"])[:top]:
        lines.append(
            f"  {layer['name'][:39]:<40}{layer['params']:>11,d}{layer['macs'] / 1e9:>9.3f}"
            f"{layer['energy_share']:>8.1%}{layer['latency_share']:>8.1%}"
        )
    return "\n".join(lines)
