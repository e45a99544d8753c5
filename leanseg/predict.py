"""`leanseg predict`: an image, a folder or a video to colour overlays and raw label PNGs."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from torchvision import tv_tensors
from tqdm import tqdm

from leanseg.atomic import atomic_path, check_output_dir
from leanseg.backends import Backend
from leanseg.data.files import read_rgb
from leanseg.data.pairs import IMAGE_SUFFIXES
from leanseg.data.spec import voc_colormap
from leanseg.data.transforms import eval_transform
from leanseg.errors import LeansegError
from leanseg.runs import ModelHeader, model_inputs, open_backend, resolve_model_path

_EVAL = eval_transform(None)
VIDEO_SUFFIXES = (".mp4", ".avi", ".mov", ".mkv", ".webm")


class PredictError(LeansegError):
    """An input that cannot be read or a backend that cannot be opened."""


@dataclass(frozen=True)
class PredictReport:
    frames: int
    inference_fps: float  # frames per second of the model alone
    total_fps: float  # including reading, drawing and writing
    outputs: list[Path]


def to_tensor(image: np.ndarray) -> torch.Tensor:
    """(H, W, 3) uint8 -> normalised (1, 3, H, W) float32, by evaluation's own transform."""
    x = tv_tensors.Image(torch.from_numpy(np.array(image)).permute(2, 0, 1))  # (3, H, W)
    return _EVAL(x)[None]


def overlay(
    image: np.ndarray, label: np.ndarray, palette: np.ndarray, alpha: float = 0.5
) -> np.ndarray:
    return (image * (1 - alpha) + palette[label] * alpha).astype(np.uint8)


def palette_of(header: ModelHeader | None) -> np.ndarray:
    """(256, 3) colours by class id: the header's, else VOC's for its classes (256 without a
    header); ids beyond them are black."""
    n = header.num_classes if header else 256
    colors = header.colors if header and header.colors else voc_colormap(n)
    return np.array(colors + [[0, 0, 0]] * (256 - len(colors)), dtype=np.uint8)


def open_predictor(
    model: str, backend: str = "auto", threads: int | None = None
) -> tuple[Backend, ModelHeader | None]:
    """`auto` uses ONNX Runtime for .onnx files and PyTorch for run directories; `onnx` with a
    run directory uses its exported model.onnx."""
    path = resolve_model_path(model)
    if backend == "onnx" and path.is_dir():
        path = path / "model.onnx"
        if not path.is_file():
            raise PredictError(f"{path}: not exported yet; run `leanseg export {model}`")
    if backend == "torch" and path.suffix == ".onnx":
        raise PredictError(f"{model}: an ONNX file runs only in ONNX Runtime (--backend onnx)")
    return open_backend(path, threads=threads)


def predict(
    model: str,
    source: Path,
    out: Path,
    backend: str = "auto",
    threads: int | None = None,
    progress: bool = True,
    overwrite: bool = False,
) -> PredictReport:
    """Segment `source` (image, folder of images or video) and write results into `out`, all
    at once when every input is done (a non-empty `out` only with `overwrite`, never inside
    or around `source`)."""
    source, out = Path(source), Path(out)
    check_output_dir(out, overwrite, inputs=[source, *model_inputs(model)])
    net, header = open_predictor(model, backend, threads)
    palette = palette_of(header)
    with atomic_path(out) as tmp:
        tmp.mkdir()
        if source.suffix.lower() in VIDEO_SUFFIXES:
            report = _predict_video(net, source, tmp, palette, progress)
        else:
            report = _predict_images(net, source, tmp, palette, progress)
    moved = [out / p.relative_to(tmp) for p in report.outputs]
    return dataclasses.replace(report, outputs=moved)


def _predict_images(
    net: Backend, source: Path, out: Path, palette: np.ndarray, progress: bool
) -> PredictReport:
    files = (
        sorted(p for p in source.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if source.is_dir()
        else [source]
    )
    if not files:
        raise PredictError(f"{source}: no images found")
    infer = 0.0
    outputs = []
    start = time.perf_counter()
    for path in tqdm(files, desc="predict", disable=not progress or len(files) < 2):
        image, _ = read_rgb(path)
        t0 = time.perf_counter()
        label = net(to_tensor(image)).argmax(1)[0].numpy().astype(np.uint8)  # (H, W)
        infer += time.perf_counter() - t0
        outputs += _write_pair(out, path.stem, image, label, palette)
    total = time.perf_counter() - start
    return PredictReport(len(files), len(files) / infer, len(files) / total, outputs)


def _write_pair(
    out: Path, stem: str, image: np.ndarray, label: np.ndarray, palette: np.ndarray
) -> list[Path]:
    label_png = Image.fromarray(label, mode="P")
    label_png.putpalette(palette.ravel().tolist())
    paths = [out / f"{stem}_label.png", out / f"{stem}_overlay.png"]
    label_png.save(paths[0], format="PNG")
    Image.fromarray(overlay(image, label, palette)).save(paths[1], format="PNG")
    return paths


def _frames(path: Path) -> Iterator[np.ndarray]:
    import cv2

    cap = cv2.VideoCapture(str(path))
    if not cap.isOpened():
        raise PredictError(f"{path}: cannot open video")
    try:
        while True:
            ok, frame = cap.read()
            if not ok:
                break
            yield cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
    finally:
        cap.release()


def _predict_video(
    net: Backend, path: Path, out: Path, palette: np.ndarray, progress: bool
) -> PredictReport:
    import cv2

    fps_in = cv2.VideoCapture(str(path)).get(cv2.CAP_PROP_FPS) or 25.0
    labels_dir = out / f"{path.stem}_labels"
    labels_dir.mkdir()
    video_out = out / f"{path.stem}_overlay.mp4"
    frames, infer, writer = 0, 0.0, None
    start = time.perf_counter()
    for frame in tqdm(_frames(path), desc="video", disable=not progress):
        t0 = time.perf_counter()
        label = net(to_tensor(frame)).argmax(1)[0].numpy().astype(np.uint8)
        infer += time.perf_counter() - t0
        if writer is None:
            h, w = label.shape
            fourcc = cv2.VideoWriter_fourcc(*"mp4v")
            writer = cv2.VideoWriter(str(video_out), fourcc, fps_in, (w, h))
        writer.write(cv2.cvtColor(overlay(frame, label, palette), cv2.COLOR_RGB2BGR))
        Image.fromarray(label).save(labels_dir / f"{frames:06d}.png")
        frames += 1
    if writer is None:
        raise PredictError(f"{path}: video has no frames")
    writer.release()
    total = time.perf_counter() - start
    return PredictReport(frames, frames / infer, frames / total, [video_out, labels_dir])
