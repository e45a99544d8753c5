"""The `.lsz` reader's structural checks, each reached by a forged file whose checksums match
its damage, and the entropy codecs against the constriction library's own coders."""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zlib
from pathlib import Path

import constriction
import numpy as np
import pytest
import torch

from leanseg.compress.lsz import LszFormatError, decode_lsz, read_lsz, write_lsz
from leanseg_runtime.codecs import AnsCodec, CodecError, HuffmanCodec
from leanseg_runtime.lsz import MAX_CODEBOOK

CODEBOOK_RANGE = f"field 'codebook' must be an integer in [1, {MAX_CODEBOOK}]"


def _parts(path: Path) -> tuple[dict, bytes]:
    data = path.read_bytes()
    size = struct.unpack_from("<I", data, 8)[0]
    return json.loads(zlib.decompress(data[12 : 12 + size])), data[12 + size :]


def _forge(header: dict, payload: bytes) -> bytes:
    """A format 1.2 file of `header` and `payload`, the payload's checksum recomputed."""
    header = header | {"payload_sha256": hashlib.sha256(payload).hexdigest()}
    head = zlib.compress(json.dumps(header).encode())
    return struct.pack("<4sHHI", b"LSZ\x00", 1, 2, len(head)) + head + payload


def _written(tmp_path: Path, tensor: torch.Tensor, codec: str = "huffman") -> tuple[dict, bytes]:
    write_lsz(tmp_path / "m.lsz", {"w": tensor}, {"model": "x"}, codec)
    return _parts(tmp_path / "m.lsz")


def _sparse() -> torch.Tensor:
    t = torch.zeros(3000)
    t[[5, 1000, 2999]] = torch.tensor([1.0, 2.0, 1.0])
    return t


def test_a_missing_file_is_named_with_the_reason(tmp_path):
    with pytest.raises(LszFormatError, match=r"nothing.lsz: cannot read \(No such file or dir"):
        read_lsz(tmp_path / "nothing.lsz")


@pytest.mark.parametrize("codec", ["huffman", "ans"])
def test_a_constant_tensor_codes_to_a_section_of_codebook_and_table_alone(tmp_path, codec):
    t = torch.full((64,), 0.1)
    header, payload = _written(tmp_path, t, codec)
    entry = header["tensors"][0]
    assert (entry["kind"], entry["codebook"]) == ("dense", 1)
    if codec == "ans":  # 4 bytes of value, 4 of count, no stream: ANS spends no bits on it
        assert len(payload) == 8
    assert torch.equal(read_lsz(tmp_path / "m.lsz")[0]["w"], t)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("codebook", 0, CODEBOOK_RANGE),
        ("codebook", MAX_CODEBOOK + 1, CODEBOOK_RANGE),
        ("half_codebook", "yes", "field 'half_codebook' must be true or false"),
    ],
)  # fmt: skip
def test_codebook_fields_out_of_range_name_the_tensor(tmp_path, field, value, message):
    header, payload = _written(tmp_path, torch.tensor([0.1, 0.2] * 32))
    header["tensors"][0][field] = value
    with pytest.raises(LszFormatError, match="^" + re.escape(f"f: tensor 0 (w): {message}")):
        decode_lsz(_forge(header, payload), "f")


def test_a_section_shorter_than_its_codebook_is_refused(tmp_path):
    header, payload = _written(tmp_path, torch.tensor([0.1, 0.2] * 32))
    header["tensors"][0]["length"] = 9  # 8 bytes of codebook, then 2 of the table are missing
    with pytest.raises(LszFormatError, match=r"^f: tensor 0 \(w\): section too short for its"):
        decode_lsz(_forge(header, payload[:9]), "f")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"values": 3001}, "field 'values' must be an integer in [0, 3000]"),
        ({"values": 0}, "gap stream does not match its value count"),
        ({"gaps": 2}, "field 'gaps' must be an integer in [3, 3012]"),
    ],
)
def test_sparse_counts_out_of_range_name_the_tensor(tmp_path, changes, message):
    header, payload = _written(tmp_path, _sparse())
    assert header["tensors"][0]["kind"] == "sparse"
    header["tensors"][0] |= changes
    with pytest.raises(LszFormatError, match="^" + re.escape(f"f: tensor 0 (w): {message}")):
        decode_lsz(_forge(header, payload), "f")


def test_huffman_packs_an_empty_stream_as_zero_lengths_and_passes_errors_on():
    assert HuffmanCodec().pack(np.zeros(0, np.int64), 5) == (bytes(5), b"")
    with pytest.raises(CodecError, match="^bit stream shorter than its symbol count$"):
        HuffmanCodec().unpack(bytes([1, 1]), b"", 3, 2)


def _ans_model(counts: np.ndarray):
    return constriction.stream.model.Categorical(
        counts.astype(np.float64) / counts.sum(), perfect=False
    )


def test_ans_streams_match_the_librarys_own_coder_both_ways():
    """Encoded by constriction's AnsCoder with a leaky, non-perfect categorical model built here
    from the counts, and decoded by it: the wire format other readers can rely on."""
    rng = np.random.default_rng(0)
    symbols = rng.choice(4, size=500, p=[0.7, 0.2, 0.07, 0.03])
    counts = np.bincount(symbols, minlength=6)  # two symbols never occur
    table, data = AnsCodec().pack(symbols, 6)
    assert np.array_equal(np.frombuffer(table, "<u4"), counts)  # one count per symbol
    coder = constriction.stream.stack.AnsCoder(np.frombuffer(data, "<u4").astype(np.uint32))
    assert np.array_equal(coder.decode(_ans_model(counts), len(symbols)), symbols)
    theirs = constriction.stream.stack.AnsCoder()
    theirs.encode_reverse(symbols.astype(np.int32), _ans_model(counts))
    stream = theirs.get_compressed().astype("<u4").tobytes()
    decoded = AnsCodec().unpack(table, stream, len(symbols), 6)
    assert decoded.dtype == np.int64 and np.array_equal(decoded, symbols)


@pytest.mark.parametrize("symbols", [[2], [1], [0, 0, 0]])
def test_ans_round_trips_single_symbols_and_one_count_tables(symbols):
    s = np.asarray(symbols)
    table, data = AnsCodec().pack(s, 4 if symbols != [1] else 2)
    out = AnsCodec().unpack(table, data, len(s), 4 if symbols != [1] else 2)
    assert out.dtype == np.int64 and np.array_equal(out, s)


def test_ans_empty_and_one_symbol_alphabets_need_no_stream():
    assert AnsCodec().pack(np.zeros(0, np.int64), 3) == (bytes(12), b"")
    empty = AnsCodec().unpack(bytes(12), b"", 0, 3)
    assert empty.dtype == np.int64 and empty.size == 0
    ones = AnsCodec().unpack(struct.pack("<I", 7), b"", 7, 1)
    assert ones.dtype == np.int64 and ones.tolist() == [0] * 7


@pytest.mark.parametrize(
    ("table", "data", "message"),
    [
        (bytes(8), b"", r"^ANS table or stream is malformed$"),  # counts sum to 0
        (struct.pack("<II", 1, 1), b"\x01\x02\x03", r"^ANS table or stream is malformed$"),
    ],
)
def test_ans_refuses_tables_and_streams_its_encoder_cannot_make(table, data, message):
    with pytest.raises(CodecError, match=message):
        AnsCodec().unpack(table, data, 5, 2)


@pytest.mark.parametrize("chunk", [1, 7, 64])
def test_huffman_decodes_across_chunk_boundaries(chunk, monkeypatch):
    from leanseg_runtime import huffman

    rng = np.random.default_rng(1)
    symbols = rng.choice(9, size=700, p=[0.4, 0.2, 0.1, 0.1, 0.05, 0.05, 0.05, 0.03, 0.02])
    lengths = huffman.code_lengths(np.bincount(symbols, minlength=9))
    data = huffman.encode(symbols, lengths)
    monkeypatch.setattr(huffman, "CHUNK_BITS", chunk)
    pieces = list(huffman.decode_chunks(data, len(symbols), lengths))
    assert len(pieces) > 1 and all(p.size <= chunk for p in pieces)
    assert np.array_equal(np.concatenate(pieces), symbols)
    assert 8 * (len(data) // 2) >= len(symbols)  # past the up-front check, short all the same
    with pytest.raises(huffman.HuffmanError, match="ends (before|inside) its last symbol"):
        list(huffman.decode_chunks(data[: len(data) // 2], len(symbols), lengths))


@pytest.mark.parametrize("codec", ["huffman", "ans"])
def test_the_reader_decodes_across_small_chunks_exactly(tmp_path, codec, monkeypatch):
    from leanseg_runtime import codecs, huffman

    state = {"sparse": _sparse(), "dense": torch.tensor([0.5, -0.5, 0.25, 1.0] * 200)}
    write_lsz(tmp_path / "m.lsz", state, {"model": "x"}, codec)
    monkeypatch.setattr(huffman, "CHUNK_BITS", 13)
    monkeypatch.setattr(codecs, "CHUNK", 5)
    back = read_lsz(tmp_path / "m.lsz")[0]
    assert all(torch.equal(back[k], t) for k, t in state.items())


def test_an_ans_count_its_stream_cannot_hold_is_refused_before_decoding(tmp_path):
    """A table of equal counts costs 2 bits a symbol: 2^27 symbols need 32 MiB of stream, not
    the few words of a forged 200-byte file (which drove an earlier reader to 2.6 GB)."""
    header, payload = _written(tmp_path, torch.tensor([0.5, -0.5, 0.25, 1.0] * 8), "ans")
    header["tensors"][0]["shape"] = [1 << 27]
    with pytest.raises(LszFormatError, match=r"134217728 symbols cannot come from a stream of"):
        decode_lsz(_forge(header, payload), "f")


def test_decoding_memory_stays_near_the_size_of_the_output(tmp_path):
    """Peak allocations while reading 2^19 Huffman-coded weights: the float32 output (2 MiB)
    and a fixed window per chunk, not several arrays of 8 bytes per bit of the stream (the
    whole-stream window took 31 MiB here, 5 GB for a 16 MB file)."""
    import tracemalloc

    t = torch.tensor([0.5, -0.5])[torch.randint(0, 2, (1 << 19,), generator=_seeded(3))]
    write_lsz(tmp_path / "big.lsz", {"w": t}, {"model": "x"}, "huffman")
    data = (tmp_path / "big.lsz").read_bytes()
    tracemalloc.start()
    try:
        back = decode_lsz(data, "big")[0]["w"]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert torch.equal(back, t)
    assert peak < 4 * (4 * t.numel()) + 2 * len(data) + (4 << 20)  # about 12 MiB


def _seeded(seed: int) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def test_legacy_entries_pointing_at_one_section_and_repeated_names_are_refused(tmp_path):
    state = {"a": torch.arange(-8, 8).float().repeat(4) * 0.1, "b": torch.randn(5)}
    write_lsz(tmp_path / "m.lsz", state, {"model": "x"})
    header, payload = _parts(tmp_path / "m.lsz")
    crc = zlib.crc32(state["a"].numpy().astype("<f4").tobytes())
    first = header["tensors"][0] | {"offset": 0, "crc32": crc}
    header["tensors"] = [first] * 5000  # one section, read 5,000 times by an earlier reader
    head = zlib.compress(json.dumps(header).encode())
    data = struct.pack("<4sHHI", b"LSZ\x00", 1, 1, len(head)) + head + payload
    with pytest.raises(LszFormatError, match=r"^f: tensor 1: sections overlap or repeat$"):
        decode_lsz(data, "f")
    header, payload = _parts(tmp_path / "m.lsz")
    header["tensors"][1]["name"] = "a"
    with pytest.raises(LszFormatError, match=r"^f: tensor 1: the name 'a' appears twice$"):
        decode_lsz(_forge(header, payload), "f")


def _prefix(head_len: int) -> bytes:
    return struct.pack("<4sHHI", b"LSZ\x00", 1, 2, head_len)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_prefix(0), "header is not compressed JSON"),  # 12 bytes: long enough to parse
        (_prefix(100) + bytes(99), "header length 100 exceeds the file"),
        (_prefix((16 << 20) + 1) + bytes((16 << 20) + 1), "header length 16777217 exceeds"),
        (_prefix(16 << 20) + bytes(16 << 20), "header is not compressed JSON"),  # at the cap
        (_prefix(len(zlib.compress(b"[]"))) + zlib.compress(b"[]"), "header has no tensor table"),
    ],
)
def test_the_prefix_and_header_checks_say_what_is_wrong(data, message):
    with pytest.raises(LszFormatError, match="^" + re.escape(f"f: {message}")):
        decode_lsz(data, "f")


def _table_case(tmp_path: Path, change) -> bytes:
    header, payload = _written(tmp_path, torch.randn(7))  # one raw tensor of 28 bytes
    change(header)
    return _forge(header, payload)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda h: h.update(tensors=["x"]), "tensor 0: malformed table entry"),
        (lambda h: h["tensors"][0].update(length=29), "tensor 0 (w): section exceeds the file"),
        (lambda h: h["tensors"][0].update(length=-1),
         "tensor 0 (w): field 'length' must be an integer in [0, 134217728]"),
        (lambda h: h["tensors"][0].update(shape=[6]), "tensor 0 (w): raw section of 28 bytes"),
        (lambda h: h["tensors"][0].update(kind="zip"), "tensor 0 (w): unknown kind 'zip'"),
        (lambda h: h["tensors"].extend([{"name": "v", "shape": [1 << 27]},
                                        {"name": "u", "shape": [(1 << 27) - 7]}]),
         "tensor 1 (v): field 'length' must be"),  # 2^28 values in all: at the cap, not over
    ],
)  # fmt: skip
def test_each_table_check_names_the_tensor_and_the_problem(tmp_path, change, message):
    with pytest.raises(LszFormatError, match="^" + re.escape(f"f: {message}")):
        decode_lsz(_table_case(tmp_path, change), "f")


def test_an_offset_in_a_format_1_2_entry_is_ignored_and_a_1_1_entry_needs_one(tmp_path):
    state = {"a": torch.randn(3), "b": torch.randn(2)}
    write_lsz(tmp_path / "m.lsz", state, {"model": "x"})
    header, payload = _parts(tmp_path / "m.lsz")
    for entry in header["tensors"]:
        entry["offset"] = 0  # meaningless in 1.2, where sections follow one another
    back = decode_lsz(_forge(header, payload), "f")[0]
    assert all(np.array_equal(back[k].numpy(), t.numpy()) for k, t in state.items())
    for entry in header["tensors"]:
        del entry["offset"]
    head = zlib.compress(json.dumps(header).encode())
    old = struct.pack("<4sHHI", b"LSZ\x00", 1, 1, len(head)) + head + payload
    with pytest.raises(LszFormatError, match=r"^f: tensor 0 \(a\): field 'offset' must be an"):
        decode_lsz(old, "f")


def test_an_eight_dimensional_tensor_is_the_largest_rank_read(tmp_path):
    t = torch.randn([1] * 7 + [5])
    write_lsz(tmp_path / "m.lsz", {"w": t}, {"model": "x"})
    assert torch.equal(read_lsz(tmp_path / "m.lsz")[0]["w"], t)


def test_sparse_sections_decode_to_float32_and_their_gap_stream_is_bounded(tmp_path):
    from leanseg_runtime.lsz import decode_lsz as runtime_decode

    header, payload = _written(tmp_path, _sparse())
    values = runtime_decode(_forge(header, payload), "f")[0]["w"]
    assert values.dtype == np.float32 and np.count_nonzero(values) == 3
    entry = header["tensors"][0]
    width = 2 if entry.get("half_codebook") else 4
    head = entry["codebook"] * (width + 1) + 256  # codebook, value and gap tables
    forged = bytearray(payload)
    struct.pack_into("<I", forged, head, 0xFFFFFFFF)  # the gap stream's length
    with pytest.raises(LszFormatError, match=r"^f: tensor 0 \(w\): gap stream exceeds its sec"):
        decode_lsz(_forge(header, bytes(forged)), "f")
    entry["values"] = 4  # one more than the gaps place
    with pytest.raises(LszFormatError, match=r"^f: tensor 0 \(w\): gap stream does not match"):
        decode_lsz(_forge(header, payload), "f")


def test_int_fields_may_equal_their_bounds():
    from leanseg_runtime.lsz import _int

    assert _int({"k": 5}, "k", "w", 0, 5) == 5 and _int({"k": 0}, "k", "w", 0, 5) == 0


@pytest.mark.parametrize(("count", "refused"), [(320, False), (321, True)])
def test_an_ans_count_is_bounded_by_twice_the_streams_bits(count, refused):
    """Equal counts: one bit a symbol; 3 words and the coder's 64-bit state: 160 bits, twice."""
    pieces = AnsCodec().unpack_chunks(struct.pack("<II", 1, 1), bytes(12), count, 2)
    if refused:
        with pytest.raises(CodecError, match=rf"^{count} symbols cannot come from a stream of 3"):
            next(pieces)
    else:
        try:
            next(pieces)
        except CodecError as err:  # the stream's content may not decode; its size is allowed
            assert "cannot come from" not in str(err)


def test_an_ans_table_with_one_likely_symbol_is_bounded_by_the_24_bit_leak():
    """Counts 2^30 : 1 give 1 - 2^-30, but the coder gives the rare symbol at least 2^-24, so a
    symbol costs at least -log2(1 - 2^-24) = 8.6e-8 bits: 2 * 64 bits hold 1.49e9 of them."""
    table, bound = struct.pack("<II", 1 << 30, 1), 128 / -np.log2(1 - 2.0**-24)
    with pytest.raises(CodecError, match="cannot come from a stream of 0 words"):
        next(AnsCodec().unpack_chunks(table, b"", int(1.001 * bound), 2))
    first = next(AnsCodec().unpack_chunks(table, b"", int(0.999 * bound), 2))
    assert first.size > 0


def test_ans_pieces_add_up_to_the_count(monkeypatch):
    from leanseg_runtime import codecs

    monkeypatch.setattr(codecs, "CHUNK", 5)
    ones = list(AnsCodec().unpack_chunks(struct.pack("<I", 12), b"", 12, 1))
    assert [p.size for p in ones] == [5, 5, 2]
    symbols = np.array([0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 1])
    table, data = AnsCodec().pack(symbols, 2)
    pieces = list(AnsCodec().unpack_chunks(table, data, 12, 2))
    assert [p.size for p in pieces] == [5, 5, 2]
    assert np.array_equal(np.concatenate(pieces), symbols)


def test_entropy_of_an_empty_or_constant_stream_is_zero():
    from leanseg_runtime.huffman import decode, entropy_bits

    assert entropy_bits(np.array([3, 3, 3])) == 0.0 and entropy_bits(np.array([], int)) == 0.0
    assert entropy_bits(np.array([0, 1])) == pytest.approx(2.0)
    assert decode(b"", 0, np.array([1, 1])).dtype == np.int64
