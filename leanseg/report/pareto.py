"""The accuracy/size trade-off of a set of runs: which are Pareto-optimal, and a plot."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the file-only backend)
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402


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
    """`pareto_figure` as PNG bytes."""
    fig = pareto_figure(names, points, xlabel, scale)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def pareto_figure(
    names: list[str],
    points: list[tuple[float, float]],
    xlabel: str = "smallest model file (KB)",
    scale: float = 1e-3,
) -> Figure:
    """mIoU against a cost (size, latency or energy; log scale, multiplied by `scale` for its
    unit), the front joined by a line, every point labelled with its run's name and the axes
    widened until every label fits inside them (a run far from the others kept its point but
    lost its name at the edge)."""
    front = sorted(pareto_front(points), key=lambda i: points[i][0])
    fig, ax = plt.subplots(figsize=(6.4, 4.0), dpi=100)
    ax.scatter([p[0] * scale for p in points], [p[1] * 100 for p in points], color="#888")
    ax.plot([points[i][0] * scale for i in front], [points[i][1] * 100 for i in front],
            "o-", color="#c0392b", label="Pareto front")  # fmt: skip
    labels = [ax.annotate(name, (cost * scale, acc * 100), fontsize=7, xytext=(4, 4),
                          textcoords="offset points")
              for name, (cost, acc) in zip(names, points, strict=True)]  # fmt: skip
    ax.set_xscale("log")
    ax.set_xlabel(xlabel)
    ax.set_ylabel("val mIoU (%)")
    ax.grid(alpha=0.3)
    ax.legend(loc="best")  # the place that covers the fewest points
    fig.tight_layout()
    _fit_labels(fig, ax, labels)
    return fig


def _fit_labels(fig: Figure, ax: Axes, labels: list) -> None:
    """Widen the axes until each label's box lies inside them. A label sits a few pixels from
    its point, so widening moves it in data units: a few rounds settle it."""
    for _ in range(6):
        fig.canvas.draw()
        inside = ax.get_window_extent()
        boxes = [t.get_window_extent() for t in labels]
        if all(inside.x0 <= b.x0 and b.x1 <= inside.x1 and inside.y0 <= b.y0 and b.y1 <= inside.y1
               for b in boxes):  # fmt: skip
            return
        to_data = ax.transData.inverted()
        (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
        limits = [x0, x1, y0, y1]
        for b in boxes:
            (a, c), (d, e) = to_data.transform([(b.x0, b.y0), (b.x1, b.y1)])
            limits = [min(limits[0], a), max(limits[1], d), min(limits[2], c), max(limits[3], e)]
        pad_x, pad_y = (limits[1] / limits[0]) ** 0.03, (limits[3] - limits[2]) * 0.03
        ax.set_xlim(limits[0] / pad_x, limits[1] * pad_x)
        ax.set_ylim(limits[2] - pad_y, limits[3] + pad_y)
