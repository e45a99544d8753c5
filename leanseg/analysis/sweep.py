"""`leanseg sweep RUN --grid sweep.yaml`: every strategy and level of a grid, each point an
Optuna trial, so a sweep survives kills and spreads over processes and machines.

Each grid point is enqueued once as a trial of one study; a worker asks the storage for the
next waiting trial (a transaction: no two workers get the same one), runs the point into its
own folder, measures it, and stores the figures on the trial. Workers record heartbeats: a
killed worker's trial turns stale after the grace period, fails, and is enqueued again
(`RetryHeartbeatStaleTrialCallback`), so no point is lost; a trial whose worker died before its
first heartbeat, which Optuna never calls stale, is failed and enqueued by the waiting workers.
The default storage is a SQLite file in the sweep folder; a PostgreSQL URL (`--storage
postgresql://...`) lets several machines share it. A point that fails with a leanseg error (a
step its model cannot take, a dataset file gone) is recorded with its message and the sweep goes
on; running the sweep again retries the failed points and skips the finished ones.

Grid file (every key optional but one strategy):

    finetune_epochs: 0          # the same fine-tuning budget for every point
    val_images: 0               # val images scored (0: all)
    threads: 2                  # ONNX Runtime threads for the latency
    prune: {criterion: [l1, taylor], ratio: [0.3, 0.5]}
    quantize: {method: [ptq, qat], calibration: [minmax]}
    cluster: {bits: [4, 5, 6]}  # k-means sharing, then a .lsz file
    chains:                     # combinations: each a list of `compress --recipe` steps
      - [{prune: {ratio: 0.5}}, {cluster: {bits: 5}}, {encode: {}}]
      - [{prune: {criterion: taylor, ratio: 0.3}}, {quantize: {method: qat}}]

A point is a chain of the same steps `leanseg compress --recipe` runs (a single strategy is a
chain of one, sharing one of two: cluster, encode); each step fills in the grid's
`finetune_epochs` and `val_images` where it takes them and does not set its own.
"""

from __future__ import annotations

import csv
import itertools
import json
import math
import multiprocessing
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from leanseg.analysis.measure import measure_run
from leanseg.atomic import check_not_input
from leanseg.compress.recipe import RecipeError, Step, parse_steps, run_step
from leanseg.errors import LeansegError
from leanseg.outputs import default_output
from leanseg.runs import model_inputs, resolve_model_path, write_json

STRATEGIES = ("prune", "quantize", "cluster", "chains")
MAX_POINTS = 10_000  # far beyond what two cores finish; a typo, not a plan
HEARTBEAT_S, GRACE_S = 2, 6  # a trial without a heartbeat for GRACE_S seconds is stale


class SweepError(LeansegError):
    """A grid file that cannot be read, or a sweep that cannot start."""


@dataclass(frozen=True)
class Point:
    strategy: str  # baseline, prune, quantize, cluster or chain
    settings: dict[str, Any]  # the grid's levels of a single strategy (CSV columns)
    steps: tuple[Step, ...] = ()  # what runs, the grid's common settings filled in
    label: str = field(default="", compare=False)  # a chain's name

    @property
    def name(self) -> str:
        if self.label:
            return self.label
        return "-".join([self.strategy, *(f"{v}" for v in self.settings.values())])


def _step_label(entry: dict[str, Any]) -> str:
    """`prune-l1-0.5` for `{prune: {criterion: l1, ratio: 0.5}}`: the command and its values."""
    ((command, settings),) = entry.items()
    return "-".join([command, *(f"{v}" for v in (settings or {}).values())])


def _with_common(entry: dict[str, Any], common: dict[str, Any]) -> dict[str, Any]:
    """The step with the grid's fine-tuning budget and val images where it takes them."""
    ((command, settings),) = entry.items()
    settings = dict(settings or {})
    if command != "encode":
        settings.setdefault("val_images", common["val_images"])
    if command in ("prune", "cluster") or settings.get("method") == "qat":
        settings.setdefault("finetune_epochs", common["finetune_epochs"])
    return {command: settings}


def _point(
    path: str | Path,
    strategy: str,
    settings: dict[str, Any],
    entries: list[Any],
    common: dict[str, Any],
    label: str = "",
) -> Point:
    """A point whose steps are checked now, with the grid's common settings filled in."""
    point = Point(strategy, settings, label=label)
    try:
        steps = parse_steps([_with_common(e, common) for e in entries], f"{path}: {point.name}")
    except RecipeError as err:
        raise SweepError(str(err)) from None
    return replace(point, steps=tuple(steps))


def load_grid(path: str | Path) -> tuple[list[Point], dict[str, Any]]:
    """The points of a grid file (the parent itself first) and the settings shared by all;
    every step is checked before any point runs."""
    try:
        raw = yaml.safe_load(Path(path).read_text())
    except (OSError, yaml.YAMLError) as err:
        raise SweepError(f"{path}: cannot read the grid ({err})") from None
    if not isinstance(raw, dict) or not set(raw) & set(STRATEGIES):
        raise SweepError(f"{path}: a grid names at least one of {', '.join(STRATEGIES)}")
    common = {k: raw.get(k, d) for k, d in (("finetune_epochs", 0), ("val_images", 0),
                                            ("threads", 2))}  # fmt: skip
    unknown = set(raw) - set(STRATEGIES) - set(common)
    if unknown:
        raise SweepError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}")
    for key, value in common.items():
        low = 1 if key == "threads" else 0
        if not isinstance(value, int) or isinstance(value, bool) or value < low:
            raise SweepError(f"{path}: {key} must be an integer of at least {low}, not {value!r}")
    grids = _levels(path, raw)
    chains = raw.get("chains") or []
    if not isinstance(chains, list) or not all(isinstance(c, list) and c for c in chains):
        raise SweepError(f"{path}: chains must be a list of non-empty step lists")
    count = 1 + len(chains) + sum(math.prod(len(v) for v in g.values()) for g in grids.values())
    if count > MAX_POINTS:
        raise SweepError(f"{path}: {count} points; a grid holds at most {MAX_POINTS}")
    points = [Point("baseline", {})]
    for strategy, levels in grids.items():
        keys = list(levels)
        values = list(levels.values())
        for combo in itertools.product(*values):
            settings = dict(zip(keys, combo, strict=True))
            entries = [{strategy: settings}] + ([{"encode": {}}] if strategy == "cluster" else [])
            points.append(_point(path, strategy, settings, entries, common))
    for n, chain in enumerate(chains, 1):
        for i, entry in enumerate(chain, 1):
            if not (isinstance(entry, dict) and len(entry) == 1
                    and isinstance(next(iter(entry.values())), dict | None)):  # fmt: skip
                raise SweepError(f"{path}: chain {n}, step {i}: write one "
                                 "`command: {settings}` mapping per step")  # fmt: skip
        label = "+".join(_step_label(e) for e in chain)
        points.append(_point(path, "chain", {}, chain, common, label))
    twice = sorted(n for n, k in Counter(p.name for p in points).items() if k > 1)
    if twice:
        raise SweepError(f"{path}: point {twice[0]} appears twice")
    return points, common


def _levels(path: str | Path, raw: dict[str, Any]) -> dict[str, dict[str, list[Any]]]:
    """Each single strategy's settings, every one as a non-empty list of levels."""
    grids = {}
    for strategy in STRATEGIES[:3]:
        levels = raw.get(strategy)
        if levels is None:
            continue
        if not isinstance(levels, dict) or not all(isinstance(k, str) for k in levels):
            raise SweepError(f"{path}: {strategy} must map settings to lists of values")
        grids[strategy] = {k: v if isinstance(v, list) else [v] for k, v in levels.items()}
        empty = [k for k, v in grids[strategy].items() if not v]
        if empty:
            raise SweepError(f"{path}: {strategy}: {empty[0]} has no values")
    return grids


def run_point(parent: Path, point: Point, out: Path, common: dict[str, Any]) -> dict[str, Any]:
    """Run the point's steps into `out/<i>-<command>` (the baseline is the parent itself) and
    measure the last (`leanseg.analysis.measure`)."""
    from leanseg.data import load_spec
    from leanseg.evaluate import validation_set
    from leanseg.runs import read_header

    model_dir = parent
    for i, step in enumerate(point.steps, 1):
        model_dir, _ = run_step(step, model_dir, out / f"{i:02d}-{step.command}", False)
    val = validation_set(load_spec(read_header(parent).dataset), common["val_images"])
    described = {"steps": point.name} if point.strategy == "chain" else point.settings
    figures = measure_run(model_dir, val, common["size"], common["threads"])
    return {"point": point.name, "strategy": point.strategy, **described, **figures}


def _storage(url: str):
    from optuna.storages import RDBStorage, RetryHeartbeatStaleTrialCallback

    retry = RetryHeartbeatStaleTrialCallback(max_retry=3)  # a stale point is queued again
    return RDBStorage(url, heartbeat_interval=HEARTBEAT_S, grace_period=GRACE_S,
                      heartbeat_stale_trial_callback=retry)  # fmt: skip


NO_POINT = -1


def _queue_only():
    """A sampler that never invents a point: grid points come only from the queue, and a
    trial that finds the queue empty draws NO_POINT."""
    from optuna.samplers import BaseSampler

    class QueueOnly(BaseSampler):
        def infer_relative_search_space(self, study, trial):
            return {}

        def sample_relative(self, study, trial, search_space):
            return {}

        def sample_independent(self, study, trial, name, distribution):
            return NO_POINT

    return QueueOnly()


def open_study(out: Path, storage: str | None, points: list[Point]):
    """The sweep's study, created with one waiting trial per point on first use."""
    import optuna
    from sqlalchemy.exc import SQLAlchemyError

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    url = storage or f"sqlite:///{out / 'sweep.db'}"
    try:
        study = optuna.create_study(study_name="sweep", storage=_storage(url),
                                    load_if_exists=True, sampler=_queue_only())  # fmt: skip
    except (SQLAlchemyError, ImportError) as err:  # a damaged file, a server or driver missing
        detail = (str(err).strip().splitlines() or [type(err).__name__])[0][:200]
        raise SweepError(f"{url}: cannot open the sweep's storage ({detail})") from None
    if "points" not in study.user_attrs:
        study.set_user_attr("points", [p.name for p in points])
        for i in range(len(points)):
            study.enqueue_trial({"point": i})
    else:
        for i in _failed_points(study):
            study.enqueue_trial({"point": i})
    return study, url


def _failed_points(study) -> list[int]:
    """Points whose every trial failed with an error and none is waiting or running: a
    resumed sweep runs them again."""
    from optuna.trial import TrialState

    tried: dict[int, set] = {}
    for t in study.get_trials(deepcopy=False):
        queued = t.system_attrs.get("fixed_params", {})  # a waiting trial has no params yet
        point = t.params.get("point", queued.get("point", NO_POINT))
        if point != NO_POINT:
            tried.setdefault(point, set()).add(t.state)
    return sorted(i for i, states in tried.items() if states == {TrialState.FAIL})


def work(parent: Path, out: Path, url: str, points: list[Point], common: dict[str, Any]) -> None:
    """One worker: run waiting points until none is waiting or running (on the sweep's
    dataset: a spawned worker does not inherit the parent process's `--dataset`)."""
    import optuna

    from leanseg.data.override import dataset_override

    optuna.logging.set_verbosity(optuna.logging.ERROR)  # a failed point prints its own line
    with dataset_override(common.get("dataset")):
        _work(parent, out, url, points, common)


def _work(parent: Path, out: Path, url: str, points: list[Point], common: dict[str, Any]) -> None:
    import optuna
    from optuna.trial import TrialState

    storage = _storage(url)
    study = optuna.load_study(study_name="sweep", storage=storage, sampler=_queue_only())

    def objective(trial) -> float:
        index = trial.suggest_categorical("point", [NO_POINT, *range(len(points))])
        if index == NO_POINT:  # raced another worker to the last waiting point: nothing to do
            raise optuna.TrialPruned()
        point = points[index]
        try:
            record = run_point(parent, point, out / point.name, common)
        except LeansegError as err:  # the point's own problem: record it, run the others
            trial.set_user_attr("failed", point.name)
            trial.set_user_attr("error", str(err))
            print(f"{point.name:<28} failed: {err}", flush=True)
            raise
        for key, value in record.items():
            trial.set_user_attr(key, value)
        print(format_row(record), flush=True)  # the live table: one line per finished point
        return record["miou"]

    while True:
        states = [t.state for t in study.get_trials(deepcopy=False)]
        if TrialState.WAITING not in states:
            if TrialState.RUNNING not in states:
                return
            time.sleep(HEARTBEAT_S)  # another worker's point: wait for it or for it to go stale
            optuna.storages.fail_stale_trials(study)
            _fail_silent_trials(study, storage)
            continue
        study.optimize(objective, n_trials=1, catch=(LeansegError,))


def _fail_silent_trials(study, storage) -> None:
    """Fail, and queue again, points RUNNING for over GRACE_S without a single heartbeat: their
    worker died between taking the point and its first heartbeat, and Optuna's stale-trial check
    skips trials that never beat, so the sweep would wait for them forever."""
    import sqlalchemy
    from optuna.exceptions import UpdateFinishedTrialError
    from optuna.trial import TrialState

    with storage.engine.connect() as con:
        beating = {row[0] for row in con.execute(sqlalchemy.text(
            "SELECT trial_id FROM trial_heartbeats"))}  # fmt: skip
    for t in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,)):
        started = t.datetime_start
        if (
            t._trial_id in beating
            or started is None
            or (datetime.now() - started).total_seconds() < GRACE_S
        ):
            continue
        try:
            storage.set_trial_state_values(t._trial_id, TrialState.FAIL)
        except UpdateFinishedTrialError:
            continue  # another worker failed it first, and queued it again
        study.enqueue_trial(t.system_attrs.get("fixed_params", t.params))


def format_row(r: dict[str, Any]) -> str:
    return (f"{r['point']:<28} mIoU {r['miou']:.2%}  {r['bytes'] / 1e3:8.0f} KB  "
            f"{r['latency_ms']:7.1f} ms  {r['energy_mj']:7.2f} mJ")  # fmt: skip


def sweep(run: str | Path, grid: str | Path, out: str | Path | None = None, workers: int = 1,
          storage: str | None = None) -> Path:  # fmt: skip
    """Run every point of `grid` on `run` with `workers` local processes (resuming a killed
    sweep where it stopped), then write results.csv, results.json and Pareto plots."""
    from leanseg.data import load_spec
    from leanseg.evaluate import validation_set
    from leanseg.runs import read_header

    parent = resolve_model_path(run)
    points, common = load_grid(grid)
    common["dataset"] = read_header(parent).dataset  # `--dataset`'s, for spawned workers too
    first = validation_set(load_spec(common["dataset"]), 1)[0][0]
    common["size"] = tuple(first.shape[-2:])  # (H, W): every point measured at the data's size
    out = Path(out) if out else default_output(parent, "sweep")
    check_not_input(out, model_inputs(parent))  # a rerun resumes, so no emptiness check
    out.mkdir(parents=True, exist_ok=True)
    study, url = open_study(out, storage, points)
    if workers == 1:
        work(parent, out, url, points, common)
    else:
        ctx = multiprocessing.get_context("spawn")
        procs = [ctx.Process(target=work, args=(parent, out, url, points, common))
                 for _ in range(workers)]  # fmt: skip
        for p in procs:
            p.start()
        for p in procs:
            p.join()
    write_results(study, out)
    return out


def write_results(study, out: Path) -> list[dict[str, Any]]:
    """results.json, results.csv and pareto_<cost>.png from the study's finished points."""
    from optuna.trial import TrialState

    from leanseg.report.pareto import pareto_png

    rows = [t.user_attrs for t in study.get_trials(states=(TrialState.COMPLETE,))
            if "point" in t.user_attrs]  # fmt: skip
    rows.sort(key=lambda r: r["point"])
    write_json(out / "results.json", rows)
    if rows:
        flat = [_flat(r) for r in rows]
        keys = list(dict.fromkeys(k for r in flat for k in r))
        with open(out / "results.csv", "w", newline="") as f:
            writer = csv.DictWriter(f, keys)
            writer.writeheader()
            writer.writerows(flat)
        names = [r["point"] for r in rows]
        for key, label, scale in (("bytes", "smallest model file (KB)", 1e-3),
                                  ("latency_ms", "ONNX Runtime latency (ms)", 1.0),
                                  ("energy_mj", "estimated energy (mJ)", 1.0)):  # fmt: skip
            png = pareto_png(names, [(r[key], r["miou"]) for r in rows], label, scale)
            (out / f"pareto_{key}.png").write_bytes(png)
    failed = {
        t.user_attrs["failed"]: t.user_attrs["error"]
        for t in study.get_trials(states=(TrialState.FAIL,))
        if "failed" in t.user_attrs
    }
    done = {r["point"] for r in rows}
    failed = {name: error for name, error in failed.items() if name not in done}
    summary = {"points": study.user_attrs["points"], "failed": failed}
    (out / "sweep.json").write_text(json.dumps(summary, indent=2))
    return rows


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    """A CSV row: per-class IoU as `iou_<class>` and sizes as `bytes_<format>` columns."""
    out = {k: v for k, v in row.items() if not isinstance(v, dict)}
    out |= {f"iou_{c}": v for c, v in row.get("class_iou", {}).items()}
    return out | {f"bytes_{f}": v for f, v in row.get("bytes_by_format", {}).items()}
