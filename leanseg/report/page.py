"""Build the report: read each run's files, draw what is missing, inline every image.

The page has no scripts and loads nothing: images are `data:` URIs, styles are inline, so it
opens offline, from an e-mail attachment or on the robot's laptop.
"""

from __future__ import annotations

import base64
import html
import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from leanseg.atomic import check_output_file, write_text
from leanseg.errors import LeansegError
from leanseg.jsonfile import read_json
from leanseg.lineage import RunSummary, lineage, summarize
from leanseg.measure.interleaved import Cost, CostConfig, measure_costs
from leanseg.outputs import default_output
from leanseg.report.comparison import Scored, comparison_table
from leanseg.report.pareto import pareto_front, pareto_png
from leanseg.report.predictions import Predicted, side_by_side
from leanseg.runs import (
    HEADER,
    METRICS,
    ModelHeader,
    RunError,
    find_header,
    locate_model,
    model_inputs,
    read_header,
    resolve_model_path,
)

STYLE = """body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:3px 8px;
text-align:right}th{background:#f3f3f3}td:first-child{text-align:left}img{max-width:100%}
figure{margin:.5em 0}figcaption{font-size:.85em;color:#555}.front{font-weight:bold}"""


class ReportError(LeansegError):
    """No run to report on, or an output that cannot be written."""


@dataclass
class RunSection:
    summary: RunSummary
    chain: list[RunSummary]
    header: ModelHeader  # the model's classes and dataset
    metrics: dict  # val figures (metrics.json): per_class_iou, pixel_accuracy, ...
    costs: dict[str, float] = field(default_factory=dict)  # latency_ms, energy_mj (profile)
    images: list[tuple[str, bytes]] = field(default_factory=list)  # (caption, PNG)
    compression: list[dict] = field(default_factory=list)  # Deep Compression rows


def build_report(runs: list[str | Path], out: str | Path, images: int = 3,
                 overwrite: bool = False, evaluate: bool = False,
                 baseline: str | Path | None = None,
                 profile: CostConfig | None = None,
                 costs: list[Cost] | None = None) -> tuple[Path, Path]:  # fmt: skip
    """Write `out` (HTML) and the Markdown summary beside it (`.md`); returns both paths.
    With `evaluate`, a run with no val evaluation yet is evaluated first (`leanseg evaluate`'s
    default output), so that its confusion matrix is on the page. The per-class comparison
    shows each run's change against `baseline` (added as the first run if not among `runs`),
    else against its parent where the parent is reported too. With `profile`, every run's
    latency and energy are measured now, interleaved in one run; without, they are read from
    each run's newest `leanseg profile`, which may come from other days and machines. `costs`
    are such measurements made already (one per run, as `measure_costs(runs, profile)` gives)."""
    if not runs:
        raise ReportError("name at least one run to report on")
    models = [resolve_model_path(r) for r in runs]
    base_path = resolve_model_path(baseline).resolve() if baseline is not None else None
    if base_path is not None and base_path not in {m.resolve() for m in models}:
        models.insert(0, base_path)
    out = Path(out)
    markdown = out.with_suffix(".md")
    read = [p for m in models for p in model_inputs(m)]
    check_output_file(out, overwrite, read)
    check_output_file(markdown, overwrite, read)
    sections = [_section(m, evaluate) for m in models]
    timing = "each run's newest `leanseg profile`, measured separately"
    if profile is not None:
        costs = costs if costs is not None else measure_costs(models, profile)
        for section, cost in zip(sections, costs, strict=True):
            section.costs = {"latency_ms": cost.latency_ms, "energy_mj": cost.energy_mj}
        timing = f"{', '.join(sorted({c.backend for c in costs}))}, {profile.describe()}"
    points = [(min(s.summary.sizes.values()), s.summary.miou) for s in _measured(sections)]
    front = {id(s) for i, s in enumerate(_measured(sections)) if i in pareto_front(points)}
    scored = [_scored(s) for s in sections]
    base = next((x for x in scored if x.path == base_path), None)
    compared = comparison_table(scored, base)
    pictures = _side_by_side(sections, scored, images, base)
    write_text(out, _html(sections, points, front, compared, pictures, timing))
    write_text(markdown, _markdown(sections, front, compared, timing))
    return out, markdown


def _side_by_side(sections: list[RunSection], scored: list[Scored], images: int,
                  base: Scored | None) -> tuple[bytes, str] | None:  # fmt: skip
    """Every run's predictions on the same val images (the first run's dataset; runs with
    other classes are left out), and each run's changes against the baseline, else against
    its parent when that is reported too."""
    first = sections[0]
    if not images or not first.header.dataset:
        return None
    drawn = [i for i, s in enumerate(sections) if s.header.classes == first.header.classes]
    where = {scored[i].path: k for k, i in enumerate(drawn)}

    def reference(i: int) -> int | None:
        if base is not None:
            return None if scored[i].path == base.path else where.get(base.path)
        return where.get(scored[i].parent)

    runs = [Predicted(sections[i].summary.name, sections[i].summary.path, reference(i))
            for i in drawn]  # fmt: skip
    return side_by_side(runs, first.header, images)


def _scored(section: RunSection) -> Scored:
    parent = None
    if section.summary.parent:
        try:
            parent = resolve_model_path(section.summary.parent).resolve()
        except RunError:  # a parent not on this machine has no column to compare with
            parent = None
    path = section.summary.path.resolve()
    return Scored(section.summary.name, path, parent, list(section.header.classes), section.metrics)


def _measured(sections: list[RunSection]) -> list[RunSection]:
    return [s for s in sections if s.summary.miou is not None and s.summary.sizes]


def _section(model: Path, evaluate: bool = False) -> RunSection:
    """What the page shows of one model: a run directory, or a model file, which is shown as
    its run when it lies in one, else as itself (`_file_section`)."""
    run_dir, path = locate_model(model)
    if model.is_file() and not (run_dir / HEADER).is_file():
        return _file_section(path, evaluate)
    header = read_header(run_dir)
    section = RunSection(summarize(run_dir), lineage(run_dir), header, _metrics(run_dir / METRICS))
    section.costs = _profiled_costs(run_dir)
    _add_evaluation(section, run_dir, evaluate)
    visual = default_output(run_dir, "visualize")
    if (visual / "visualize.json").is_file():
        for name, caption in json.loads((visual / "visualize.json").read_text())["files"].items():
            section.images.append((caption, (visual / name).read_bytes()))
    if (run_dir / "encode.json").is_file():
        section.compression = _compression_rows(json.loads((run_dir / "encode.json").read_text()))
    return section


def _file_section(path: Path, evaluate: bool) -> RunSection:
    """A model file outside any run (a `.lsz` carries its header): its size, and its figures
    from `leanseg evaluate FILE` (`<file>-eval-val/`), run first with `evaluate`."""
    header = find_header(path)
    if header is None:
        raise ReportError(f"{path}: an ONNX file outside its run has no classes or dataset to "
                          "report; give its run directory")  # fmt: skip
    sizes = {path.suffix.lstrip("."): path.stat().st_size}
    summary = RunSummary(path, path.name, header.step, header.parent, None, None, sizes)
    section = RunSection(summary, [summary], header, {})
    _add_evaluation(section, path, evaluate)
    try:
        section.chain = [section.summary, *(lineage(header.parent) if header.parent else [])]
    except RunError:  # the parent is not on this machine: the chain ends at the file
        section.chain = [section.summary]
    return section


def _add_evaluation(section: RunSection, model: Path, evaluate: bool) -> None:
    """Add the confusion matrix of `model`'s val evaluation (where `leanseg evaluate` writes it
    by default; made first with `evaluate`), and its figures where the section has no mIoU of
    its own (a model file outside its run, or a run whose step scores nothing: encode)."""
    folder = default_output(model, "eval-val", "inside")
    if evaluate and not (folder / "confusion.png").is_file():
        from leanseg.evaluate import evaluate as score

        print(f"evaluating {model.name} on val for its confusion matrix", flush=True)
        folder = score(model, split="val")[2]
    if (folder / "confusion.png").is_file():
        section.images.append(("confusion matrix on val", (folder / "confusion.png").read_bytes()))
    metrics = _metrics(folder / METRICS)
    if section.summary.miou is None and metrics:
        section.summary = replace(section.summary, miou=metrics.get("miou"))
        section.metrics = metrics


def _metrics(path: Path) -> dict:
    """The figures of a `metrics.json` ({} when there is none, or it holds no object)."""
    metrics = read_json(path, ReportError, "metrics") if path.is_file() else {}
    return metrics if isinstance(metrics, dict) else {}


def _profiled_costs(run_dir: Path) -> dict[str, float]:
    """Latency (ONNX Runtime's median, else PyTorch's) and energy of the newest `leanseg
    profile` of the run, if any."""
    found = sorted(run_dir.glob("profile*/profile.json"), key=lambda p: p.stat().st_mtime)
    if not found:
        return {}
    profile = json.loads(found[-1].read_text())
    latency = profile.get("latency", {})
    backend = latency.get("onnxruntime") or latency.get("pytorch")
    costs = {"energy_mj": profile["energy"]["millijoules"]} if "energy" in profile else {}
    return costs | ({"latency_ms": backend["median_ms"]} if backend else {})


def _compression_rows(table: list[dict]) -> list[dict]:
    """The encoding table summed per kind (raw, dense, sparse), as in Deep Compression's."""
    rows: dict[str, dict] = {}
    for t in table:
        row = rows.setdefault(t["kind"], {"kind": t["kind"], "tensors": 0, "elements": 0,
                                          "before": 0, "after": 0})  # fmt: skip
        row["tensors"] += 1
        row["elements"] += t["elements"]
        row["before"] += t["bytes_before"]
        row["after"] += t["bytes_after"]
    total = {"kind": "all", **{k: sum(r[k] for r in rows.values())
                              for k in ("tensors", "elements", "before", "after")}}  # fmt: skip
    return [*rows.values(), total]


def _img(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}">'


def _fmt_miou(v: float | None) -> str:
    return f"{v:.2%}" if v is not None else "-"


def _summary(sections: list[RunSection], front: set[int]) -> tuple[list[str], list[list[str]]]:
    """The summary table's head and rows; latency and energy columns where any run has them."""
    costs = [(key, unit) for key, _, _, unit in COST_PLOTS if any(key in s.costs for s in sections)]
    rows = []
    for s in sections:
        r = s.summary
        best = f"{r.best_size[1] / 1e3:,.0f} KB {r.best_size[0]}" if r.best_size else "-"
        mark = "yes" if id(s) in front else ""
        rows.append([r.name, r.step, _fmt_miou(r.miou), f"{r.params:,d}" if r.params else "-",
                     best, *(f"{s.costs[k]:,.2f}" if k in s.costs else "-" for k, _ in costs),
                     mark, Path(r.parent).name if r.parent else "-"])  # fmt: skip
    head = ["run", "step", "val mIoU", "params", "smallest file", *(u for _, u in costs),
            "Pareto", "parent"]  # fmt: skip
    return head, rows


COST_PLOTS = (  # section.costs key, plot title, axis label, summary column
    ("latency_ms", "latency", "latency per frame (ms)", "latency ms"),
    ("energy_mj", "energy", "estimated energy per frame (mJ)", "energy mJ"),
)


def _table(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><tr>{th}</tr>{body}</table>"


COMPARISON = "Per-class IoU on val, runs side by side (change in points)"


def _md_table(head: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head),
            *("| " + " | ".join(row) + " |" for row in rows)]  # fmt: skip


def _html(sections: list[RunSection], points: list[tuple[float, float]], front: set[int],
          compared: tuple[list[str], list[list[str]]],
          pictures: tuple[bytes, str] | None, timing: str) -> str:  # fmt: skip
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>leanseg report</title>"
             f"<style>{STYLE}</style></head><body><h1>leanseg report</h1>"]  # fmt: skip
    parts.append("<h2>Summary</h2>" + _table(*_summary(sections, front)))
    if any(s.costs for s in sections):
        parts.append(f"<p>Latency and energy: {html.escape(timing)}.</p>")
    if compared[0]:
        parts.append(f"<h2>{COMPARISON}</h2>" + _table(*compared))
    measured = _measured(sections)
    if len(measured) > 1:
        names = [s.summary.name for s in measured]
        plot = _img(pareto_png(names, points), "Pareto plot of mIoU against size")
        parts.append("<h2>Accuracy against size</h2>" + plot)
    for key, title, label, _ in COST_PLOTS:
        timed = [s for s in measured if key in s.costs]
        if len(timed) > 1:
            costs = [(s.costs[key], s.summary.miou) for s in timed]
            names = [s.summary.name for s in timed]
            plot = _img(pareto_png(names, costs, label, 1.0), f"Pareto plot against {title}")
            parts.append(f"<h2>Accuracy against {title}</h2>" + plot)
    if pictures:
        png, caption = pictures
        parts.append(f"<h2>Predictions side by side</h2><figure>{_img(png, caption)}"
                     f"<figcaption>{html.escape(caption)}</figcaption></figure>")  # fmt: skip
    for s in sections:
        parts.append(f"<h2>{html.escape(s.summary.name)}</h2>")
        chain = " &larr; ".join(f"{html.escape(c.name)} ({c.step}, {_fmt_miou(c.miou)})"
                                for c in s.chain)  # fmt: skip
        parts.append(f"<p>Lineage: {chain}</p>")
        if s.compression:
            rows = [[r["kind"], r["tensors"], f"{r['elements']:,d}", f"{r['before']:,d}",
                     f"{r['after']:,d}", f"{r['before'] / max(r['after'], 1):.1f}x"]
                    for r in s.compression]  # fmt: skip
            head = ["kind", "tensors", "weights", "bytes before", "bytes after", "ratio"]
            parts.append("<h3>Deep Compression table</h3>" + _table(head, rows))
        for caption, png in s.images:
            parts.append(f"<figure>{_img(png, caption)}<figcaption>{html.escape(caption)}"
                         "</figcaption></figure>")  # fmt: skip
    parts.append("</body></html>")
    return "\n".join(parts)


def _markdown(sections: list[RunSection], front: set[int],
              compared: tuple[list[str], list[list[str]]], timing: str) -> str:  # fmt: skip
    lines = ["# leanseg report", "", *_md_table(*_summary(sections, front))]
    if any(s.costs for s in sections):
        lines += ["", f"Latency and energy: {timing}."]
    if compared[0]:
        lines += ["", f"## {COMPARISON}", "", *_md_table(*compared)]
    for s in sections:
        chain = " <- ".join(f"{c.name} ({c.step})" for c in s.chain)
        lines += ["", f"## {s.summary.name}", "", f"Lineage: {chain}"]
    return "\n".join(lines) + "\n"
