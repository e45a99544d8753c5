"""Import labelme annotations as a `voc` dataset, drawing masks exactly as labelme2voc does.

labelme's `shape_to_mask` draws each shape with PIL.ImageDraw on a blank mask (polygons and
rectangles filled with outline, circles as an ellipse of radius |centre - edge point|, lines and
linestrips 10 px wide, points as discs of radius 5); `shapes_to_label` paints them in file order
so later shapes win. The labels file lists `__ignore__` first (saved as 255) and
`_background_` second (id 0). Teams who annotate with labelme therefore get identical masks.
"""

from __future__ import annotations

import base64
import binascii
import io
import math
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, UnidentifiedImageError

from leanseg.atomic import atomic_path, check_output_dir
from leanseg.data.files import read_text
from leanseg.data.spec import DatasetError, DatasetSpec, voc_colormap
from leanseg.jsonfile import read_json

LINE_WIDTH = 10  # labelme's default for line and linestrip shapes
POINT_SIZE = 5  # labelme's default radius for point shapes
IGNORE_ID = 255  # `__ignore__` pixels, as labelme2voc saves them


def read_labels_file(path: Path) -> list[str]:
    """Class names in id order (without `__ignore__`), checked against labelme2voc's rules."""
    names = [line.strip() for line in read_text(path, "labels file").splitlines() if line.strip()]
    if len(names) < 2 or names[0] != "__ignore__" or names[1] != "_background_":
        raise DatasetError(f"{path}: the first two labels must be __ignore__ and _background_")
    if len(names) - 1 > IGNORE_ID:
        raise DatasetError(f"{path}: {len(names) - 1} classes; a VOC mask holds at most 255")
    return names[1:]


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


def shapes_to_label(
    size: tuple[int, int], shapes: list[dict], class_id: dict[str, int]
) -> np.ndarray:
    """(H, W) uint8 class ids, shapes painted in file order; `class_id` maps `__ignore__` to
    255, which is what labelme2voc's -1 becomes in the saved PNG."""
    label = np.zeros(size, dtype=np.uint8)
    for shape in shapes:
        label[shape_to_mask(size, shape["points"], shape.get("shape_type"))] = class_id[
            shape["label"]
        ]
    return label


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
    class_id = {"__ignore__": IGNORE_ID, **{n: i for i, n in enumerate(names)}}
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
            png = Image.fromarray(label, mode="P")
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


MAX_COORDINATE = 1e6  # far beyond any image; larger values are corrupt files, not shapes


def _read_annotation(path: Path) -> tuple[Image.Image, list[dict]]:
    """The image and the validated shapes of one labelme file, or one `DatasetError`."""
    data = read_json(path, DatasetError, "labelme annotation")
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: not a labelme annotation (top level is not an object)")
    shapes = data.get("shapes")
    if not isinstance(shapes, list):
        raise DatasetError(f"{path}: not a labelme annotation ('shapes' is not a list)")
    for n, shape in enumerate(shapes, start=1):
        _check_shape(path, n, shape)
    return _annotation_image(path, data), shapes


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
