"""Where ONNX Runtime spends its time: its own per-operator profile, by operator type and by
node.

MACs do not predict CPU speed (ENet runs far slower than its MAC count suggests), so the model
that ONNX Runtime actually executes, after its graph optimisations and fusions, is timed node by
node with the runtime's built-in profiler (`SessionOptions.enable_profiling`), which writes a
Chrome-trace JSON file with one `<node>_kernel_time` event per node and run."""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from leanseg.errors import LeansegError


@dataclass(frozen=True)
class OpTime:
    """Mean time per run of one operator type or one node (`name`), its share of all kernel
    time and how many nodes it covers."""

    name: str
    op_type: str
    ms: float
    share: float
    nodes: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class OperatorProfile:
    runs: int
    total_ms: float  # summed kernel time per run (excludes the session's own overhead)
    by_type: list[OpTime]
    by_node: list[OpTime]

    def to_dict(self, top_nodes: int = 20) -> dict:
        return {
            "runs": self.runs,
            "total_ms": self.total_ms,
            "by_type": [t.to_dict() for t in self.by_type],
            "by_node": [t.to_dict() for t in self.by_node[:top_nodes]],
        }


def kernel_events(trace: list[dict]) -> list[tuple[str, str, float]]:
    """(node name, operator type, microseconds) of every kernel event in an ONNX Runtime
    profile trace; session and fence events are left out."""
    events = []
    for e in trace:
        name = str(e.get("name", ""))
        if e.get("cat") == "Node" and name.endswith("_kernel_time"):
            op = str(e.get("args", {}).get("op_name", "?"))
            events.append((name[: -len("_kernel_time")], op, float(e.get("dur", 0))))
    return events


def summarise(events: list[tuple[str, str, float]], runs: int) -> OperatorProfile:
    """Mean per-run time by operator type and by node, costliest first."""
    if not events:
        raise LeansegError("the ONNX Runtime profile holds no kernel events")
    per_node: dict[tuple[str, str], float] = defaultdict(float)
    for node, op, us in events:
        per_node[(node, op)] += us
    total_us = sum(per_node.values())
    type_us: dict[str, float] = defaultdict(float)
    type_nodes: dict[str, int] = defaultdict(int)
    for (_, op), us in per_node.items():
        type_us[op] += us
        type_nodes[op] += 1

    def entry(name: str, op: str, us: float, nodes: int) -> OpTime:
        return OpTime(name, op, us / runs / 1e3, us / total_us, nodes)

    by_type = [entry(op, op, us, type_nodes[op]) for op, us in type_us.items()]
    by_node = [entry(node, op, us, 1) for (node, op), us in per_node.items()]
    return OperatorProfile(
        runs,
        total_us / runs / 1e3,
        sorted(by_type, key=lambda t: -t.ms),
        sorted(by_node, key=lambda t: -t.ms),
    )


def operator_profile(path: Path, x: np.ndarray, threads: int, runs: int = 5) -> OperatorProfile:
    """Profile `runs` inferences of the ONNX model at `path` on input `x` (after one untimed
    warm-up run, which the profile leaves out)."""
    from leanseg.backends import OnnxBackend

    if not Path(path).is_file():
        raise LeansegError(f"{path}: no such ONNX file")
    with tempfile.TemporaryDirectory() as tmp:
        backend = OnnxBackend(path, threads, profile_prefix=str(Path(tmp) / "ort"))
        feed = {backend.input_name: np.ascontiguousarray(x, dtype=np.float32)}
        for _ in range(runs + 1):
            backend.session.run(None, feed)
        events = kernel_events(json.loads(Path(backend.session.end_profiling()).read_text()))
    # Every run executes the same nodes, so the warm-up run is the first 1/(runs+1) of events.
    return summarise(events[len(events) // (runs + 1) :], runs)


def format_operators(p: dict, top: int = 8) -> str:
    """Terminal lines: the costliest operator types and nodes of an `OperatorProfile` dict."""
    lines = [f"\n  ONNX Runtime kernels {p['total_ms']:.1f} ms/run over {p['runs']} run(s)"]
    lines.append(f"  {'operator type':<40}{'nodes':>7}{'ms':>9}{'share':>8}")
    for t in p["by_type"][:top]:
        lines.append(f"  {t['name'][:39]:<40}{t['nodes']:>7}{t['ms']:>9.2f}{t['share']:>8.1%}")
    lines.append(f"  {'node':<40}{'type':>14}{'ms':>9}{'share':>8}")
    for t in p["by_node"][:top]:
        lines.append(
            f"  {t['name'][:39]:<40}{t['op_type'][:13]:>14}{t['ms']:>9.2f}{t['share']:>8.1%}"
        )
    return "\n".join(lines)
