"""Coverage-guided fuzzing (atheris, libFuzzer) of the two readers a robot feeds untrusted
files: the `.lsz` reader and the bundle description. Each input must be refused with the
reader's own error or read; anything else (another exception, a hang past -timeout, memory
past -rss_limit_mb) is a finding, which libFuzzer saves and reports with a non-zero exit.

    .venv/bin/python benchmarks/fuzz_readers.py lsz -runs=1000000 -rss_limit_mb=2048
    .venv/bin/python benchmarks/fuzz_readers.py bundle -runs=1000000

An `.lsz` input is the file with its header as plain JSON (`<4-byte length><JSON><payload>`):
the harness compresses the header and recomputes the payload's SHA-256, so that mutations reach
the structure behind the checksum instead of stopping at it. The seeds are written here: every
codec and format version, every section kind, and the real ENet header of
`benchmarks/results/enet_dc.lsz`. libFuzzer prints the coverage (`cov`, `ft`), the peak RSS and
the slowest input (with -report_slow_units).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import struct
import sys
import tempfile
import zlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import atheris
import numpy as np  # noqa: F401  (imported first: only leanseg_runtime is instrumented)
from PIL import Image  # noqa: F401

with atheris.instrument_imports(include=["leanseg_runtime"]):
    from leanseg_runtime import bundle, codecs, huffman, lsz  # noqa: F401  (instrumented)

RESULTS = Path(__file__).parent / "results"


def as_file(data: bytes) -> bytes:
    """An input in the harness's layout, `<minor version><4-byte length><JSON><payload>`, as a
    `.lsz` file whose payload checksum matches."""
    if len(data) < 5:
        return data
    minor = data[0] % 3  # the format versions 1.0, 1.1 and 1.2
    (size,) = struct.unpack_from("<I", data, 1)
    text, payload = data[5 : 5 + size], data[5 + size :]
    try:
        header = json.loads(text)
    except (ValueError, RecursionError):
        header = None
    if isinstance(header, dict):
        header["payload_sha256"] = hashlib.sha256(payload).hexdigest()
        text = json.dumps(header).encode()
    head = zlib.compress(text)
    return struct.pack("<4sHHI", b"LSZ\x00", 1, minor, len(head)) + head + payload


def from_file(good: bytes, header: dict | None = None) -> bytes:
    """A `.lsz` file in the harness's layout (the seeds), its header replaced if given."""
    minor, size = good[6], struct.unpack_from("<I", good, 8)[0]
    text = zlib.decompress(good[12 : 12 + size]) if header is None else json.dumps(header).encode()
    return struct.pack("<BI", minor if header is None else 1, len(text)) + text + good[12 + size :]


def lsz_target(data: bytes) -> None:
    try:
        lsz.decode_lsz(as_file(data), "fuzz")
    except lsz.LszFormatError:
        pass


def bundle_target(data: bytes) -> None:
    try:
        meta = bundle.parse_meta(data, Path("bundle.json"))
    except bundle.BundleError:
        return
    bundle.read_meta(meta)


def lsz_seeds() -> list[bytes]:
    """Every codec and section kind in format 1.2 (the target varies the version), and ENet."""

    from leanseg.compress.lsz import write_lsz

    rng = np.random.default_rng(0)
    sparse = np.zeros(3000, np.float32)
    sparse[rng.choice(3000, 40, replace=False)] = rng.choice([-0.5, 0.25, 1.0], 40)
    state = {
        "raw": rng.standard_normal(7).astype(np.float32),
        "half": np.array([0.25, -3.0, 1.5, 7.0] * 2, np.float32),
        "dense": rng.choice([-0.5, 0.5, 0.25, 1.0], 256).astype(np.float32),
        "constant": np.full(64, 0.1, np.float32),
        "sparse": sparse,
    }
    import torch

    tensors = {k: torch.from_numpy(v) for k, v in state.items()}
    seeds = []
    with tempfile.TemporaryDirectory() as tmp:
        for codec in ("huffman", "ans"):
            path = Path(tmp) / f"{codec}.lsz"
            write_lsz(path, tensors, {"model": "enet"}, codec)
            good = path.read_bytes()
            seeds.append(from_file(good))
            header = _header(good)
            offset = 0  # the same file as format 1.1: offsets and CRC-32s per entry
            for entry, values in zip(header["tensors"], state.values(), strict=True):
                entry |= {"offset": offset, "crc32": zlib.crc32(values.astype("<f4").tobytes())}
                offset += entry["length"]
            seeds.append(from_file(good, header))
    enet = (RESULTS / "enet_dc.lsz").read_bytes()  # its first 24 tensors: fast to decode
    header = _header(enet)
    header["tensors"] = header["tensors"][:24]
    size = struct.unpack_from("<I", enet, 8)[0]
    payload = enet[12 + size : 12 + size + sum(e["length"] for e in header["tensors"])]
    text = json.dumps(header).encode()
    seeds.append(struct.pack("<BI", 2, len(text)) + text + payload)
    return seeds


def _header(good: bytes) -> dict:
    return json.loads(zlib.decompress(good[12 : 12 + struct.unpack_from("<I", good, 8)[0]]))


def bundle_seeds() -> list[bytes]:
    meta = {
        "format": "leanseg-bundle",
        "format_version": "1.0",
        "model_file": "model.onnx",
        "sha256": "0" * 64,
        "classes": ["bg", "nut"],
        "colors": [[0, 0, 0], [255, 0, 0]],
    }
    meta["input"] = {"mean": [0.4, 0.4, 0.4], "std": [0.2, 0.2, 0.2], "size": [320, 240]}
    weights = {"file": "model.lsz", "sha256": "0", "prefix": "w.", "names": ["w.a", "w.b"]}
    return [json.dumps(meta).encode(), json.dumps(meta | {"weights": weights}).encode()]


def main() -> None:
    target = sys.argv.pop(1) if len(sys.argv) > 1 else ""
    if target not in ("lsz", "bundle"):
        sys.exit("usage: fuzz_readers.py lsz|bundle [libFuzzer options]")
    corpus = Path(tempfile.mkdtemp(prefix=f"fuzz-{target}-"))
    # written by a child process: PyTorch (the writer's) stays out of the fuzzed process's RSS
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=spawn) as child:
        seeds = child.submit(lsz_seeds if target == "lsz" else bundle_seeds).result()
    for i, seed in enumerate(seeds):
        (corpus / f"seed{i}").write_bytes(seed)
    atheris.Setup([sys.argv[0], *sys.argv[1:], str(corpus)],
                  lsz_target if target == "lsz" else bundle_target)  # fmt: skip
    atheris.Fuzz()


if __name__ == "__main__":
    main()
