"""`leanseg visualize RUN [--compare OTHER]`: every picture of one model into one folder."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from tqdm import tqdm

from leanseg.atomic import atomic_path, check_output_dir
from leanseg.data import load_spec
from leanseg.errors import LeansegError
from leanseg.evaluate import validation_set
from leanseg.outputs import default_output
from leanseg.runs import load_model, resolve_model_path, write_json
from leanseg.visualize.compare import (
    prediction_change,
    removed_channels,
    surviving_channels,
    survivor_maps,
    survivor_projections,
)
from leanseg.visualize.deconvnet import deconv_grid, top_activations
from leanseg.visualize.features import activations, default_layers, feature_grid
from leanseg.visualize.features import first_layer_filters as filters_image
from leanseg.visualize.grids import denormalize, heat
from leanseg.visualize.occlusion import occlusion_map


class VisualizeError(LeansegError):
    """A layer, class or image the model does not have."""


@dataclass(frozen=True)
class VisualizeConfig:
    layers: tuple[str, ...] = ()  # convolution names; default: three from input to output
    target: str | None = None  # class for occlusion; default: the most frequent non-background
    images: int = 8  # val images searched for each filter's strongest activations
    filters: int = 4  # filters per layer in the deconvnet grid
    top_k: int = 6  # strongest activations shown per filter
    window: int = 32  # occlusion square (pixels)
    stride: int = 16


def visualize(
    run: str | Path,
    out: str | Path | None = None,
    cfg: VisualizeConfig = VisualizeConfig(),
    compare: str | Path | None = None,
    overwrite: bool = False,
    progress: bool = True,
) -> Path:
    """Write filters.png, features_<layer>.png, deconv_<layer>.png, occlusion_<class>.png and,
    with `compare`, changes.png into `out` (default `<run>-visualize/`); visualize.json lists
    them with what each shows."""
    run_dir = resolve_model_path(run)
    out = Path(out) if out else default_output(run_dir, "visualize")
    check_output_dir(out, overwrite, inputs=[run_dir])
    model, header = load_model(run_dir)
    if not header.dataset:
        raise VisualizeError(f"{run_dir}: no dataset recorded to draw images from")
    val = validation_set(load_spec(header.dataset), cfg.images)
    images = [val[i][0][None] for i in range(len(val))]  # (1, 3, H, W) each
    layers = list(cfg.layers) or default_layers(model)
    target = _target(cfg.target, header.classes, model, images[0])
    record: dict = {"run": str(run_dir), "settings": asdict(cfg), "layers": layers,
                    "target": header.classes[target], "files": {}}  # fmt: skip
    with atomic_path(out) as tmp:
        tmp.mkdir()
        files = record["files"]
        _save(tmp / "filters.png", filters_image(model))
        files["filters.png"] = "the first convolution's filters as RGB images"
        try:
            maps = activations(model, images[0], layers)
        except KeyError as err:
            raise VisualizeError(f"{run_dir}: {err.args[0]}") from None
        for layer in tqdm(layers, desc="layers", disable=not progress):
            name = layer.replace(".", "_")
            _save(tmp / f"features_{name}.png", feature_grid(maps[layer]))
            files[f"features_{name}.png"] = f"{layer}: feature maps of the first val image"
            hits = top_activations(model, layer, images, cfg.filters, cfg.top_k)
            _save(tmp / f"deconv_{name}.png", deconv_grid(model, layer, images, hits))
            files[f"deconv_{name}.png"] = (
                f"{layer}: per row one of the {cfg.filters} most active filters; its strongest "
                "activations over the val images, image patch above deconvnet projection"
            )
        occ = occlusion_map(model, images[0], target, cfg.window, cfg.stride, progress)
        picture = np.concatenate([denormalize(images[0][0]), heat(occ)], axis=1)
        occlusion_file = f"occlusion_{header.classes[target]}.png"
        _save(tmp / occlusion_file, picture)
        files[occlusion_file] = (
            f"first val image and the drop of {header.classes[target]}'s score when a "
            f"{cfg.window}-pixel square is greyed there (brighter: more important)"
        )
        if compare is not None:
            record["compare"] = _compare(model, compare, images, layers, cfg, tmp, files)
        write_json(tmp / "visualize.json", record)
    return out


def _target(name: str | None, classes: list[str], model, image: torch.Tensor) -> int:
    if name is not None:
        if name not in classes:
            raise VisualizeError(f"no class {name!r}; classes: {', '.join(classes)}")
        return classes.index(name)
    with torch.no_grad():
        counts = torch.bincount(model.eval()(image).argmax(1).flatten(), minlength=len(classes))
    counts[0] = -1 if len(classes) > 1 else counts[0]  # prefer an object over the background
    return int(counts.argmax())


def _compare(model, other: str | Path, images: list[torch.Tensor], layers: list[str],
             cfg: VisualizeConfig, out: Path, files: dict) -> dict:  # fmt: skip
    child, _ = load_model(other)
    try:
        pictures, shares = zip(*(prediction_change(model, child, x) for x in images[:4]),
                               strict=True)  # fmt: skip
    except RuntimeError as err:  # different class count or input handling
        raise VisualizeError(f"{other}: cannot run beside the model ({err})") from None
    _save(out / "changes.png", np.concatenate(pictures, axis=1))
    files["changes.png"] = "val images with the pixels whose predicted class changed in red"
    survivors = []
    child_modules = dict(child.named_modules())
    for layer in (name for name in layers if name in child_modules):
        found = surviving_channels(model, child, layer, images)
        name = layer.replace(".", "_")
        _save(out / f"survivors_{name}.png", survivor_maps(model, child, found, images[0]))
        files[f"survivors_{name}.png"] = (
            f"{layer}: the child's channels, least like their parent channel first; per tile the "
            "parent channel's feature map above the child's, first val image"
        )
        picture = survivor_projections(model, child, found, images, cfg.filters, cfg.top_k)
        _save(out / f"survivors_deconv_{name}.png", picture)
        files[f"survivors_deconv_{name}.png"] = (
            f"{layer}: per row one of the child's most active filters; per tile the image patch, "
            "the matched parent filter's deconvnet projection, the child filter's"
        )
        survivors.append(found)
    return {"other": str(other), "changed_pixels": list(shares),
            "removed_channels": removed_channels(model, child),
            "survivors": survivors}  # fmt: skip


def _save(path: Path, picture: np.ndarray) -> None:
    Image.fromarray(picture).save(path)
