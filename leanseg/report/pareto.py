"""The accuracy/size trade-off of a set of runs: which are Pareto-optimal, and a plot."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the file-only backend)


def pareto_front(points: list[tuple[float, float]]) -> list[int]:
    """Indices of the points (size, accuracy) that no other point beats on both: not larger
    and not less accurate, and strictly better on one."""
    front = []
    for i, (size, acc) in enumerate(points):
        dominated = any(
            s <= size and a >= acc and (s < size or a > acc)
            for j, (s, a) in enumerate(points)
            if j != i
        )
        if not dominated:
            front.append(i)
    return front


def pareto_png(names: list[str], points: list[tuple[float, float]],
               xlabel: str = "smallest model file (KB)", scale: float = 1e-3) -> bytes:  # fmt: skip
    """mIoU against a cost (size, latency or energy; log scale, multiplied by `scale` for its
    unit), the front joined by a line, as PNG bytes."""
    front = sorted(pareto_front(points), key=lambda i: points[i][0])
    fig, ax = plt.subplots(figsize=(6.4, 4.0), dpi=100)
    ax.scatter([p[0] * scale for p in points], [p[1] * 100 for p in points], color="#888")
    ax.plot([points[i][0] * scale for i in front], [points[i][1] * 100 for i in front],
            "o-", color="#c0392b", label="Pareto front")  # fmt: skip
    for name, (cost, acc) in zip(names, points, strict=True):
        ax.annotate(name, (cost * scale, acc * 100), fontsize=7, xytext=(4, 4),
                    textcoords="offset points")  # fmt: skip
    ax.set_xscale("log")
    ax.set_xlabel(xlabel)
    ax.set_ylabel("val mIoU (%)")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()
