"""Entropy codecs for `.lsz` symbol streams: each turns a stream over a known alphabet into a
table (what the decoder needs to know about the symbol statistics) and the coded data.

`huffman` is Deep Compression's own (a whole number of bits per symbol, the tables are code
lengths); `ans` is asymmetric numeral systems from the constriction library, which spends
fractional bits and so gets closer to the entropy, at the cost of 4-byte counts per symbol in
its table.

`unpack_chunks` yields the declared count of symbols in non-empty pieces, every symbol below
the table's alphabet (Huffman: an index into its code lengths; ANS: into its counts), so a
reader need not check them again.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np

from leanseg_runtime import huffman

CHUNK = 1 << 20  # symbols decoded per step: the reader's memory stays near the output's own
LEAK = 2.0**-24  # the least probability constriction's 24-bit categorical gives any symbol


class CodecError(ValueError):
    """A table or coded stream that cannot have come from the codec's encoder."""


class HuffmanCodec:
    name = "huffman"

    def table_bytes(self, alphabet: int) -> int:
        return alphabet

    def pack(self, symbols: np.ndarray, alphabet: int) -> tuple[bytes, bytes]:
        counts = np.bincount(symbols, minlength=alphabet)
        lengths = huffman.code_lengths(counts) if symbols.size else np.zeros(alphabet, np.uint8)
        return lengths.tobytes(), huffman.encode(symbols, lengths)

    def unpack(self, table: bytes, data: bytes, count: int, alphabet: int) -> np.ndarray:
        return _joined(self.unpack_chunks(table, data, count, alphabet))

    def unpack_chunks(
        self, table: bytes, data: bytes, count: int, alphabet: int
    ) -> Iterator[np.ndarray]:
        try:
            yield from huffman.decode_chunks(data, count, np.frombuffer(table, dtype=np.uint8))
        except huffman.HuffmanError as err:
            raise CodecError(str(err)) from None


class AnsCodec:
    name = "ans"

    def table_bytes(self, alphabet: int) -> int:
        return 4 * alphabet

    def _model(self, counts: np.ndarray):
        import constriction  # its submodules are attributes of one compiled module

        return constriction.stream.model.Categorical(counts.astype(np.float64), perfect=False)

    def pack(self, symbols: np.ndarray, alphabet: int) -> tuple[bytes, bytes]:
        import constriction

        counts = np.bincount(symbols, minlength=alphabet).astype("<u4")
        if symbols.size == 0 or alphabet == 1:  # nothing to say: every symbol is 0
            return counts.tobytes(), b""
        coder = constriction.stream.stack.AnsCoder()
        coder.encode_reverse(symbols.astype(np.int32), self._model(counts))
        return counts.tobytes(), coder.get_compressed().astype("<u4").tobytes()

    def unpack(self, table: bytes, data: bytes, count: int, alphabet: int) -> np.ndarray:
        return _joined(self.unpack_chunks(table, data, count, alphabet))

    def unpack_chunks(
        self, table: bytes, data: bytes, count: int, alphabet: int
    ) -> Iterator[np.ndarray]:
        """`count` symbols in pieces of at most CHUNK, after checking that the stream can hold
        them: each symbol costs at least -log2 of the largest probability the table gives."""
        import constriction

        if count == 0 or alphabet == 1:
            for start in range(0, count, CHUNK):
                yield np.zeros(min(CHUNK, count - start), dtype=np.int64)
            return
        counts = np.frombuffer(table, dtype="<u4")
        if counts.sum() == 0 or len(data) % 4:
            raise CodecError("ANS table or stream is malformed")
        words = len(data) // 4
        largest = min(float(counts.max()) / float(counts.sum()), 1 - (alphabet - 1) * LEAK)
        if count * -math.log2(largest) > 2 * (32 * words + 64):  # twice, for quantization
            raise CodecError(f"{count} symbols cannot come from a stream of {words} words")
        try:
            coder = constriction.stream.stack.AnsCoder(
                np.frombuffer(data, dtype="<u4").astype(np.uint32)
            )
            model = self._model(counts)
            for start in range(0, count, CHUNK):
                out = coder.decode(model, min(CHUNK, count - start))
                yield np.asarray(out, dtype=np.int64)
        except Exception as err:  # constriction raises its own untyped errors
            raise CodecError(f"ANS stream does not decode ({err})") from None


def _joined(chunks: Iterator[np.ndarray]) -> np.ndarray:
    parts = list(chunks)
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


CODECS = {c.name: c for c in (HuffmanCodec(), AnsCodec())}
