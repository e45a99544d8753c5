"""Reading the `.lsz` compact model file: shared weights as entropy-coded indices, no pickle.

Layout (all integers little-endian):

    offset  size  field
    0       4     magic b"LSZ\\x00"
    4       2     format major version (1)
    6       2     format minor version (2; 1.0 and 1.1 files read unchanged, see below)
    8       4     header length H (at most 16 MiB)
    12      H     header: UTF-8 JSON, zlib-compressed (a tensor table is mostly repeated names)
    12+H    ...   payload: the tensors' sections, one after another in table order

The header holds the model header (`model.json`'s content: architecture, channel plan, classes),
the codec, the SHA-256 of the payload, the SHA-256 of the decoded tensors (their float32 bytes,
little-endian, in table order) and a table with one entry per tensor: name, shape, kind and
length of its section. A section starts where the one before it ends, and the sections fill the
payload exactly. Kinds:

- `raw`: float32 values as they are (biases, batch-norm, anything not shared): 4 bytes each.
- `half`: float32 values that float16 holds exactly (`leanseg cluster --float16` rounds every
  tensor to such values), stored as float16: 2 bytes each.
- `dense`: a codebook of K values (float32, or float16 where the entry has `half_codebook`
  true), the codec's table for K symbols (Huffman: K code lengths of one byte; ANS: K counts of
  four bytes), then the coded codebook index of every element.
- `sparse` (tensors that are mostly zero after pruning): codebook and table as above for the
  non-zero values, the table for 256 gap symbols, a 4-byte length of the gap stream, then Deep
  Compression's relative positions: the gap before each non-zero element, coded over 0..254
  with 255 a filler that advances 255 places without a value, followed by the non-zero values'
  indices. Entry fields `values` and `gaps` give the counts.

Format 1.0 and 1.1 files (no `half_codebook`; 1.0 also lacks `half`) give every entry an
`offset` into the payload and the CRC-32 of its decoded bytes instead of the tensors' SHA-256;
1.2 derives the offsets and keeps one digest: a 543-tensor ENet header fell from 8.2 to 2.5 KB.

Everything decodes to exactly the float32 values that were encoded (checked by the tensors'
digest, the payload by its SHA-256). The reader treats the file as untrusted: every length,
offset, count and shape is checked against the file and fixed caps before anything is
allocated, and anything malformed raises `LszFormatError` with the file name.

Bounded work. A tensor declares at most MAX_ELEMENTS values in at most MAX_DIMS sizes, a file
at most MAX_TOTAL, checked before decoding. Each symbol count is checked against what its
stream can hold: a Huffman stream of B bits at most B symbols (every code is at least one bit);
an ANS stream of W 32-bit words at most 2 (32 W + 64) / -log2(p) symbols, p the largest
probability its table gives (at most 1 - (K - 1) 2^-24 for K symbols). Streams decode in
pieces (65,536 bits of Huffman, 2^20 ANS symbols) straight into the float32 output, so peak
memory is the decoded tensors (4 bytes per declared value, at most 1 GiB in all), the file, and
a few MiB. Sections may not overlap or repeat, nor names: a 1.0/1.1 entry's offset must lie
at or after the end of the section before it.

The reader needs numpy only (and constriction for ANS-coded files), so a robot's bundle decodes
`.lsz` without PyTorch; `leanseg.compress.lsz` writes the format and wraps this reader.
"""

from __future__ import annotations

import hashlib
import json
import math
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from leanseg_runtime.bundle import BundleError
from leanseg_runtime.codecs import CODECS, CodecError

MAGIC = b"LSZ\x00"
VERSION = (1, 2)
MAX_HEADER = 16 << 20
MAX_ELEMENTS = 1 << 27  # per tensor (FCN's fc6 has 103M weights)
MAX_TOTAL = 1 << 28  # in all: 1 GiB of float32
MAX_DIMS = 8  # numpy allows 64; no layer has more than 5
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
    except RecursionError:  # a few hundred bytes of zlib can nest brackets 100,000 deep
        raise LszFormatError(f"{where}: header nests too deeply") from None
    except (zlib.error, ValueError):  # JSON errors, bad UTF-8, integers of thousands of digits
        raise LszFormatError(f"{where}: header is not compressed JSON") from None
    if not isinstance(header, dict) or not isinstance(header.get("tensors"), list):
        raise LszFormatError(f"{where}: header has no tensor table")
    name = header.get("codec")
    codec = CODECS.get(name) if isinstance(name, str) else None
    if codec is None:
        raise LszFormatError(f"{where}: unknown codec {header.get('codec')!r}")
    payload = data[PREFIX.size + head_len :]
    if sha256(payload) != header.get("payload_sha256"):
        raise LszFormatError(f"{where}: payload checksum mismatch (corrupted or truncated)")
    declared = sum(
        math.prod(e["shape"])
        for e in header["tensors"]
        if isinstance(e, dict) and _is_shape(e.get("shape"))
    )  # fmt: skip
    if declared > MAX_TOTAL:  # before allocating anything
        raise LszFormatError(f"{where}: declares {declared} values, more than {MAX_TOTAL}")
    legacy = (major, minor) < (1, 2)  # per-entry offsets and CRC-32s
    state, digest, end = {}, hashlib.sha256(), 0
    for i, entry in enumerate(header["tensors"]):
        offset = entry.get("offset") if legacy and isinstance(entry, dict) else None
        if isinstance(offset, int) and offset < end:  # 1.0/1.1 entries point where they like
            raise LszFormatError(f"{where}: tensor {i}: sections overlap or repeat")
        name, values, end = _decode_entry(
            entry, payload, codec, f"{where}: tensor {i}", None if legacy else end
        )
        if name in state:
            raise LszFormatError(f"{where}: tensor {i}: the name {name!r} appears twice")
        digest.update(memoryview(np.ascontiguousarray(values, dtype="<f4")).cast("B"))
        state[name] = values.reshape(entry["shape"])  # float32 already: no copy
    if not legacy:
        if end != len(payload):
            raise LszFormatError(f"{where}: sections end at {end}, the payload at {len(payload)}")
        if digest.hexdigest() != header.get("state_sha256"):
            raise LszFormatError(f"{where}: decoded tensors do not match their checksum")
    model = header.get("model")
    if not isinstance(model, dict):
        raise LszFormatError(f"{where}: header has no model description")
    return state, model


def _is_shape(shape: Any) -> bool:
    """A list of at most MAX_DIMS sizes whose non-zero ones multiply to at most MAX_ELEMENTS
    (numpy refuses more dimensions, and a product that overflows even beside a zero size)."""
    return (
        isinstance(shape, list)
        and len(shape) <= MAX_DIMS
        and all(isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in shape)
        and math.prod(d for d in shape if d) <= MAX_ELEMENTS
    )


def _int(entry: dict, key: str, where: str, low: int = 0, high: int = MAX_ELEMENTS) -> int:
    v = entry.get(key)
    if not isinstance(v, int) or isinstance(v, bool) or not low <= v <= high:
        raise LszFormatError(f"{where}: field {key!r} must be an integer in [{low}, {high}]")
    return v


def _decode_entry(
    entry: Any, payload: bytes, codec, where: str, start: int | None
) -> tuple[str, np.ndarray, int]:
    """Name, flat values and section end of one table entry; its section starts at `start`, or
    where a 1.0/1.1 entry's own `offset` says (`start` None, checked by the entry's CRC-32)."""
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise LszFormatError(f"{where}: malformed table entry")
    where = f"{where} ({entry['name']})"
    shape = entry.get("shape")
    if not _is_shape(shape):
        raise LszFormatError(
            f"{where}: malformed shape (at most {MAX_DIMS} sizes of at most {MAX_ELEMENTS} "
            "elements in all)"
        )
    n = math.prod(shape)  # Python integers: no overflow
    off = _int(entry, "offset", where) if start is None else start
    length = _int(entry, "length", where)
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
    if start is None and crc32(values.astype("<f4").tobytes()) != entry.get("crc32"):
        raise LszFormatError(f"{where}: checksum mismatch after decoding")
    return entry["name"], values, off + length


def _decode_shared(entry: dict, sec: bytes, n: int, kind: str, codec, where: str) -> np.ndarray:
    k = _int(entry, "codebook", where, 1, MAX_CODEBOOK)
    half = entry.get("half_codebook", False)
    if not isinstance(half, bool):
        raise LszFormatError(f"{where}: field 'half_codebook' must be true or false")
    cb = (2 if half else 4) * k
    tv, tg = codec.table_bytes(k), codec.table_bytes(FILLER + 1)
    head = cb + tv + (tg + 4 if kind == "sparse" else 0)
    if len(sec) < head:
        raise LszFormatError(f"{where}: section too short for its codebook")
    codebook = np.frombuffer(sec[:cb], dtype="<f2" if half else "<f4").astype(np.float32)
    table_v = sec[cb : cb + tv]
    if kind == "dense":
        out, done = np.empty(n, dtype=np.float32), 0
        for idx in codec.unpack_chunks(table_v, sec[cb + tv :], n, k):  # each below k
            out[done : done + idx.size] = codebook[idx]
            done += idx.size
        return out
    m = _int(entry, "values", where, 0, n)
    g = _int(entry, "gaps", where, m, n + n // FILLER + 1)
    table_g = sec[cb + tv : cb + tv + tg]
    (gap_len,) = struct.unpack_from("<I", sec, cb + tv + tg)
    if head + gap_len > len(sec):
        raise LszFormatError(f"{where}: gap stream exceeds its section")
    values = _Pieces(codec.unpack_chunks(table_v, sec[head + gap_len :], m, k))
    out = np.zeros(n, dtype=np.float32)
    end, placed = 0, 0  # the position after the last step, the values placed so far
    for gaps in codec.unpack_chunks(table_g, sec[head : head + gap_len], g, FILLER + 1):
        is_value = gaps != FILLER  # a codec yields non-empty chunks of symbols of its alphabet
        positions = end + np.cumsum(np.where(is_value, gaps + 1, FILLER))
        end = int(positions[-1])
        positions = positions[is_value] - 1
        if placed + positions.size > m:
            raise LszFormatError(f"{where}: gap stream does not match its value count")
        if positions.size and positions[-1] >= n:
            raise LszFormatError(f"{where}: a position lies outside the tensor")
        out[positions] = codebook[values.take(positions.size)]
        placed += positions.size
    if placed != m:
        raise LszFormatError(f"{where}: gap stream does not match its value count")
    return out


class _Pieces:
    """Symbols from a codec's chunks, taken in whatever counts the caller needs."""

    def __init__(self, chunks: Iterator[np.ndarray]) -> None:
        self.chunks, self.left = chunks, np.zeros(0, dtype=np.int64)

    def take(self, count: int) -> np.ndarray:
        parts, have = [self.left], self.left.size
        while have < count:
            piece = next(self.chunks)  # the codec yields exactly the declared count in all
            parts.append(piece)
            have += piece.size
        joined = np.concatenate(parts)
        self.left = joined[count:]
        return joined[:count]
