"""Writing the `.lsz` compact model file: shared weights as entropy-coded indices.

The format (layout, header, the raw, half, dense and sparse section kinds) is described once, in the
reader `leanseg_runtime.lsz`, which decodes with numpy alone so that robots read the file
without PyTorch. This module encodes tensors into it and wraps the reader for PyTorch: its
`read_lsz` and `decode_lsz` return tensors and raise `LszFormatError` (a LeansegError, so the
CLI reports it in one line) for anything malformed.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from leanseg.atomic import atomic_path
from leanseg.errors import LeansegError
from leanseg_runtime import lsz as reader
from leanseg_runtime.codecs import CODECS
from leanseg_runtime.huffman import entropy_bits
from leanseg_runtime.lsz import FILLER, MAGIC, PREFIX, VERSION, sha256


class LszFormatError(LeansegError, reader.LszFormatError):
    """A `.lsz` file that is truncated, corrupted, from a newer leanseg or not one at all."""


@dataclass
class TensorReport:
    """One row of the encoding table."""

    name: str
    kind: str
    elements: int
    kept: float  # share of non-zero elements
    bits_per_index: float
    bytes_before: int  # float32
    bytes_after: int
    entropy_bytes: float  # lower bound of the index streams (0 for raw)


def _codebook(codebook: np.ndarray) -> tuple[bytes, dict]:
    """The codebook's bytes, float16 where that holds every value exactly, and its entry fields."""
    half = codebook.astype("<f2")
    if np.array_equal(half.astype(np.float32), codebook):
        return half.tobytes(), {"codebook": len(codebook), "half_codebook": True}
    return codebook.astype("<f4").tobytes(), {"codebook": len(codebook)}


def _section_dense(values: np.ndarray, codebook: np.ndarray, codec) -> tuple[bytes, dict, float]:
    idx = np.searchsorted(codebook, values)
    table, coded = codec.pack(idx, len(codebook))
    book, meta = _codebook(codebook)
    return book + table + coded, meta, entropy_bits(idx) / 8


def _gaps(positions: np.ndarray) -> np.ndarray:
    """Relative positions with filler symbols for gaps of 255 or more."""
    gaps = np.diff(np.concatenate([[-1], positions])) - 1
    out: list[int] = []
    for g in gaps.tolist():
        while g >= FILLER:
            out.append(FILLER)
            g -= FILLER
        out.append(g)
    return np.asarray(out, dtype=np.int64)


def _section_sparse(values: np.ndarray, codebook: np.ndarray, codec) -> tuple[bytes, dict, float]:
    positions = np.flatnonzero(values)
    nz = values[positions]
    idx = np.searchsorted(codebook, nz)
    gaps = _gaps(positions)
    tv, idx_data = codec.pack(idx, len(codebook))
    tg, gap_data = codec.pack(gaps, FILLER + 1)
    book, meta = _codebook(codebook)
    data = book + tv + tg + struct.pack("<I", len(gap_data)) + gap_data + idx_data
    meta |= {"values": len(nz), "gaps": len(gaps)}
    return data, meta, (entropy_bits(idx) + entropy_bits(gaps)) / 8


def _unshared(a: np.ndarray, raw: bytes) -> tuple[str, bytes, float]:
    """The `half` section where float16 holds every value exactly, else the `raw` one."""
    with np.errstate(over="ignore"):  # an overflow to inf fails the comparison below
        half = a.astype("<f2")
    if np.array_equal(half.astype(np.float32), a):
        return "half", half.tobytes(), 0.0
    return "raw", raw, 0.0


def stored_values(a: np.ndarray, kind: str) -> np.ndarray:
    """The float32 values a section of `kind` reads back as. The shared layouts keep one zero,
    +0.0, so a -0.0 there (a negative weight that pruning zeroed) reads back as +0.0, equal in
    all arithmetic; raw and half sections keep every bit."""
    return a + np.float32(0) if kind in ("dense", "sparse") else a  # IEEE: -0 + 0 = +0


def encode_tensor(
    name: str, t: torch.Tensor, codec: str = "huffman", max_codebook: int = 257
) -> tuple[bytes, dict, TensorReport]:
    """The section and table entry of one tensor: shared (few distinct values) tensors as
    Huffman-coded indices, the sparse layout where it is smaller, others raw (as float16 where
    that holds every value exactly)."""
    a = t.detach().cpu().to(torch.float32).contiguous().numpy().ravel()
    raw = a.astype("<f4").tobytes()
    entry: dict[str, Any] = {"name": name, "shape": list(t.shape)}
    shared = stored_values(a, "dense")
    uniq = np.unique(shared)
    plain = _unshared(a, raw)
    kind, data, bound = plain
    coder = CODECS[codec]
    if 0 < len(uniq) <= max_codebook and a.size >= 16:
        data, meta, bound = _section_dense(shared, uniq, coder)
        kind = "dense"
        if (a == 0).mean() > 0.5 and (uniq != 0).any():
            sdata, smeta, sbound = _section_sparse(shared, uniq[uniq != 0], coder)
            if len(sdata) < len(data):
                data, meta, bound, kind = sdata, smeta, sbound, "sparse"
        entry |= meta
        if len(data) >= len(plain[1]):
            kind, data, bound = plain
            entry = {k: entry[k] for k in ("name", "shape")}
    entry["kind"] = kind
    k = entry.get("codebook", 0)
    report = TensorReport(
        name, kind, a.size, float((a != 0).mean()) if a.size else 0.0,
        float(np.log2(k)) if k > 1 else 0.0, len(raw), len(data), bound,
    )  # fmt: skip
    return data, entry, report


def write_lsz(
    path: str | Path,
    state: dict[str, torch.Tensor],
    model_header: dict[str, Any],
    codec: str = "huffman",
) -> list[TensorReport]:
    """Write `state` (float tensors) and the model header to `path` atomically with `codec`
    (huffman or ans); returns the per-tensor table."""
    if codec not in CODECS:
        raise LszFormatError(f"{path}: unknown codec {codec!r}; choose {', '.join(CODECS)}")
    payload, digest = bytearray(), hashlib.sha256()
    table, reports = [], []
    for name, t in state.items():
        if not t.is_floating_point():
            raise LszFormatError(f"{path}: tensor {name} is {t.dtype}; .lsz holds float tensors")
        data, entry, report = encode_tensor(name, t, codec)
        entry["length"] = len(data)
        payload += data
        values = t.detach().cpu().to(torch.float32).contiguous().numpy().ravel()
        digest.update(stored_values(values, entry["kind"]).astype("<f4").tobytes())
        table.append(entry)
        reports.append(report)
    header = {
        "model": model_header, "codec": codec, "tensors": table,
        "payload_sha256": sha256(bytes(payload)), "state_sha256": digest.hexdigest(),
    }  # fmt: skip
    head = zlib.compress(json.dumps(header, separators=(",", ":")).encode("utf-8"), 9)
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as f:
            f.write(PREFIX.pack(MAGIC, *VERSION, len(head)) + head + bytes(payload))
    return reports


def read_lsz(path: str | Path) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """The state dict and model header of a `.lsz` file, validated; see the module docstring."""
    try:
        arrays, model = reader.read_lsz(path)
    except reader.LszFormatError as err:
        raise LszFormatError(str(err)) from None
    return _tensors(arrays), model


def decode_lsz(data: bytes, where: str) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """`read_lsz` for bytes already in memory; `where` names them in errors."""
    try:
        arrays, model = reader.decode_lsz(data, where)
    except reader.LszFormatError as err:
        raise LszFormatError(str(err)) from None
    return _tensors(arrays), model


def _tensors(arrays: dict[str, np.ndarray]) -> dict[str, torch.Tensor]:
    """Writable tensors: some arrays are read-only views of the decoded payload."""
    return {k: torch.from_numpy(np.array(v)) for k, v in arrays.items()}
