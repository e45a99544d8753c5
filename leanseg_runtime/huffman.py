"""Canonical Huffman coding of small-alphabet symbol streams (cluster indices, index gaps).

Code lengths are limited to `MAX_BITS` so that decoding is one table lookup per symbol: the
encoder flattens the frequencies until the longest code fits (as zlib does), which costs a
fraction of a bit only on extremely skewed streams. Only the code lengths are stored; the
codes follow from them (canonical order), and a reader checks them (Kraft's inequality)
before trusting them.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator

import numpy as np

MAX_BITS = 16


class HuffmanError(ValueError):
    """Code lengths or a bit stream that cannot have come from `encode`."""


def code_lengths(counts: np.ndarray) -> np.ndarray:
    """Huffman code length per symbol (0 for absent symbols), at most MAX_BITS."""
    counts = np.asarray(counts, dtype=np.int64)
    present = np.flatnonzero(counts)
    lengths = np.zeros(len(counts), dtype=np.uint8)
    if len(present) == 1:
        lengths[present] = 1
        return lengths
    freq = counts[present].copy()
    while True:
        heap = [(int(f), i, (i,)) for i, f in enumerate(freq)]
        heapq.heapify(heap)
        depth = np.zeros(len(freq), dtype=np.int64)
        tie = len(freq)
        while len(heap) > 1:
            fa, _, a = heapq.heappop(heap)
            fb, _, b = heapq.heappop(heap)
            for i in a + b:
                depth[i] += 1
            heapq.heappush(heap, (fa + fb, tie, a + b))
            tie += 1
        if depth.max() <= MAX_BITS:
            lengths[present] = depth
            return lengths
        freq = freq // 2 + 1


def canonical_codes(lengths: np.ndarray) -> np.ndarray:
    """The canonical code of each symbol (shorter codes first, then by symbol)."""
    lengths = np.asarray(lengths, dtype=np.int64)
    if lengths.size and (lengths.max() > MAX_BITS or lengths.min() < 0):
        raise HuffmanError(f"code lengths must lie in [0, {MAX_BITS}]")
    used = lengths[lengths > 0]
    if used.size and (np.ldexp(1.0, -used)).sum() > 1.0:
        raise HuffmanError("code lengths violate Kraft's inequality")
    codes = np.zeros(len(lengths), dtype=np.int64)
    code, prev = 0, 0
    for sym in sorted(np.flatnonzero(lengths), key=lambda s: (lengths[s], s)):
        code <<= int(lengths[sym]) - prev
        prev = int(lengths[sym])
        codes[sym] = code
        code += 1
    return codes


def encode(symbols: np.ndarray, lengths: np.ndarray) -> bytes:
    """Pack `symbols` with the canonical codes of `lengths` (MSB first, zero-padded)."""
    symbols = np.asarray(symbols, dtype=np.int64)
    if symbols.size == 0:
        return b""
    codes = canonical_codes(lengths)
    n = np.asarray(lengths, dtype=np.int64)[symbols]
    if (n == 0).any():
        raise HuffmanError("a symbol without a code")
    c = codes[symbols]
    # bit j (from the top) of each code, laid out symbol after symbol
    offsets = np.concatenate([[0], np.cumsum(n)[:-1]])
    total = int(n.sum())
    bits = np.zeros(total, dtype=np.uint8)
    for j in range(MAX_BITS):
        has = n > j
        bits[offsets[has] + j] = (c[has] >> (n[has] - 1 - j)) & 1
    return np.packbits(bits).tobytes()


CHUNK_BITS = 1 << 16  # bits decoded per step: memory stays fixed however long the stream


def decode(data: bytes, count: int, lengths: np.ndarray) -> np.ndarray:
    """`count` symbols from `data`; fails if the stream is too short or holds an unused code."""
    chunks = list(decode_chunks(data, count, lengths))
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int64)


def decode_chunks(data: bytes, count: int, lengths: np.ndarray) -> Iterator[np.ndarray]:
    """`decode` in pieces of at most CHUNK_BITS symbols: the bit window of one piece at a time
    (a few bytes per bit of it), never of the whole stream."""
    lengths = np.asarray(lengths, dtype=np.int64)
    if count == 0:
        return
    codes = canonical_codes(lengths)
    present = np.flatnonzero(lengths)
    if present.size == 0:
        raise HuffmanError("no code lengths for a non-empty stream")
    table_sym = np.full(1 << MAX_BITS, -1, dtype=np.int64)
    table_len = np.zeros(1 << MAX_BITS, dtype=np.int64)
    for s in present:
        shift = MAX_BITS - int(lengths[s])
        lo = int(codes[s]) << shift
        table_sym[lo : lo + (1 << shift)] = s
        table_len[lo : lo + (1 << shift)] = lengths[s]
    packed = np.frombuffer(data, dtype=np.uint8)
    end = 8 * packed.size
    if end < count * int(lengths[present].min()):  # so count is at most the stream's bits
        raise HuffmanError("bit stream shorter than its symbol count")
    syms, lens = table_sym.tolist(), table_len.tolist()
    pos, done = 0, 0
    while done < count:
        if pos >= end:
            raise HuffmanError("bit stream ends before its last symbol")
        start, span = pos, min(CHUNK_BITS, end - pos)
        win = _windows(packed, start, span).tolist()
        out = []
        while done < count and pos < start + span:
            w = win[pos - start]
            s = syms[w]
            if s < 0:
                raise HuffmanError("bit stream holds a code no symbol has")
            out.append(s)
            pos += lens[w]
            done += 1
        yield np.asarray(out, dtype=np.int64)
    if pos > end:
        raise HuffmanError("bit stream ends inside its last symbol")


def _windows(packed: np.ndarray, start: int, span: int) -> np.ndarray:
    """For each bit position in [start, start + span): the MAX_BITS bits from there on (zeros
    past the end), as one integer to look up."""
    first = start // 8
    last = min(packed.size, (start + span + MAX_BITS + 7) // 8)
    bits = np.unpackbits(packed[first:last]).astype(np.int32)[start - 8 * first :]
    bits = bits[: span + MAX_BITS]
    padded = np.concatenate([bits, np.zeros(span + MAX_BITS - bits.size, dtype=np.int32)])
    window = np.zeros(span, dtype=np.int32)
    for j in range(MAX_BITS):
        window |= padded[j : j + span] << (MAX_BITS - 1 - j)
    return window


def entropy_bits(symbols: np.ndarray) -> float:
    """Empirical entropy of the stream in bits (the lower bound for any symbol code)."""
    counts = np.bincount(np.asarray(symbols, dtype=np.int64))
    p = counts[counts > 0] / max(len(symbols), 1)
    return abs(float((p * np.log2(p)).sum() * len(symbols)))
