"""`leanseg evaluate`: mIoU, per-class IoU, pixel and mean class accuracy and the confusion
matrix, for any backend (a run directory in PyTorch, an ONNX file in ONNX Runtime)."""

from __future__ import annotations

from pathlib import Path

import torch
from torch.utils.data import DataLoader, Dataset
from tqdm import tqdm

from leanseg.atomic import check_output_dir, new_folder
from leanseg.backends import Backend, TorchBackend
from leanseg.data import SegmentationDataset, load_spec
from leanseg.data.transforms import eval_transform
from leanseg.devices import resolve_device
from leanseg.metrics import SegMetrics, confusion_matrix
from leanseg.outputs import default_output
from leanseg.runs import (
    RunError,
    model_inputs,
    open_backend,
    write_json,
    write_lineage,
)


def evaluate_backend(
    backend: Backend, dataset: Dataset, batch_size: int = 1, progress: bool = True
) -> SegMetrics:
    """Run `backend` over `dataset` (normalised images, id masks) and score its argmax."""
    spec = dataset.spec
    loader = DataLoader(dataset, batch_size=batch_size, num_workers=0)
    cm = torch.zeros(spec.num_classes, spec.num_classes, dtype=torch.int64)
    for images, masks in tqdm(loader, desc="evaluate", disable=not progress, leave=False):
        logits = backend(images)  # (B, C, H, W)
        cm += confusion_matrix(logits.argmax(1), masks, spec.num_classes, spec.ignore_index)
    return SegMetrics.from_confusion(cm)


def evaluate_model(model: torch.nn.Module, dataset: Dataset, progress: bool = True) -> SegMetrics:
    """`evaluate_backend` for a PyTorch model, on the GPU when there is one (compression steps
    score before and after; SegNet-Basic's 59 GMACs a frame take a CPU about a second); the
    model goes back to the device it came from, since the caller goes on with it."""
    device = resolve_device("auto")
    home = next(model.parameters()).device
    try:
        return evaluate_backend(TorchBackend(model, device), dataset, progress=progress)
    finally:
        model.to(home)


def validation_set(
    spec, val_images: int = 0, size: tuple[int, int] | None = None
) -> SegmentationDataset:
    """The val split (train when there is none) at `size` (native when None), its first
    `val_images` images when > 0: what compression steps score before and after."""
    ds = SegmentationDataset(spec, "val" if "val" in spec.splits else "train", eval_transform(size))
    if val_images:
        ds.samples = ds.samples[:val_images]
    return ds


def evaluate(
    model: str | Path,
    dataset: str | None = None,
    split: str = "val",
    size: tuple[int, int] | None = None,
    out: Path | None = None,
    progress: bool = True,
    overwrite: bool = False,
    threads: int | None = None,
    device: str = "auto",
) -> tuple[SegMetrics, list[str], Path]:
    """Evaluate and write `metrics.json`, `confusion.png` and `lineage.json` (naming the model
    evaluated) into `out`, by default `<run>/eval-<split>[-WxH]/` (for a pretrained model,
    `./<name>-eval-<split>/`). Existing results are replaced only with `overwrite`. `device`
    (auto: the GPU when there is one) applies to PyTorch weights and decoded `.lsz` files;
    ONNX models run in ONNX Runtime on the CPU."""
    backend, header = open_backend(model, device=resolve_device(device), threads=threads)
    source = dataset or (header.dataset if header else "")
    if not source:
        raise RunError(f"{model}: no dataset recorded with this model; pass --dataset")
    spec = load_spec(source)
    ds = SegmentationDataset(spec, split, eval_transform(size))
    tag = split + (f"-{size[1]}x{size[0]}" if size else "")
    out = Path(out) if out else default_output(model, f"eval-{tag}", "inside")
    check_output_dir(out, overwrite, model_inputs(model), nested=True)  # before the work
    metrics = evaluate_backend(backend, ds, progress=progress)
    record = {"model": str(model), "backend": backend.name, "split": split, "size": size}
    with new_folder(out):
        write_json(out / "metrics.json", {**record, "classes": list(spec.classes),
                                          **metrics.to_dict()})  # fmt: skip
        plot_confusion(metrics, list(spec.classes), out / "confusion.png")
        write_lineage(out, "evaluate", model, dataset=source, **record)
    return metrics, list(spec.classes), out


def plot_confusion(metrics: SegMetrics, classes: list[str], path: Path) -> None:
    """Row-normalised confusion matrix as a heat map (rows: truth, columns: prediction)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from leanseg.atomic import atomic_path

    cm = torch.tensor(metrics.confusion, dtype=torch.float64)
    norm = cm / cm.sum(1, keepdim=True).clamp(min=1)
    n = len(classes)
    fig, ax = plt.subplots(figsize=(1.0 + 0.45 * n, 0.8 + 0.45 * n))
    im = ax.imshow(norm.numpy(), cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(n), classes, rotation=90)
    ax.set_yticks(range(n), classes)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    for i in range(n):
        for j in range(n):
            if norm[i, j] >= 0.01:
                ax.text(
                    j,
                    i,
                    f"{norm[i, j]:.2f}",
                    ha="center",
                    va="center",
                    fontsize=6,
                    color="white" if norm[i, j] > 0.5 else "black",
                )
    ax.set_title(f"mIoU {metrics.miou:.3f}, pixel acc. {metrics.pixel_accuracy:.3f}")
    fig.colorbar(im, ax=ax, fraction=0.046)
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", dpi=120)
    plt.close(fig)


def format_metrics(metrics: SegMetrics, classes: list[str]) -> str:
    lines = [
        f"mIoU {metrics.miou:.4f}  pixel acc. {metrics.pixel_accuracy:.4f}  "
        f"mean class acc. {metrics.mean_class_accuracy:.4f}"
    ]
    for name, iou in zip(classes, metrics.per_class_iou, strict=True):
        lines.append(f"  {name:<22} {'-' if iou is None else f'{iou:.4f}'}")
    return "\n".join(lines)
