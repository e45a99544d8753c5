"""Reading the `.lsz` compact model file: shared weights as entropy-coded indices, no pickle.

Layout (all integers little-endian):

    offset  size  field
    0       4     magic b"LSZ\\x00"
    4       2     format major version (1)
    6       2     format minor version (1; 1.0 files lack the `half` kind and read unchanged)
    8       4     header length H (at most 16 MiB)
    12      H     header: UTF-8 JSON, zlib-compressed (a tensor table is mostly repeated names)
    12+H    ...   payload: the tensors' sections, at the offsets the header gives

The header holds the model header (`model.json`'s content: architecture, channel plan, classes),
the codec, the SHA-256 of the payload and a table with one entry per tensor: name, shape, kind,
offset and length of its section in the payload, and the CRC-32 of its decoded bytes. Kinds:

- `raw`: float32 values as they are (biases, batch-norm, anything not shared): 4 bytes each.
- `half`: float32 values that float16 holds exactly (`leanseg cluster --float16` rounds the
  tensors it leaves unshared to such values), stored as float16: 2 bytes each.
- `dense`: a codebook of K float32 values, the codec's table for K symbols (Huffman: K code
  lengths of one byte; ANS: K counts of four bytes), then the coded codebook index of every
  element.
- `sparse` (tensors that are mostly zero after pruning): codebook and table as above for the
  non-zero values, the table for 256 gap symbols, a 4-byte length of the gap stream, then Deep
  Compression's relative positions: the gap before each non-zero element, coded over 0..254
  with 255 a filler that advances 255 places without a value, followed by the non-zero values'
  indices. Entry fields `values` and `gaps` give the counts.

Everything decodes to exactly the float32 values that were encoded (each tensor checked by its
CRC-32, the payload by its SHA-256). The
reader treats the file as untrusted: every length, offset, count and shape is checked against
the file and fixed caps before anything is allocated, and anything malformed raises
`LszFormatError` with the file name.

The reader needs numpy only (and constriction for ANS-coded files), so a robot's bundle decodes
`.lsz` without PyTorch; `leanseg.compress.lsz` writes the format and wraps this reader.
"""

from __future__ import annotations

import hashlib
import json
import math
import struct
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from leanseg_runtime.bundle import BundleError
from leanseg_runtime.codecs import CODECS, CodecError

MAGIC = b"LSZ\x00"
VERSION = (1, 1)
MAX_HEADER = 16 << 20
MAX_ELEMENTS = 1 << 27  # per tensor (FCN's fc6 has 103M weights)
MAX_TOTAL = 1 << 28  # in all: 1 GiB of float32
MAX_CODEBOOK = 1 << 16
FILLER = 255
PREFIX = struct.Struct("<4sHHI")


class LszFormatError(BundleError):
    """A `.lsz` file that is truncated, corrupted, from a newer leanseg or not one at all."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def crc32(data: bytes) -> int:
    return zlib.crc32(data)


def read_lsz(path: str | Path) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """The state dict and model header of a `.lsz` file, validated; see the module docstring."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise LszFormatError(f"{path}: cannot read ({err.strerror})") from None
    return decode_lsz(data, str(path))


def decode_lsz(data: bytes, where: str) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Float32 arrays by name and the model header of a `.lsz` file's bytes, validated."""
    if len(data) < PREFIX.size:
        raise LszFormatError(f"{where}: too short for a .lsz file")
    magic, major, minor, head_len = PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise LszFormatError(f"{where}: not a .lsz file (bad magic bytes)")
    if major > VERSION[0]:
        raise LszFormatError(f"{where}: .lsz format {major}.{minor} is newer; upgrade leanseg")
    if head_len > MAX_HEADER or PREFIX.size + head_len > len(data):
        raise LszFormatError(f"{where}: header length {head_len} exceeds the file")
    inflate = zlib.decompressobj()
    try:  # at most MAX_HEADER bytes inflated: a small header cannot expand without bound
        text = inflate.decompress(data[PREFIX.size : PREFIX.size + head_len], MAX_HEADER)
        if inflate.unconsumed_tail:
            raise LszFormatError(f"{where}: header inflates beyond {MAX_HEADER} bytes")
        header = json.loads(text.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError):
        raise LszFormatError(f"{where}: header is not compressed JSON") from None
    if not isinstance(header, dict) or not isinstance(header.get("tensors"), list):
        raise LszFormatError(f"{where}: header has no tensor table")
    codec = CODECS.get(header.get("codec"))  # type: ignore[arg-type]
    if codec is None:
        raise LszFormatError(f"{where}: unknown codec {header.get('codec')!r}")
    payload = data[PREFIX.size + head_len :]
    if sha256(payload) != header.get("payload_sha256"):
        raise LszFormatError(f"{where}: payload checksum mismatch (corrupted or truncated)")
    declared = sum(
        math.prod(e["shape"])
        for e in header["tensors"]
        if isinstance(e, dict) and isinstance(e.get("shape"), list)
        and all(isinstance(d, int) and 0 <= d <= MAX_ELEMENTS for d in e["shape"])
    )  # fmt: skip
    if declared > MAX_TOTAL:  # before allocating anything
        raise LszFormatError(f"{where}: declares {declared} values, more than {MAX_TOTAL}")
    state = {}
    for i, entry in enumerate(header["tensors"]):
        name, t = _decode_entry(entry, payload, codec, f"{where}: tensor {i}")
        state[name] = t
    model = header.get("model")
    if not isinstance(model, dict):
        raise LszFormatError(f"{where}: header has no model description")
    return state, model


def _int(entry: dict, key: str, where: str, low: int = 0, high: int = MAX_ELEMENTS) -> int:
    v = entry.get(key)
    if not isinstance(v, int) or isinstance(v, bool) or not low <= v <= high:
        raise LszFormatError(f"{where}: field {key!r} must be an integer in [{low}, {high}]")
    return v


def _decode_entry(entry: Any, payload: bytes, codec, where: str) -> tuple[str, np.ndarray]:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise LszFormatError(f"{where}: malformed table entry")
    where = f"{where} ({entry['name']})"
    shape = entry.get("shape")
    if not isinstance(shape, list) or not all(
        isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= MAX_ELEMENTS for d in shape
    ):
        raise LszFormatError(f"{where}: malformed shape")
    n = math.prod(shape)  # Python integers: no overflow
    if n > MAX_ELEMENTS:
        raise LszFormatError(f"{where}: {n} elements exceed the limit")
    off, length = _int(entry, "offset", where), _int(entry, "length", where)
    if off + length > len(payload):
        raise LszFormatError(f"{where}: section exceeds the file")
    sec = payload[off : off + length]
    kind = entry.get("kind")
    try:
        if kind == "raw":
            if length != 4 * n:
                raise LszFormatError(f"{where}: raw section of {length} bytes for {n} values")
            values = np.frombuffer(sec, dtype="<f4")
        elif kind == "half":
            if length != 2 * n:
                raise LszFormatError(f"{where}: half section of {length} bytes for {n} values")
            values = np.frombuffer(sec, dtype="<f2").astype(np.float32)
        elif kind in ("dense", "sparse"):
            values = _decode_shared(entry, sec, n, kind, codec, where)
        else:
            raise LszFormatError(f"{where}: unknown kind {kind!r}")
    except CodecError as err:
        raise LszFormatError(f"{where}: {err}") from None
    raw = values.astype("<f4").tobytes()
    if crc32(raw) != entry.get("crc32"):
        raise LszFormatError(f"{where}: checksum mismatch after decoding")
    return entry["name"], values.astype(np.float32).reshape(shape)


def _decode_shared(entry: dict, sec: bytes, n: int, kind: str, codec, where: str) -> np.ndarray:
    k = _int(entry, "codebook", where, 1, MAX_CODEBOOK)
    tv, tg = codec.table_bytes(k), codec.table_bytes(FILLER + 1)
    head = 4 * k + tv + (tg + 4 if kind == "sparse" else 0)
    if len(sec) < head:
        raise LszFormatError(f"{where}: section too short for its codebook")
    codebook = np.frombuffer(sec[: 4 * k], dtype="<f4")
    table_v = sec[4 * k : 4 * k + tv]
    if kind == "dense":
        idx = codec.unpack(table_v, sec[4 * k + tv :], n, k)
        if idx.size and idx.max() >= k:
            raise LszFormatError(f"{where}: an index lies outside the codebook")
        return codebook[idx]
    m = _int(entry, "values", where, 0, n)
    g = _int(entry, "gaps", where, m, n + n // FILLER + 1)
    table_g = sec[4 * k + tv : 4 * k + tv + tg]
    (gap_len,) = struct.unpack_from("<I", sec, 4 * k + tv + tg)
    if head + gap_len > len(sec):
        raise LszFormatError(f"{where}: gap stream exceeds its section")
    gaps = codec.unpack(table_g, sec[head : head + gap_len], g, FILLER + 1)
    idx = codec.unpack(table_v, sec[head + gap_len :], m, k)
    if (idx.size and idx.max() >= k) or (gaps.size and gaps.max() > FILLER):
        raise LszFormatError(f"{where}: a symbol lies outside its alphabet")
    steps = np.where(gaps == FILLER, FILLER, gaps + 1)
    is_value = gaps != FILLER
    if int(is_value.sum()) != m:
        raise LszFormatError(f"{where}: gap stream does not match its value count")
    positions = np.cumsum(steps)[is_value] - 1
    if m and (positions[-1] >= n):
        raise LszFormatError(f"{where}: a position lies outside the tensor")
    out = np.zeros(n, dtype=np.float32)
    out[positions] = codebook[idx]
    return out
