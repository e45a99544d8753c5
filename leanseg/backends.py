"""Model backends: anything that maps a normalised (B, 3, H, W) float batch to logits.

Evaluation, prediction and measurement take a backend, so a PyTorch module, an ONNX file in
ONNX Runtime (fp32 or int8) and, later, a compressed model file are judged by the same code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import numpy as np
import torch
from torch import nn

from leanseg.errors import LeansegError


class Backend(Protocol):
    name: str

    def __call__(self, images: torch.Tensor) -> torch.Tensor:
        """(B, 3, H, W) float32 -> (B, C, H, W) float32 logits on the CPU."""
        ...


class TorchBackend:
    name = "torch"

    def __init__(self, model: nn.Module, device: str = "cpu"):
        self.model = model.to(device).eval()
        self.device = device

    @torch.inference_mode()
    def __call__(self, images: torch.Tensor) -> torch.Tensor:
        return self.model(images.to(self.device)).float().cpu()


class OnnxBackend:
    name = "onnxruntime"

    def __init__(
        self, path: str | Path, threads: int | None = None, profile_prefix: str | None = None
    ):
        """`profile_prefix`: record ONNX Runtime's per-node profile into a trace file with this
        prefix (`session.end_profiling()` returns its path)."""
        import onnxruntime as ort

        opts = ort.SessionOptions()
        if threads:
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
        opts.log_severity_level = 3  # errors only: the optimiser's notes are not the user's
        if profile_prefix:
            opts.enable_profiling = True
            opts.profile_file_prefix = profile_prefix
        try:
            self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        except Exception as err:  # onnxruntime raises its own untyped errors
            raise LeansegError(f"{path}: not a loadable ONNX model ({err})") from None
        self.input_name = self.session.get_inputs()[0].name

    def __call__(self, images: torch.Tensor) -> torch.Tensor:
        feed = {self.input_name: np.ascontiguousarray(images.numpy(), dtype=np.float32)}
        return torch.from_numpy(self.session.run(None, feed)[0])
