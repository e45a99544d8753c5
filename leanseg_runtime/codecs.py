"""Entropy codecs for `.lsz` symbol streams: each turns a stream over a known alphabet into a
table (what the decoder needs to know about the symbol statistics) and the coded data.

`huffman` is Deep Compression's own (a whole number of bits per symbol, the tables are code
lengths); `ans` is asymmetric numeral systems from the constriction library, which spends
fractional bits and so gets closer to the entropy, at the cost of 4-byte counts per symbol in
its table.
"""

from __future__ import annotations

import numpy as np

from leanseg_runtime import huffman


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
        try:
            return huffman.decode(data, count, np.frombuffer(table, dtype=np.uint8))
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
        import constriction

        if count == 0 or alphabet == 1:
            return np.zeros(count, dtype=np.int64)
        counts = np.frombuffer(table, dtype="<u4")
        if counts.sum() == 0 or len(data) % 4:
            raise CodecError("ANS table or stream is malformed")
        try:
            coder = constriction.stream.stack.AnsCoder(
                np.frombuffer(data, dtype="<u4").astype(np.uint32)
            )
            out = coder.decode(self._model(counts), count)
        except Exception as err:  # constriction raises its own untyped errors
            raise CodecError(f"ANS stream does not decode ({err})") from None
        return np.asarray(out, dtype=np.int64)


CODECS = {c.name: c for c in (HuffmanCodec(), AnsCodec())}
