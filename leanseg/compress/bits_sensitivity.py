"""`leanseg sensitivity --sharing`: how many shared values each layer needs.

Four bits everywhere costs CamVid ENet ten points of val mIoU before fine-tuning and five bits
less than one: a few layers need more values than the rest, and giving only those an extra bit
costs few bytes. Each convolution and linear layer is shared alone (k-means, as `leanseg
cluster` does) at each candidate width, fewest bits first, and the model scored on (part of)
val; a layer's width is the fewest bits whose drop stays within a tolerance (the most bits tried
when none does). The result is a `--bits` value for `leanseg cluster` (most layers at the
common width as `default`, the others by name) and what it costs against every layer at the
default width, estimated as one bit per non-zero weight per bit of difference.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import torch
from tqdm import tqdm

from leanseg.compress.sharing import share_weights, shareable_layers
from leanseg.compress.steps import CompressionError
from leanseg.data import load_spec
from leanseg.evaluate import evaluate_model, validation_set
from leanseg.outputs import derived_output
from leanseg.quantize.sensitivity import save_layer_plot
from leanseg.runs import load_model, write_json


def bits_sensitivity(
    run: str | Path,
    candidates: tuple[int, ...] = (3, 4, 5),
    val_images: int = 10,
    tolerance: float = 0.005,
    out: str | Path | None = None,
    progress: bool = True,
    overwrite: bool = False,
) -> dict:
    """Share each layer of `run` alone at each of `candidates` bits; write
    `sharing-sensitivity.json` and `sharing-sensitivity.png` to `out` (default
    `<run>-sharing-sensitivity`) and return the JSON's content: per layer its non-zero weights,
    the mIoU at each width tried and the width chosen, and `bits`, the `--bits` value."""
    candidates = tuple(sorted(set(candidates)))
    if not candidates or candidates[0] < 1 or candidates[-1] > 16:
        raise CompressionError(f"bits to try must be 1 to 16, got {list(candidates)}")
    out = derived_output(run, out, "sharing-sensitivity", overwrite)
    model, header = load_model(run)
    val = validation_set(load_spec(header.dataset), val_images)
    base = evaluate_model(model, val, False).miou
    rows = []
    for name, module in tqdm(shareable_layers(model).items(), desc="sharing sensitivity",
                             disable=not progress):  # fmt: skip
        original = module.weight.detach().clone()
        row = {"layer": name, "weights": int((original != 0).sum()), "miou": {}}
        for bits in candidates:
            share_weights(model, {name: bits})
            row["miou"][bits] = evaluate_model(model, val, False).miou
            with torch.no_grad():
                module.weight.copy_(original)
            if base - row["miou"][bits] <= tolerance:
                break
        row["bits"] = bits
        rows.append(row)
    default = Counter(r["bits"] for r in rows).most_common(1)[0][0]
    others = [f"{r['layer']}={r['bits']}" for r in rows if r["bits"] != default]
    result = {
        "run": str(run),
        "val_images": len(val),
        "base_miou": base,
        "tolerance": tolerance,
        "candidates": list(candidates),
        "layers": rows,
        "bits": ",".join([f"default={default}", *others]),
        "extra_bytes": sum(r["weights"] * (r["bits"] - default) for r in rows) // 8,
    }
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / "sharing-sensitivity.json", result)
    _plot(rows, base, candidates, out / "sharing-sensitivity.png")
    return result


def _plot(rows: list[dict], base: float, candidates: tuple[int, ...], path: Path) -> None:
    """Drop at the fewest bits tried, per layer, most sensitive 30 first; bars coloured by
    the width chosen."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fewest = candidates[0]
    shown = sorted(rows, key=lambda r: r["miou"][fewest])[:30][::-1]
    fig, ax = plt.subplots(figsize=(8, 0.25 * len(shown) + 1.5))
    cmap = plt.get_cmap("viridis", len(candidates))
    colors = [cmap(candidates.index(r["bits"])) for r in shown]
    ax.barh([r["layer"] for r in shown], [100 * (base - r["miou"][fewest]) for r in shown],
            color=colors)  # fmt: skip
    for i, bits in enumerate(candidates):
        ax.bar(0, 0, color=cmap(i), label=f"needs {bits} bits")
    ax.set_xlabel(f"val mIoU lost with only this layer shared in {fewest} bits (points)")
    title = f"weight-sharing sensitivity, the {len(shown)} most sensitive layers"
    save_layer_plot(fig, ax, title, path)
