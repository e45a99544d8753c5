"""A longer fuzz run of the `.lsz` reader than CI's: mutated and truncated files must either be
refused with `LszFormatError` or decode to exactly the original tensors. Half the damaged files
are forged: the payload is mutated and its SHA-256 recomputed, or a table field (length,
count, shape) replaced, so that the structural checks behind the checksum are exercised too.

    .venv/bin/python benchmarks/fuzz_lsz.py [--count 20000] [--seed 0]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import struct
import tempfile
import zlib
from pathlib import Path

import numpy as np
import torch

from leanseg.compress.lsz import LszFormatError, decode_lsz, write_lsz


def damaged(good: bytes, rng) -> bytes:
    data = bytearray(good)
    if rng.random() < 0.3:
        return bytes(data[: rng.integers(0, len(data))])
    for _ in range(rng.integers(1, 6)):
        data[rng.integers(0, len(data))] = rng.integers(0, 256)
    return bytes(data)


def forged(good: bytes, rng) -> bytes:
    """A file whose checksums are consistent with its damage."""
    (head_len,) = struct.unpack_from("<I", good, 8)
    header = json.loads(zlib.decompress(good[12 : 12 + head_len]))
    payload = bytearray(good[12 + head_len :])
    if rng.random() < 0.5:
        for _ in range(rng.integers(1, 6)):
            payload[rng.integers(0, len(payload))] = rng.integers(0, 256)
    else:
        entry = header["tensors"][rng.integers(0, len(header["tensors"]))]
        key = rng.choice([k for k in entry if k not in ("name", "kind")])
        value = int(rng.choice([0, 1, 2, 255, 256, 1 << 20, 1 << 31, -1]))
        entry[key] = [value] if key == "shape" else value
    header["payload_sha256"] = hashlib.sha256(bytes(payload)).hexdigest()
    head = zlib.compress(json.dumps(header).encode())
    return good[:8] + struct.pack("<I", len(head)) + head + bytes(payload)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    torch.manual_seed(args.seed)
    state = {
        "shared": torch.randint(-3, 4, (400,)).float() * 0.5,
        "raw": torch.randn(7),
        "sparse": torch.where(torch.rand(2000) < 0.95, 0.0, 1.5),
        "constant": torch.full((32,), 2.0),
    }
    for codec in ("huffman", "ans"):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "m.lsz"
            write_lsz(path, state, {"fuzz": True}, codec)
            good = path.read_bytes()
        refused = identical = 0
        for i in range(args.count):
            data = forged(good, rng) if i % 2 else damaged(good, rng)
            try:
                decoded, _ = decode_lsz(bytes(data), "fuzz")
            except LszFormatError:
                refused += 1
                continue
            assert all(torch.equal(decoded[k], t) for k, t in state.items()), "silent change"
            identical += 1
        print(f"{codec}: {args.count} damaged files: {refused} refused, {identical} decoded "
              "identically, 0 other outcomes")  # fmt: skip


if __name__ == "__main__":
    main()
