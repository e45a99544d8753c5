"""Peak memory of inference: the resident set increase while it runs, and the largest single
activation tensor."""

from __future__ import annotations

import resource
import sys
from collections.abc import Callable
from pathlib import Path

import torch
from torch import nn

from leanseg.measure.macs import forward_with_hooks


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def rss_increase_bytes(fn: Callable[[], object]) -> int:
    """Peak resident set during `fn()` minus the resident set before it.

    On Linux the peak (VmHWM) is reset first through /proc/self/clear_refs, so earlier peaks
    do not hide this one; elsewhere the process-wide maximum RSS is used instead.
    """
    if sys.platform.startswith("linux"):
        try:
            Path("/proc/self/clear_refs").write_text("5")
            before = _status_kb("VmRSS")
            fn()
            peak = _status_kb("VmHWM")
            if before is not None and peak is not None:
                return max(peak - before, 0) * 1024
        except OSError:
            pass
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    fn()
    return max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before, 0) * 1024


def largest_activation_bytes(model: nn.Module, x: torch.Tensor) -> tuple[int, str]:
    """Bytes and layer name of the largest output of any leaf module in one forward pass."""
    best = [0, ""]

    def record(name: str):
        def hook(module, args, out):
            for t in out if isinstance(out, tuple) else (out,):
                if isinstance(t, torch.Tensor) and t.numel() * t.element_size() > best[0]:
                    best[:] = [t.numel() * t.element_size(), name]

        return hook

    leaves = {m: record(n) for n, m in model.named_modules() if n and not list(m.children())}
    forward_with_hooks(model, x, leaves)
    return int(best[0]), str(best[1])


def _child_inference_rss(model: nn.Module, x: torch.Tensor, threads: int, queue) -> None:
    torch.set_num_threads(threads)
    model.eval()
    with torch.inference_mode():
        queue.put(rss_increase_bytes(lambda: model(x)))


def inference_rss_increase(model: nn.Module, x: torch.Tensor, threads: int) -> int:
    """Resident set increase of one cold inference, measured in a fresh process.

    In the measuring process itself, memory freed by earlier passes stays resident in the
    allocator and hides the peak; a spawned process starts with none of it.
    """
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child_inference_rss, args=(model, x, threads, queue))
    proc.start()
    try:
        return int(queue.get(timeout=600))
    finally:
        proc.join()
