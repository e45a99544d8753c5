"""Import labelme annotations as a `voc` dataset, drawing masks exactly as labelme2voc does.

labelme's `shape_to_mask` draws each shape with PIL.ImageDraw on a blank mask (polygons and
rectangles filled with outline, circles as an ellipse of radius |centre - edge point|, lines and
linestrips 10 px wide, points as discs of radius 5); `shapes_to_label` paints them in file order
so later shapes win. The labels file lists `__ignore__` first (id -1, saved as 255) and
`_background_` second (id 0). Teams who annotate with labelme therefore get identical masks.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import math
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, UnidentifiedImageError

from leanseg.atomic import atomic_path, check_output_dir
from leanseg.data.files import read_text
from leanseg.data.spec import DatasetError, DatasetSpec, voc_colormap

LINE_WIDTH = 10  # labelme's default for line and linestrip shapes
POINT_SIZE = 5  # labelme's default radius for point shapes


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_read_labels_file__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_read_labels_file__mutmut)
def read_labels_file(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_orig(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_1(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = None
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_2(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(None, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_3(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, None).splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_4(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text("labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_5(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, ).splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_6(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "XXlabels fileXX").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_7(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "LABELS FILE").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_8(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" and names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_9(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 and names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_10(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) <= 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_11(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 3 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_12(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[1] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_13(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] == "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_14(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "XX__ignore__XX" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_15(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__IGNORE__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_16(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[2] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_17(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] == "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_18(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "XX_background_XX":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_19(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_BACKGROUND_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[1:]


def x_read_labels_file__mutmut_20(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(None)
    return names[1:]


def x_read_labels_file__mutmut_21(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    return names[2:]

mutants_x_read_labels_file__mutmut['_mutmut_orig'] = x_read_labels_file__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_1'] = x_read_labels_file__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_2'] = x_read_labels_file__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_3'] = x_read_labels_file__mutmut_3 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_4'] = x_read_labels_file__mutmut_4 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_5'] = x_read_labels_file__mutmut_5 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_6'] = x_read_labels_file__mutmut_6 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_7'] = x_read_labels_file__mutmut_7 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_8'] = x_read_labels_file__mutmut_8 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_9'] = x_read_labels_file__mutmut_9 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_10'] = x_read_labels_file__mutmut_10 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_11'] = x_read_labels_file__mutmut_11 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_12'] = x_read_labels_file__mutmut_12 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_13'] = x_read_labels_file__mutmut_13 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_14'] = x_read_labels_file__mutmut_14 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_15'] = x_read_labels_file__mutmut_15 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_16'] = x_read_labels_file__mutmut_16 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_17'] = x_read_labels_file__mutmut_17 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_18'] = x_read_labels_file__mutmut_18 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_19'] = x_read_labels_file__mutmut_19 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_20'] = x_read_labels_file__mutmut_20 # type: ignore # mutmut generated
mutants_x_read_labels_file__mutmut['x_read_labels_file__mutmut_21'] = x_read_labels_file__mutmut_21 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_shape_to_mask__mutmut)
def shape_to_mask(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_orig(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_1(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = None
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_2(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = None
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_3(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new(None, (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_4(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", None, 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_5(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), None)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_6(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new((w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_7(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_8(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), )
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_9(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("XXLXX", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_10(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("l", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_11(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 1)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_12(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = None
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_13(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(None)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_14(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = None
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_15(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(None) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_16(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(None) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_17(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = None
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_18(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type and "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_19(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "XXpolygonXX"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_20(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "POLYGON"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_21(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" or len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_22(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind != "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_23(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "XXcircleXX" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_24(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "CIRCLE" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_25(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) != 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_26(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 3:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_27(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = None
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_28(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = None
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_29(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(None, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_30(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, None)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_31(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_32(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, )
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_33(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx + px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_34(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy + py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_35(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse(None, outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_36(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=None, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_37(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=None)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_38(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse(outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_39(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_40(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, )
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_41(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx + d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_42(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy + d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_43(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx - d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_44(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy - d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_45(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=2, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_46(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=2)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_47(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" or len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_48(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind != "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_49(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "XXrectangleXX" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_50(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "RECTANGLE" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_51(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) != 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_52(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 3:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_53(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = None
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_54(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle(None, outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_55(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=None, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_56(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=None)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_57(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle(outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_58(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_59(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, )
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_60(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(None, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_61(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, None), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_62(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_63(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, ), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_64(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(None, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_65(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, None), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_66(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_67(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, ), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_68(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(None, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_69(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, None), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_70(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_71(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, ), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_72(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(None, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_73(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, None)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_74(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_75(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, )], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_76(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=2, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_77(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=2)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_78(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") or len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_79(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind not in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_80(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("XXlineXX", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_81(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("LINE", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_82(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "XXlinestripXX") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_83(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "LINESTRIP") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_84(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) > 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_85(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 3:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_86(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=None, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_87(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=None, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_88(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=None)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_89(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_90(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_91(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, )
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_92(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=2, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_93(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" or len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_94(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind != "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_95(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "XXpointXX" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_96(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "POINT" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_97(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) != 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_98(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 2:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_99(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = None
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_100(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[1]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_101(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = None
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_102(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse(None, outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_103(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=None, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_104(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=None)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_105(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse(outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_106(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_107(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, )
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_108(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx + r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_109(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy + r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_110(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx - r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_111(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy - r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_112(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=2, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_113(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=2)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_114(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" or len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_115(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind != "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_116(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "XXpolygonXX" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_117(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "POLYGON" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_118(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) >= 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_119(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 3:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_120(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=None, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_121(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=None, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_122(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=None)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_123(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_124(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_125(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, )
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_126(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=2, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_127(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=2)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_128(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(None)
    return np.asarray(mask, dtype=bool)


def x_shape_to_mask__mutmut_129(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(None, dtype=bool)


def x_shape_to_mask__mutmut_130(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, dtype=None)


def x_shape_to_mask__mutmut_131(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(dtype=bool)


def x_shape_to_mask__mutmut_132(size: tuple[int, int], points: list, shape_type: str | None) -> np.ndarray:
    """Boolean (H, W) mask of one labelme shape, drawn as labelme draws it."""
    h, w = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    xy = [tuple(float(v) for v in p) for p in points]
    kind = shape_type or "polygon"
    if kind == "circle" and len(xy) == 2:
        (cx, cy), (px, py) = xy
        d = math.hypot(cx - px, cy - py)
        draw.ellipse([cx - d, cy - d, cx + d, cy + d], outline=1, fill=1)
    elif kind == "rectangle" and len(xy) == 2:
        (x0, y0), (x1, y1) = xy
        draw.rectangle([min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], outline=1, fill=1)
    elif kind in ("line", "linestrip") and len(xy) >= 2:
        draw.line(xy=xy, fill=1, width=LINE_WIDTH)
    elif kind == "point" and len(xy) == 1:
        cx, cy = xy[0]
        r = POINT_SIZE
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=1, fill=1)
    elif kind == "polygon" and len(xy) > 2:
        draw.polygon(xy=xy, outline=1, fill=1)
    else:
        raise ValueError(f"{kind} shape with {len(xy)} points")
    return np.asarray(mask, )

mutants_x_shape_to_mask__mutmut['_mutmut_orig'] = x_shape_to_mask__mutmut_orig # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_1'] = x_shape_to_mask__mutmut_1 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_2'] = x_shape_to_mask__mutmut_2 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_3'] = x_shape_to_mask__mutmut_3 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_4'] = x_shape_to_mask__mutmut_4 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_5'] = x_shape_to_mask__mutmut_5 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_6'] = x_shape_to_mask__mutmut_6 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_7'] = x_shape_to_mask__mutmut_7 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_8'] = x_shape_to_mask__mutmut_8 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_9'] = x_shape_to_mask__mutmut_9 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_10'] = x_shape_to_mask__mutmut_10 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_11'] = x_shape_to_mask__mutmut_11 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_12'] = x_shape_to_mask__mutmut_12 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_13'] = x_shape_to_mask__mutmut_13 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_14'] = x_shape_to_mask__mutmut_14 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_15'] = x_shape_to_mask__mutmut_15 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_16'] = x_shape_to_mask__mutmut_16 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_17'] = x_shape_to_mask__mutmut_17 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_18'] = x_shape_to_mask__mutmut_18 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_19'] = x_shape_to_mask__mutmut_19 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_20'] = x_shape_to_mask__mutmut_20 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_21'] = x_shape_to_mask__mutmut_21 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_22'] = x_shape_to_mask__mutmut_22 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_23'] = x_shape_to_mask__mutmut_23 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_24'] = x_shape_to_mask__mutmut_24 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_25'] = x_shape_to_mask__mutmut_25 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_26'] = x_shape_to_mask__mutmut_26 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_27'] = x_shape_to_mask__mutmut_27 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_28'] = x_shape_to_mask__mutmut_28 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_29'] = x_shape_to_mask__mutmut_29 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_30'] = x_shape_to_mask__mutmut_30 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_31'] = x_shape_to_mask__mutmut_31 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_32'] = x_shape_to_mask__mutmut_32 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_33'] = x_shape_to_mask__mutmut_33 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_34'] = x_shape_to_mask__mutmut_34 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_35'] = x_shape_to_mask__mutmut_35 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_36'] = x_shape_to_mask__mutmut_36 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_37'] = x_shape_to_mask__mutmut_37 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_38'] = x_shape_to_mask__mutmut_38 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_39'] = x_shape_to_mask__mutmut_39 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_40'] = x_shape_to_mask__mutmut_40 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_41'] = x_shape_to_mask__mutmut_41 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_42'] = x_shape_to_mask__mutmut_42 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_43'] = x_shape_to_mask__mutmut_43 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_44'] = x_shape_to_mask__mutmut_44 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_45'] = x_shape_to_mask__mutmut_45 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_46'] = x_shape_to_mask__mutmut_46 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_47'] = x_shape_to_mask__mutmut_47 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_48'] = x_shape_to_mask__mutmut_48 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_49'] = x_shape_to_mask__mutmut_49 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_50'] = x_shape_to_mask__mutmut_50 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_51'] = x_shape_to_mask__mutmut_51 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_52'] = x_shape_to_mask__mutmut_52 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_53'] = x_shape_to_mask__mutmut_53 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_54'] = x_shape_to_mask__mutmut_54 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_55'] = x_shape_to_mask__mutmut_55 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_56'] = x_shape_to_mask__mutmut_56 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_57'] = x_shape_to_mask__mutmut_57 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_58'] = x_shape_to_mask__mutmut_58 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_59'] = x_shape_to_mask__mutmut_59 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_60'] = x_shape_to_mask__mutmut_60 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_61'] = x_shape_to_mask__mutmut_61 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_62'] = x_shape_to_mask__mutmut_62 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_63'] = x_shape_to_mask__mutmut_63 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_64'] = x_shape_to_mask__mutmut_64 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_65'] = x_shape_to_mask__mutmut_65 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_66'] = x_shape_to_mask__mutmut_66 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_67'] = x_shape_to_mask__mutmut_67 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_68'] = x_shape_to_mask__mutmut_68 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_69'] = x_shape_to_mask__mutmut_69 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_70'] = x_shape_to_mask__mutmut_70 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_71'] = x_shape_to_mask__mutmut_71 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_72'] = x_shape_to_mask__mutmut_72 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_73'] = x_shape_to_mask__mutmut_73 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_74'] = x_shape_to_mask__mutmut_74 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_75'] = x_shape_to_mask__mutmut_75 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_76'] = x_shape_to_mask__mutmut_76 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_77'] = x_shape_to_mask__mutmut_77 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_78'] = x_shape_to_mask__mutmut_78 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_79'] = x_shape_to_mask__mutmut_79 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_80'] = x_shape_to_mask__mutmut_80 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_81'] = x_shape_to_mask__mutmut_81 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_82'] = x_shape_to_mask__mutmut_82 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_83'] = x_shape_to_mask__mutmut_83 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_84'] = x_shape_to_mask__mutmut_84 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_85'] = x_shape_to_mask__mutmut_85 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_86'] = x_shape_to_mask__mutmut_86 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_87'] = x_shape_to_mask__mutmut_87 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_88'] = x_shape_to_mask__mutmut_88 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_89'] = x_shape_to_mask__mutmut_89 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_90'] = x_shape_to_mask__mutmut_90 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_91'] = x_shape_to_mask__mutmut_91 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_92'] = x_shape_to_mask__mutmut_92 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_93'] = x_shape_to_mask__mutmut_93 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_94'] = x_shape_to_mask__mutmut_94 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_95'] = x_shape_to_mask__mutmut_95 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_96'] = x_shape_to_mask__mutmut_96 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_97'] = x_shape_to_mask__mutmut_97 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_98'] = x_shape_to_mask__mutmut_98 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_99'] = x_shape_to_mask__mutmut_99 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_100'] = x_shape_to_mask__mutmut_100 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_101'] = x_shape_to_mask__mutmut_101 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_102'] = x_shape_to_mask__mutmut_102 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_103'] = x_shape_to_mask__mutmut_103 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_104'] = x_shape_to_mask__mutmut_104 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_105'] = x_shape_to_mask__mutmut_105 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_106'] = x_shape_to_mask__mutmut_106 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_107'] = x_shape_to_mask__mutmut_107 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_108'] = x_shape_to_mask__mutmut_108 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_109'] = x_shape_to_mask__mutmut_109 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_110'] = x_shape_to_mask__mutmut_110 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_111'] = x_shape_to_mask__mutmut_111 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_112'] = x_shape_to_mask__mutmut_112 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_113'] = x_shape_to_mask__mutmut_113 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_114'] = x_shape_to_mask__mutmut_114 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_115'] = x_shape_to_mask__mutmut_115 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_116'] = x_shape_to_mask__mutmut_116 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_117'] = x_shape_to_mask__mutmut_117 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_118'] = x_shape_to_mask__mutmut_118 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_119'] = x_shape_to_mask__mutmut_119 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_120'] = x_shape_to_mask__mutmut_120 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_121'] = x_shape_to_mask__mutmut_121 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_122'] = x_shape_to_mask__mutmut_122 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_123'] = x_shape_to_mask__mutmut_123 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_124'] = x_shape_to_mask__mutmut_124 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_125'] = x_shape_to_mask__mutmut_125 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_126'] = x_shape_to_mask__mutmut_126 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_127'] = x_shape_to_mask__mutmut_127 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_128'] = x_shape_to_mask__mutmut_128 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_129'] = x_shape_to_mask__mutmut_129 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_130'] = x_shape_to_mask__mutmut_130 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_131'] = x_shape_to_mask__mutmut_131 # type: ignore # mutmut generated
mutants_x_shape_to_mask__mutmut['x_shape_to_mask__mutmut_132'] = x_shape_to_mask__mutmut_132 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_shapes_to_label__mutmut)
def shapes_to_label(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_orig(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_1(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = None
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_2(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(None, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_3(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=None)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_4(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_5(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, )
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_6(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("shape_type"))] = None
    return label


def x_shapes_to_label__mutmut_7(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(None, shape["points"], shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_8(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, None, shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_9(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], None)] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_10(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(shape["points"], shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_11(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_12(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], )] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_13(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["XXpointsXX"], shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_14(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["POINTS"], shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_15(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get(None))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_16(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("XXshape_typeXX"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_17(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("SHAPE_TYPE"))] = class_id[
            shape["label"]
        ]
    return label


def x_shapes_to_label__mutmut_18(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("shape_type"))] = class_id[
            shape["XXlabelXX"]
        ]
    return label


def x_shapes_to_label__mutmut_19(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) int32 class ids; shapes painted in file order, -1 for `__ignore__`."""
    label = np.zeros(size, dtype=np.int32)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("shape_type"))] = class_id[
            shape["LABEL"]
        ]
    return label

mutants_x_shapes_to_label__mutmut['_mutmut_orig'] = x_shapes_to_label__mutmut_orig # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_1'] = x_shapes_to_label__mutmut_1 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_2'] = x_shapes_to_label__mutmut_2 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_3'] = x_shapes_to_label__mutmut_3 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_4'] = x_shapes_to_label__mutmut_4 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_5'] = x_shapes_to_label__mutmut_5 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_6'] = x_shapes_to_label__mutmut_6 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_7'] = x_shapes_to_label__mutmut_7 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_8'] = x_shapes_to_label__mutmut_8 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_9'] = x_shapes_to_label__mutmut_9 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_10'] = x_shapes_to_label__mutmut_10 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_11'] = x_shapes_to_label__mutmut_11 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_12'] = x_shapes_to_label__mutmut_12 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_13'] = x_shapes_to_label__mutmut_13 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_14'] = x_shapes_to_label__mutmut_14 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_15'] = x_shapes_to_label__mutmut_15 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_16'] = x_shapes_to_label__mutmut_16 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_17'] = x_shapes_to_label__mutmut_17 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_18'] = x_shapes_to_label__mutmut_18 # type: ignore # mutmut generated
mutants_x_shapes_to_label__mutmut['x_shapes_to_label__mutmut_19'] = x_shapes_to_label__mutmut_19 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_import_labelme__mutmut)
def import_labelme(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_orig(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_1(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 1.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_2(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 1,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_3(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = True,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_4(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_5(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 1 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_6(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 < val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_7(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction <= 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_8(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 2:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_9(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(None)
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_10(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(None, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_11(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, None, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_12(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=None)
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_13(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_14(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_15(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, )
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_16(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = None
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_17(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(None)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_18(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = None
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_19(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"XX__ignore__XX": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_20(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__IGNORE__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_21(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": +1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_22(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -2, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_23(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(None)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_24(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = None
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_25(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(None)
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_26(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob(None))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_27(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(None).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_28(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("XX*.jsonXX"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_29(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.JSON"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_30(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_31(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(None)
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_32(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = None
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_33(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(None) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_34(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(257) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_35(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(None) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_36(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("XXJPEGImagesXX", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_37(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("jpegimages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_38(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGIMAGES", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_39(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "XXSegmentationClassXX", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_40(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "segmentationclass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_41(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SEGMENTATIONCLASS", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_42(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "XXImageSets/SegmentationXX"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_43(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "imagesets/segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_44(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "IMAGESETS/SEGMENTATION"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_45(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=None)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_46(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp * d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_47(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=False)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_48(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = None
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_49(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(None)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_50(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = None
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_51(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = None
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_52(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label(None, shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_53(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), None, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_54(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, None)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_55(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label(shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_56(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_57(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, )
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_58(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(None) from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_59(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(None) from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_60(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(None)
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_61(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert(None).save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_62(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("XXRGBXX").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_63(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("rgb").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_64(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" * f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_65(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp * "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_66(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "XXJPEGImagesXX" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_67(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "jpegimages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_68(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGIMAGES" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_69(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = None  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_70(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(None, mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_71(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode=None)  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_72(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_73(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), )  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_74(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(None), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_75(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="XXPXX")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_76(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="p")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_77(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(None)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_78(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(None)
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_79(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" * f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_80(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp * "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_81(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "XXSegmentationClassXX" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_82(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "segmentationclass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_83(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SEGMENTATIONCLASS" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_84(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = None
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_85(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(None)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_86(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(None).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_87(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = None
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_88(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if (len(stems) > 1) and False else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_89(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if (len(stems) > 1) or True else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_90(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(None) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_91(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) / val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_92(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) >= 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_93(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 2 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_94(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 1
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_95(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = None
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_96(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "XXtrainXX": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_97(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "TRAIN": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_98(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(None),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_99(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "XXvalXX": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_100(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "VAL": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_101(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(None),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_102(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "XXtrainvalXX": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_103(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "TRAINVAL": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_104(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(None),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_105(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                None
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_106(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" * f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_107(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp * "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_108(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "XXImageSets/SegmentationXX" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_109(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "imagesets/segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_110(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "IMAGESETS/SEGMENTATION" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_111(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(None)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_112(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "XXXX".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_113(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s - "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_114(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "XX\nXX" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_115(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text(None)
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_116(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp * "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_117(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "XXclass_names.txtXX").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_118(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "CLASS_NAMES.TXT").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_119(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) - "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_120(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(None) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_121(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("XX\nXX".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_122(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "XX\nXX")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_123(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = None
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_124(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = None
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_125(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            None, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_126(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, None, tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_127(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", None, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_128(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, None, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_129(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, None, tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_130(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), None
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_131(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_132(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_133(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_134(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_135(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_136(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_137(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(None).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_138(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "XXvocXX", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_139(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "VOC", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_140(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(None), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_141(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(None)
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_142(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(None))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_143(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(None)
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_144(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp * "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_145(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "XXdataset.yamlXX")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_146(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "DATASET.YAML")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_147(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(None, "voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_148(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, None, Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_149(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", None, splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_150(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), None, spec.classes, spec.colors)


def x_import_labelme__mutmut_151(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, None, spec.colors)


def x_import_labelme__mutmut_152(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, None)


def x_import_labelme__mutmut_153(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec("voc", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_154(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_155(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_156(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), spec.classes, spec.colors)


def x_import_labelme__mutmut_157(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.colors)


def x_import_labelme__mutmut_158(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(out), splits, spec.classes, )


def x_import_labelme__mutmut_159(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "XXvocXX", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_160(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "VOC", Path(out), splits, spec.classes, spec.colors)


def x_import_labelme__mutmut_161(
    src: Path,
    labels: Path,
    out: Path,
    val_fraction: float = 0.2,
    seed: int = 0,
    overwrite: bool = False,
) -> DatasetSpec:
    """Convert every `*.json` in `src` into a VOC dataset at `out` (written atomically; an
    existing non-empty `out` only with `overwrite`, and never inside `src`)."""
    if not 0 <= val_fraction < 1:
        raise DatasetError(f"--val-fraction must be in [0, 1), got {val_fraction}")
    check_output_dir(out, overwrite, inputs=[src, labels])
    names = read_labels_file(labels)
    class_id = {"__ignore__": -1, **{n: i for i, n in enumerate(names)}}
    files = sorted(Path(src).glob("*.json"))
    if not files:
        raise DatasetError(f"{src}: no labelme *.json files found")
    palette = [v for rgb in voc_colormap(256) for v in rgb]
    with atomic_path(out) as tmp:
        for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
            (tmp / d).mkdir(parents=True)
        for f in files:
            image, shapes = _read_annotation(f)
            h, w = image.height, image.width
            try:
                label = shapes_to_label((h, w), shapes, class_id)
            except KeyError as err:
                raise DatasetError(f"{f}: label {err} is not in {labels}") from None
            except ValueError as err:
                raise DatasetError(f"{f}: cannot draw {err}") from None
            image.convert("RGB").save(tmp / "JPEGImages" / f"{f.stem}.jpg")
            png = Image.fromarray(label.astype(np.uint8), mode="P")  # -1 wraps to 255
            png.putpalette(palette)
            png.save(tmp / "SegmentationClass" / f"{f.stem}.png")
        stems = [f.stem for f in files]
        random.Random(seed).shuffle(stems)
        n_val = round(len(stems) * val_fraction) if len(stems) > 1 else 0
        split_lists = {
            "train": sorted(stems[n_val:]),
            "val": sorted(stems[:n_val]),
            "trainval": sorted(stems),
        }
        for split, items in split_lists.items():
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text(
                "".join(s + "\n" for s in items)
            )
        (tmp / "class_names.txt").write_text("\n".join(names) + "\n")
        splits = {s: f"ImageSets/Segmentation/{s}.txt" for s in split_lists if split_lists[s]}
        spec = DatasetSpec(
            Path(out).name, "voc", tmp, splits, tuple(names), tuple(voc_colormap(len(names)))
        )
        spec.save(tmp / "dataset.yaml")
    return DatasetSpec(spec.name, "voc", Path(None), splits, spec.classes, spec.colors)

mutants_x_import_labelme__mutmut['_mutmut_orig'] = x_import_labelme__mutmut_orig # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_1'] = x_import_labelme__mutmut_1 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_2'] = x_import_labelme__mutmut_2 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_3'] = x_import_labelme__mutmut_3 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_4'] = x_import_labelme__mutmut_4 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_5'] = x_import_labelme__mutmut_5 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_6'] = x_import_labelme__mutmut_6 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_7'] = x_import_labelme__mutmut_7 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_8'] = x_import_labelme__mutmut_8 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_9'] = x_import_labelme__mutmut_9 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_10'] = x_import_labelme__mutmut_10 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_11'] = x_import_labelme__mutmut_11 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_12'] = x_import_labelme__mutmut_12 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_13'] = x_import_labelme__mutmut_13 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_14'] = x_import_labelme__mutmut_14 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_15'] = x_import_labelme__mutmut_15 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_16'] = x_import_labelme__mutmut_16 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_17'] = x_import_labelme__mutmut_17 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_18'] = x_import_labelme__mutmut_18 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_19'] = x_import_labelme__mutmut_19 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_20'] = x_import_labelme__mutmut_20 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_21'] = x_import_labelme__mutmut_21 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_22'] = x_import_labelme__mutmut_22 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_23'] = x_import_labelme__mutmut_23 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_24'] = x_import_labelme__mutmut_24 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_25'] = x_import_labelme__mutmut_25 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_26'] = x_import_labelme__mutmut_26 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_27'] = x_import_labelme__mutmut_27 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_28'] = x_import_labelme__mutmut_28 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_29'] = x_import_labelme__mutmut_29 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_30'] = x_import_labelme__mutmut_30 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_31'] = x_import_labelme__mutmut_31 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_32'] = x_import_labelme__mutmut_32 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_33'] = x_import_labelme__mutmut_33 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_34'] = x_import_labelme__mutmut_34 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_35'] = x_import_labelme__mutmut_35 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_36'] = x_import_labelme__mutmut_36 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_37'] = x_import_labelme__mutmut_37 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_38'] = x_import_labelme__mutmut_38 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_39'] = x_import_labelme__mutmut_39 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_40'] = x_import_labelme__mutmut_40 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_41'] = x_import_labelme__mutmut_41 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_42'] = x_import_labelme__mutmut_42 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_43'] = x_import_labelme__mutmut_43 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_44'] = x_import_labelme__mutmut_44 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_45'] = x_import_labelme__mutmut_45 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_46'] = x_import_labelme__mutmut_46 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_47'] = x_import_labelme__mutmut_47 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_48'] = x_import_labelme__mutmut_48 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_49'] = x_import_labelme__mutmut_49 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_50'] = x_import_labelme__mutmut_50 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_51'] = x_import_labelme__mutmut_51 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_52'] = x_import_labelme__mutmut_52 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_53'] = x_import_labelme__mutmut_53 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_54'] = x_import_labelme__mutmut_54 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_55'] = x_import_labelme__mutmut_55 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_56'] = x_import_labelme__mutmut_56 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_57'] = x_import_labelme__mutmut_57 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_58'] = x_import_labelme__mutmut_58 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_59'] = x_import_labelme__mutmut_59 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_60'] = x_import_labelme__mutmut_60 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_61'] = x_import_labelme__mutmut_61 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_62'] = x_import_labelme__mutmut_62 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_63'] = x_import_labelme__mutmut_63 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_64'] = x_import_labelme__mutmut_64 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_65'] = x_import_labelme__mutmut_65 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_66'] = x_import_labelme__mutmut_66 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_67'] = x_import_labelme__mutmut_67 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_68'] = x_import_labelme__mutmut_68 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_69'] = x_import_labelme__mutmut_69 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_70'] = x_import_labelme__mutmut_70 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_71'] = x_import_labelme__mutmut_71 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_72'] = x_import_labelme__mutmut_72 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_73'] = x_import_labelme__mutmut_73 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_74'] = x_import_labelme__mutmut_74 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_75'] = x_import_labelme__mutmut_75 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_76'] = x_import_labelme__mutmut_76 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_77'] = x_import_labelme__mutmut_77 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_78'] = x_import_labelme__mutmut_78 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_79'] = x_import_labelme__mutmut_79 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_80'] = x_import_labelme__mutmut_80 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_81'] = x_import_labelme__mutmut_81 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_82'] = x_import_labelme__mutmut_82 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_83'] = x_import_labelme__mutmut_83 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_84'] = x_import_labelme__mutmut_84 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_85'] = x_import_labelme__mutmut_85 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_86'] = x_import_labelme__mutmut_86 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_87'] = x_import_labelme__mutmut_87 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_88'] = x_import_labelme__mutmut_88 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_89'] = x_import_labelme__mutmut_89 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_90'] = x_import_labelme__mutmut_90 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_91'] = x_import_labelme__mutmut_91 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_92'] = x_import_labelme__mutmut_92 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_93'] = x_import_labelme__mutmut_93 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_94'] = x_import_labelme__mutmut_94 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_95'] = x_import_labelme__mutmut_95 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_96'] = x_import_labelme__mutmut_96 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_97'] = x_import_labelme__mutmut_97 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_98'] = x_import_labelme__mutmut_98 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_99'] = x_import_labelme__mutmut_99 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_100'] = x_import_labelme__mutmut_100 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_101'] = x_import_labelme__mutmut_101 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_102'] = x_import_labelme__mutmut_102 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_103'] = x_import_labelme__mutmut_103 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_104'] = x_import_labelme__mutmut_104 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_105'] = x_import_labelme__mutmut_105 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_106'] = x_import_labelme__mutmut_106 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_107'] = x_import_labelme__mutmut_107 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_108'] = x_import_labelme__mutmut_108 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_109'] = x_import_labelme__mutmut_109 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_110'] = x_import_labelme__mutmut_110 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_111'] = x_import_labelme__mutmut_111 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_112'] = x_import_labelme__mutmut_112 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_113'] = x_import_labelme__mutmut_113 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_114'] = x_import_labelme__mutmut_114 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_115'] = x_import_labelme__mutmut_115 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_116'] = x_import_labelme__mutmut_116 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_117'] = x_import_labelme__mutmut_117 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_118'] = x_import_labelme__mutmut_118 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_119'] = x_import_labelme__mutmut_119 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_120'] = x_import_labelme__mutmut_120 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_121'] = x_import_labelme__mutmut_121 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_122'] = x_import_labelme__mutmut_122 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_123'] = x_import_labelme__mutmut_123 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_124'] = x_import_labelme__mutmut_124 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_125'] = x_import_labelme__mutmut_125 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_126'] = x_import_labelme__mutmut_126 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_127'] = x_import_labelme__mutmut_127 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_128'] = x_import_labelme__mutmut_128 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_129'] = x_import_labelme__mutmut_129 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_130'] = x_import_labelme__mutmut_130 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_131'] = x_import_labelme__mutmut_131 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_132'] = x_import_labelme__mutmut_132 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_133'] = x_import_labelme__mutmut_133 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_134'] = x_import_labelme__mutmut_134 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_135'] = x_import_labelme__mutmut_135 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_136'] = x_import_labelme__mutmut_136 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_137'] = x_import_labelme__mutmut_137 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_138'] = x_import_labelme__mutmut_138 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_139'] = x_import_labelme__mutmut_139 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_140'] = x_import_labelme__mutmut_140 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_141'] = x_import_labelme__mutmut_141 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_142'] = x_import_labelme__mutmut_142 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_143'] = x_import_labelme__mutmut_143 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_144'] = x_import_labelme__mutmut_144 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_145'] = x_import_labelme__mutmut_145 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_146'] = x_import_labelme__mutmut_146 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_147'] = x_import_labelme__mutmut_147 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_148'] = x_import_labelme__mutmut_148 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_149'] = x_import_labelme__mutmut_149 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_150'] = x_import_labelme__mutmut_150 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_151'] = x_import_labelme__mutmut_151 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_152'] = x_import_labelme__mutmut_152 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_153'] = x_import_labelme__mutmut_153 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_154'] = x_import_labelme__mutmut_154 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_155'] = x_import_labelme__mutmut_155 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_156'] = x_import_labelme__mutmut_156 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_157'] = x_import_labelme__mutmut_157 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_158'] = x_import_labelme__mutmut_158 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_159'] = x_import_labelme__mutmut_159 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_160'] = x_import_labelme__mutmut_160 # type: ignore # mutmut generated
mutants_x_import_labelme__mutmut['x_import_labelme__mutmut_161'] = x_import_labelme__mutmut_161 # type: ignore # mutmut generated


MAX_COORDINATE = 1e6  # far beyond any image; larger values are corrupt files, not shapes
mutants_x__read_annotation__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__read_annotation__mutmut)
def _read_annotation(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_orig(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_1(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_2(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(None)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_3(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding=None))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_4(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="XXutf-8XX"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_5(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="UTF-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_6(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(None) from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_7(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_8(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(None)
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_9(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = None
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_10(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get(None)
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_11(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("XXshapesXX")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_12(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("SHAPES")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_13(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_14(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(None)
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_15(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(None, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_16(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=None):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_17(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_18(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, ):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_19(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=2):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_20(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(None, n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_21(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, None, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_22(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, None)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_23(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(n, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_24(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, shape)
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_25(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, )
    return _annotation_image(path, data), shapes


def x__read_annotation__mutmut_26(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(None, data), shapes


def x__read_annotation__mutmut_27(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, None), shapes


def x__read_annotation__mutmut_28(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(data), shapes


def x__read_annotation__mutmut_29(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path}: not a labelme annotation ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, ), shapes

mutants_x__read_annotation__mutmut['_mutmut_orig'] = x__read_annotation__mutmut_orig # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_1'] = x__read_annotation__mutmut_1 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_2'] = x__read_annotation__mutmut_2 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_3'] = x__read_annotation__mutmut_3 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_4'] = x__read_annotation__mutmut_4 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_5'] = x__read_annotation__mutmut_5 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_6'] = x__read_annotation__mutmut_6 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_7'] = x__read_annotation__mutmut_7 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_8'] = x__read_annotation__mutmut_8 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_9'] = x__read_annotation__mutmut_9 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_10'] = x__read_annotation__mutmut_10 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_11'] = x__read_annotation__mutmut_11 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_12'] = x__read_annotation__mutmut_12 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_13'] = x__read_annotation__mutmut_13 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_14'] = x__read_annotation__mutmut_14 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_15'] = x__read_annotation__mutmut_15 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_16'] = x__read_annotation__mutmut_16 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_17'] = x__read_annotation__mutmut_17 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_18'] = x__read_annotation__mutmut_18 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_19'] = x__read_annotation__mutmut_19 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_20'] = x__read_annotation__mutmut_20 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_21'] = x__read_annotation__mutmut_21 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_22'] = x__read_annotation__mutmut_22 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_23'] = x__read_annotation__mutmut_23 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_24'] = x__read_annotation__mutmut_24 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_25'] = x__read_annotation__mutmut_25 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_26'] = x__read_annotation__mutmut_26 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_27'] = x__read_annotation__mutmut_27 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_28'] = x__read_annotation__mutmut_28 # type: ignore # mutmut generated
mutants_x__read_annotation__mutmut['x__read_annotation__mutmut_29'] = x__read_annotation__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_shape__mutmut)
def _check_shape(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_orig(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_1(path: Path, n: int, shape: object) -> None:
    where = None
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_2(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) and not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_3(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_4(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_5(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(None)
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_6(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = None
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_7(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get(None)
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_8(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("XXpointsXX")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_9(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("POINTS")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_10(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) and not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_11(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_12(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_13(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(None)
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_14(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['XXlabelXX']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_15(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['LABEL']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_16(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = None
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_17(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2 or all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_18(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list) or len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_19(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) != 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_20(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 3
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_21(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(None)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_22(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) or not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_23(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_24(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok and not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_25(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_26(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_27(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(None):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_28(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) or abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_29(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(None) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_30(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(None) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_31(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) < MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['label']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_32(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(None)


def x__check_shape__mutmut_33(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['XXlabelXX']!r}) has a bad point {point!r}")


def x__check_shape__mutmut_34(path: Path, n: int, shape: object) -> None:
    where = f"{path}: shape {n}"
    if not isinstance(shape, dict) or not isinstance(shape.get("label"), str):
        raise DatasetError(f"{where} has no label")
    points = shape.get("points")
    if not isinstance(points, list) or not points:
        raise DatasetError(f"{where} ({shape['label']!r}) has no points")
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
        )
        if not ok or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in point):
            raise DatasetError(f"{where} ({shape['LABEL']!r}) has a bad point {point!r}")

mutants_x__check_shape__mutmut['_mutmut_orig'] = x__check_shape__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_1'] = x__check_shape__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_2'] = x__check_shape__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_3'] = x__check_shape__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_4'] = x__check_shape__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_5'] = x__check_shape__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_6'] = x__check_shape__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_7'] = x__check_shape__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_8'] = x__check_shape__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_9'] = x__check_shape__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_10'] = x__check_shape__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_11'] = x__check_shape__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_12'] = x__check_shape__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_13'] = x__check_shape__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_14'] = x__check_shape__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_15'] = x__check_shape__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_16'] = x__check_shape__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_17'] = x__check_shape__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_18'] = x__check_shape__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_19'] = x__check_shape__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_20'] = x__check_shape__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_21'] = x__check_shape__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_22'] = x__check_shape__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_23'] = x__check_shape__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_24'] = x__check_shape__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_25'] = x__check_shape__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_26'] = x__check_shape__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_27'] = x__check_shape__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_28'] = x__check_shape__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_29'] = x__check_shape__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_30'] = x__check_shape__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_31'] = x__check_shape__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_32'] = x__check_shape__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_33'] = x__check_shape__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_34'] = x__check_shape__mutmut_34 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__annotation_image__mutmut)
def _annotation_image(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_orig(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_1(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get(None):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_2(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("XXimageDataXX"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_3(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imagedata"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_4(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("IMAGEDATA"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_5(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = None
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_6(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(None, validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_7(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=None)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_8(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_9(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], )
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_10(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["XXimageDataXX"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_11(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imagedata"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_12(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["IMAGEDATA"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_13(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=False)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_14(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(None) from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_15(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = None
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_16(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "XXembedded imageDataXX", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_17(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imagedata", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_18(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "EMBEDDED IMAGEDATA", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_19(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(None)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_20(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = None
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_21(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get(None)
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_22(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("XXimagePathXX")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_23(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagepath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_24(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("IMAGEPATH")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_25(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) and not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_26(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_27(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_28(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent * image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_29(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(None)
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_30(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = None
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_31(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(None), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_32(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent * image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_33(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent * image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_34(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = None
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_35(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(None)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_36(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(None) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(f"{path}: {source} is not a readable image") from None
    return image


def x__annotation_image__mutmut_37(path: Path, data: dict) -> Image.Image:
    """The embedded image (base64 `imageData`) or the file `imagePath` names, decoded."""
    if data.get("imageData"):
        try:
            raw = base64.b64decode(data["imageData"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise DatasetError(f"{path}: imageData is not valid base64") from None
        source, stream = "embedded imageData", io.BytesIO(raw)
    else:
        image_path = data.get("imagePath")
        if not isinstance(image_path, str) or not (path.parent / image_path).is_file():
            raise DatasetError(f"{path}: image {image_path!r} not found and no imageData embedded")
        source, stream = str(path.parent / image_path), path.parent / image_path
    try:
        image = Image.open(stream)
        image.load()
    except Image.DecompressionBombError as err:
        raise DatasetError(f"{path}: {source} is too large ({err})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DatasetError(None) from None
    return image

mutants_x__annotation_image__mutmut['_mutmut_orig'] = x__annotation_image__mutmut_orig # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_1'] = x__annotation_image__mutmut_1 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_2'] = x__annotation_image__mutmut_2 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_3'] = x__annotation_image__mutmut_3 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_4'] = x__annotation_image__mutmut_4 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_5'] = x__annotation_image__mutmut_5 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_6'] = x__annotation_image__mutmut_6 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_7'] = x__annotation_image__mutmut_7 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_8'] = x__annotation_image__mutmut_8 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_9'] = x__annotation_image__mutmut_9 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_10'] = x__annotation_image__mutmut_10 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_11'] = x__annotation_image__mutmut_11 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_12'] = x__annotation_image__mutmut_12 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_13'] = x__annotation_image__mutmut_13 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_14'] = x__annotation_image__mutmut_14 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_15'] = x__annotation_image__mutmut_15 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_16'] = x__annotation_image__mutmut_16 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_17'] = x__annotation_image__mutmut_17 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_18'] = x__annotation_image__mutmut_18 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_19'] = x__annotation_image__mutmut_19 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_20'] = x__annotation_image__mutmut_20 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_21'] = x__annotation_image__mutmut_21 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_22'] = x__annotation_image__mutmut_22 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_23'] = x__annotation_image__mutmut_23 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_24'] = x__annotation_image__mutmut_24 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_25'] = x__annotation_image__mutmut_25 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_26'] = x__annotation_image__mutmut_26 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_27'] = x__annotation_image__mutmut_27 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_28'] = x__annotation_image__mutmut_28 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_29'] = x__annotation_image__mutmut_29 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_30'] = x__annotation_image__mutmut_30 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_31'] = x__annotation_image__mutmut_31 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_32'] = x__annotation_image__mutmut_32 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_33'] = x__annotation_image__mutmut_33 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_34'] = x__annotation_image__mutmut_34 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_35'] = x__annotation_image__mutmut_35 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_36'] = x__annotation_image__mutmut_36 # type: ignore # mutmut generated
mutants_x__annotation_image__mutmut['x__annotation_image__mutmut_37'] = x__annotation_image__mutmut_37 # type: ignore # mutmut generated
