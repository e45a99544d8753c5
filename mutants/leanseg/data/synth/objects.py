"""Top-view geometry of the RoboCup@Work objects, in millimetres around the object's centre.

Each object is a list of `Part`s drawn in order: filled polygons in a colour, and `hole` parts
through which whatever lies below shows (nut bores, bearing bores). Sizes follow the league's
parts: 20x20 and 40x40 aluminium profiles 100 mm long, M20x100 screw, M20 and M30 nuts, a 608-
style bearing and its housing, an axis, a distance tube, a DC motor with gearbox and the small
plastic containers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

Color = tuple[int, int, int]

BLACK_ALU: Color = (38, 38, 42)
SILVER: Color = (172, 176, 182)
STEEL: Color = (140, 144, 150)
DARK: Color = (22, 22, 24)


@dataclass(frozen=True)
class Part:
    points: np.ndarray  # (N, 2) x, y in mm
    color: Color
    hole: bool = False  # True: shows what lies below, labelled as it


def rect(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=np.float64)


def circle(r: float, cx: float = 0.0, cy: float = 0.0, n: int = 28) -> np.ndarray:
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    return np.stack([cx + r * np.cos(t), cy + r * np.sin(t)], axis=1)


def hexagon(across_flats: float) -> np.ndarray:
    return circle(across_flats / np.sqrt(3.0), n=6)


def _shade(c: Color, f: float) -> Color:
    return tuple(int(np.clip(v * f, 0, 255)) for v in c)  # type: ignore[return-value]


def _jitter(c: Color, rng: np.random.Generator) -> Color:
    return _shade(c, rng.uniform(0.85, 1.15))


def profile(width: float, slots: int, base: Color) -> Callable[[np.random.Generator], list[Part]]:
    """An aluminium profile lying on its side: body, T-slot grooves, edge highlights."""

    def build(rng: np.random.Generator) -> list[Part]:
        c = _jitter(base, rng)
        parts = [Part(rect(-50, -width / 2, 50, width / 2), c)]
        for k in range(slots):
            y = -width / 2 + width * (k + 0.5) / slots
            parts.append(Part(rect(-50, y - 3, 50, y + 3), _shade(c, 0.45)))
        parts.append(Part(rect(-50, -width / 2, 50, -width / 2 + 1.5), _shade(c, 1.35)))
        parts.append(Part(rect(-50, width / 2 - 1.5, 50, width / 2), _shade(c, 0.7)))
        return parts

    return build


def screw(rng: np.random.Generator) -> list[Part]:
    c = _jitter(STEEL, rng)
    parts = [Part(rect(-43, -10, 57, 10), c), Part(rect(-56, -15, -43, 15), _shade(c, 0.9))]
    for x in np.arange(-40, 57, 2.5):
        parts.append(Part(rect(x, -10, x + 0.9, 10), _shade(c, 0.6)))
    parts.append(Part(rect(-56, -5, -43, 5), _shade(c, 1.2)))
    return parts


def nut(across_flats: float, bore: float) -> Callable[[np.random.Generator], list[Part]]:
    def build(rng: np.random.Generator) -> list[Part]:
        c = _jitter(STEEL, rng)
        return [
            Part(hexagon(across_flats), c),
            Part(circle(across_flats * 0.48), _shade(c, 1.15)),
            Part(circle(bore / 2 + 1.5), _shade(c, 0.55)),
            Part(circle(bore / 2), c, hole=True),
        ]

    return build


def ring(rng: np.random.Generator) -> list[Part]:
    c = _jitter(DARK, rng)
    return [Part(circle(20), c), Part(circle(17), _shade(c, 1.6)), Part(circle(10), c, hole=True)]


def bearing(rng: np.random.Generator) -> list[Part]:
    c = _jitter(SILVER, rng)
    return [
        Part(circle(22), c),
        Part(circle(18.5), _shade(DARK, rng.uniform(0.8, 1.4))),
        Part(circle(12), _shade(c, 1.1)),
        Part(circle(8), c, hole=True),
    ]


def bearing_box(rng: np.random.Generator) -> list[Part]:
    body = _jitter(BLACK_ALU if rng.random() < 0.5 else SILVER, rng)
    parts = [Part(rect(-30, -25, 30, 25), body), Part(rect(-30, -25, 30, -22), _shade(body, 1.4))]
    parts += [Part(circle(4, x, 0), _shade(body, 0.4)) for x in (-22, 22)]
    parts += [Part(p.points, p.color, p.hole) for p in bearing(rng)]
    return parts


def rod(length: float, diameter: float) -> Callable[[np.random.Generator], list[Part]]:
    """A cylinder seen from the side: body, a bright specular band and a darker lower edge."""

    def build(rng: np.random.Generator) -> list[Part]:
        c = _jitter(SILVER, rng)
        r = diameter / 2
        return [
            Part(rect(-length / 2, -r, length / 2, r), c),
            Part(rect(-length / 2, -r * 0.45, length / 2, -r * 0.1), _shade(c, 1.35)),
            Part(rect(-length / 2, r * 0.55, length / 2, r), _shade(c, 0.7)),
        ]

    return build


def motor(rng: np.random.Generator) -> list[Part]:
    body = _jitter(DARK, rng)
    return [
        Part(rect(-45, -20, 25, 20), body),
        Part(rect(-45, -20, 25, -14), _shade(body, 2.2)),
        Part(rect(25, -18, 50, 18), _jitter(SILVER, rng)),
        Part(rect(50, -3, 68, 3), _jitter(STEEL, rng)),
        Part(rect(-52, -8, -45, 8), (200, 40, 40) if rng.random() < 0.5 else (230, 230, 230)),
    ]


def container(base: Color) -> Callable[[np.random.Generator], list[Part]]:
    def build(rng: np.random.Generator) -> list[Part]:
        c = _jitter(base, rng)
        return [
            Part(rect(-60, -40, 60, 40), c),
            Part(rect(-54, -34, 54, 34), _shade(c, 0.75)),
            Part(rect(-50, -30, 50, 30), _shade(c, 0.9)),
        ]

    return build


OBJECTS: dict[str, Callable[[np.random.Generator], list[Part]]] = {
    "F20_20_B": profile(20, 1, BLACK_ALU),
    "F20_20_G": profile(20, 1, SILVER),
    "S40_40_B": profile(40, 2, BLACK_ALU),
    "S40_40_G": profile(40, 2, SILVER),
    "M20_100": screw,
    "M20": nut(30, 20),
    "M30": nut(46, 30),
    "R20": ring,
    "Bearing_Box": bearing_box,
    "Bearing": bearing,
    "Axis": rod(120, 12),
    "Distance_Tube": rod(50, 24),
    "Motor": motor,
    "Container_Box_Red": container((190, 35, 35)),
    "Container_Box_Blue": container((35, 70, 185)),
}
OBJECT_NAMES = tuple(OBJECTS)
