"""Careless and hostile input through the CLI: every case ends in exactly one line on stderr
naming the file and the problem, with the documented exit status, and nothing overwritten.

Exit status: 0 success, 1 a check or budget found problems, 2 bad input or usage, 3 a bug.
"""

from __future__ import annotations

import base64
import errno
import io
import json
import os
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
import torch
import yaml
from click.testing import CliRunner
from conftest import write_pairs_dataset
from PIL import Image

from leanseg.cli import cli
from leanseg.models import build_model
from leanseg.runs import ModelHeader, create_run, save_weights


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """A pairs dataset `data/` and an untrained run `run/` on it."""
    root = tmp_path_factory.mktemp("base")
    data = write_pairs_dataset(root / "data", n=4)
    header = ModelHeader("segnet_basic", 3, ["c0", "c1", "c2"], [], 255, dataset=str(data))
    save_weights(create_run(root / "run", header), build_model("segnet_basic", 3))
    return root


def _png(path: Path, size: tuple[int, int] = (40, 30)) -> Path:
    Image.new("RGB", size, (90, 20, 30)).save(path)
    return path


def _descriptor(tmp: Path, base: Path, **changes) -> str:
    raw = yaml.safe_load((base / "data" / "dataset.yaml").read_text())
    raw["root"] = str(base / "data")
    path = tmp / "bad.yaml"
    path.write_text(yaml.safe_dump(raw | changes))
    return str(path)


def _labelme(tmp: Path, record, name: str = "a", image_file: bytes | None = None) -> list[str]:
    src = tmp / "ann"
    src.mkdir(exist_ok=True)
    if image_file is not None:
        (src / f"{name}.png").write_bytes(image_file)
    (tmp / "labels.txt").write_text("__ignore__\n_background_\nnut\n")
    (src / f"{name}.json").write_text(json.dumps(record))
    return ["data", "import-labelme", str(src), "--labels", str(tmp / "labels.txt"),
            "--out", str(tmp / "voc")]  # fmt: skip


def _doc(shapes, image_data: str | None = None, image_path: str = "a.png") -> dict:
    if image_data is None:
        buf = io.BytesIO()
        Image.new("RGB", (20, 10)).save(buf, format="PNG")
        image_data = base64.b64encode(buf.getvalue()).decode()
    return {"shapes": shapes, "imageData": image_data, "imagePath": image_path}


def _nut(points) -> list[dict]:
    return [{"label": "nut", "shape_type": "polygon", "points": points}]


def _bomb(tmp: Path, base: Path, monkeypatch) -> list[str]:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)  # so a 40x30 image counts as a bomb
    return ["predict", str(_png(tmp / "big.png")), "--model", str(base / "run"),
            "--out", str(tmp / "p")]  # fmt: skip


def _not_image(tmp: Path, base: Path, _) -> list[str]:
    (tmp / "x.png").write_text("hello")
    return ["predict", str(tmp / "x.png"), "--model", str(base / "run"), "--out", str(tmp / "p")]


def _latin1_list(tmp: Path, base: Path, _) -> list[str]:
    (tmp / "val.txt").write_bytes("images/0.png labels/0.png # caf\xe9\n".encode("latin-1"))
    raw = yaml.safe_load((base / "data" / "dataset.yaml").read_text())
    raw["root"] = str(base / "data")
    raw["splits"] = {"train": str(tmp / "val.txt"), "val": str(tmp / "val.txt")}
    (tmp / "d.yaml").write_text(yaml.safe_dump(raw))
    return ["evaluate", str(base / "run"), "--dataset", str(tmp / "d.yaml"), "--out", str(tmp)]


def _evaluate_on(desc: Callable[[Path, Path], str]):
    def case(tmp: Path, base: Path, _) -> list[str]:
        return [
            "evaluate",
            str(base / "run"),
            "--dataset",
            desc(tmp, base),
            "--out",
            str(tmp / "e"),
        ]

    return case


def _run_with(tmp: Path, base: Path, header: bytes | None = None, resume: bytes | None = None):
    run = tmp / "run"
    run.mkdir()
    (run / "model.json").write_bytes(header or (base / "run" / "model.json").read_bytes())
    (run / "model.safetensors").write_bytes((base / "run" / "model.safetensors").read_bytes())
    if resume is not None:
        (run / "config.yaml").write_text("dataset: x\n")
        (run / "resume.pt").write_bytes(resume)
    return run


def _text(tmp: Path, text: str) -> str:
    """`text` in tmp/bad.json; lone surrogates become the raw bytes they stand for."""
    (tmp / "bad.json").write_bytes(text.encode("utf-8", "surrogateescape"))
    return str(tmp / "bad.json")


def _json(tmp: Path, value) -> str:
    return _text(tmp, json.dumps(value))


def _resume(payload: bytes):
    def case(tmp: Path, base: Path, _) -> list[str]:
        run = _run_with(tmp, base, resume=payload)
        (run / "config.yaml").write_text(
            yaml.safe_dump({"dataset": str(base / "data"), "name": "run", "out_dir": str(tmp)})
        )
        return ["train", "--dataset", str(base / "data"), "--name", "run",
                "--set", f"out_dir={tmp}", "--resume"]  # fmt: skip

    return case


class _Evil:
    def __reduce__(self):
        return (print, ("pwned",))


def _truncated_checkpoint() -> bytes:
    buf = io.BytesIO()
    torch.save({"state": {"epoch": 1}, "model": {"w": torch.zeros(100)}}, buf)
    return buf.getvalue()[:300]


def _mismatch(tmp: Path, base: Path, _) -> list[str]:
    run = _run_with(tmp, base)
    save_weights(run, build_model("segnet_basic", 4))
    return ["evaluate", str(run), "--out", str(tmp / "e")]


def _train_set(*sets: str):
    def case(tmp: Path, base: Path, _) -> list[str]:
        args = ["train", "--dataset", str(base / "data"), "--set", f"out_dir={tmp}"]
        for s in sets:
            args += ["--set", s]
        return args

    return case


def _read_only(tmp: Path, base: Path, monkeypatch) -> list[str]:
    """A file system that refuses writes below `ro/` (root ignores permission bits)."""
    real_mkdir = Path.mkdir

    def mkdir(self, *args, **kwargs):
        if "ro" in self.parts:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    return ["data", "synth", str(tmp / "ro" / "out"), "--count", "2", "--size", "32x24"]


def _non_empty_out(tmp: Path, base: Path, _) -> list[str]:
    (tmp / "out").mkdir()
    (tmp / "out" / "notes.txt").write_text("mine")
    return ["data", "synth", str(tmp / "out"), "--count", "2", "--size", "32x24"]


def _evaluate_without_gpu(tmp: Path, base: Path, monkeypatch) -> list[str]:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    return ["evaluate", str(base / "run"), "--device", "cuda"]


CASES = {
    # images
    "decompression bomb": (_bomb, 2, "decompression-bomb limit of 200; if the file is trusted"),
    "not an image": (_not_image, 2, "x.png: unreadable or truncated image"),
    "non-UTF-8 list file": (_latin1_list, 2, "val.txt: list file is not UTF-8 text"),
    # dataset descriptors
    "classes as a string": (
        _evaluate_on(lambda t, b: _descriptor(t, b, classes="abcd")),
        2,
        "bad.yaml: classes must be a non-empty list of names",
    ),
    "ignore_index not a number": (
        _evaluate_on(lambda t, b: _descriptor(t, b, ignore_index="x")),
        2,
        "bad.yaml: ignore_index must be an integer in 0-255",
    ),
    "colors not RGB": (
        _evaluate_on(lambda t, b: _descriptor(t, b, colors=[[1, 2]] * 3)),
        2,
        "bad.yaml: colors must be a list of [R, G, B] lists of 0-255",
    ),
    "split entry missing a key": (
        _evaluate_on(lambda t, b: _descriptor(t, b, splits={"val": {"images": "images"}})),
        2,
        "bad.yaml: split 'val' needs images and labels paths",
    ),
    # labelme
    "labelme bad base64": (
        lambda t, b, _: _labelme(t, _doc(_nut([[1, 1], [5, 1], [5, 5]]), image_data="%%%")),
        2,
        "a.json: imageData is not valid base64",
    ),
    "labelme embedded non-image": (
        lambda t, b, _: _labelme(t, _doc([], image_data=base64.b64encode(b"text").decode())),
        2,
        "a.json: embedded imageData is not a readable image",
    ),
    "labelme referenced non-image": (
        lambda t, b, _: _labelme(t, _doc([], image_data=""), image_file=b"no"),
        2,
        "a.png is not a readable image",
    ),
    "labelme top-level list": (
        lambda t, b, _: _labelme(t, [1, 2]),
        2,
        "a.json: not a labelme annotation (top level is not an object)",
    ),
    "labelme shapes null": (
        lambda t, b, _: _labelme(t, _doc(None)),
        2,
        "a.json: not a labelme annotation ('shapes' is not a list)",
    ),
    "labelme shape without points": (
        lambda t, b, _: _labelme(t, _doc([{"label": "nut", "shape_type": "polygon"}])),
        2,
        "a.json: shape 1 ('nut') has no points",
    ),
    "labelme NaN coordinate": (
        lambda t, b, _: _labelme(t, _doc(_nut([[1, 1], [float("nan"), 1], [5, 5]]))),
        2,
        "a.json: shape 1 ('nut') has a bad point [nan, 1]",
    ),
    "labelme absurd coordinate": (
        lambda t, b, _: _labelme(t, _doc(_nut([[1, 1], [1e12, 1], [5, 5]]))),
        2,
        "has a bad point [1000000000000.0, 1]",
    ),
    "labelme val fraction": (
        lambda t, b, _: [*_labelme(t, _doc([])), "--val-fraction", "1.5"],
        2,
        "--val-fraction must be in [0, 1), got 1.5",
    ),
    "labelme output is the input": (
        lambda t, b, _: [*_labelme(t, _doc([]))[:-1], str(t / "ann")],
        2,
        "ann: overlaps the input folder",
    ),
    "export over the run's own weights": (
        lambda t, b, _: [
            "export",
            str(_run_with(t, b)),
            "--out",
            str(t / "run" / "model.safetensors"),
            "--overwrite",
        ],  # fmt: skip
        2,
        "model.safetensors: overlaps the input file",
    ),
    "evaluate into its own run": (
        lambda t, b, _: ["evaluate", str(_run_with(t, b)), "--out", str(t / "run"), "--overwrite"],
        2,
        "run: overlaps the input folder",
    ),
    "profile around its own run": (
        lambda t, b, _: ["profile", str(_run_with(t, b)), "--out", str(t), "--overwrite"],
        2,
        "overlaps the input folder",
    ),
    "report over the run's header": (
        lambda t, b, _: [
            "report",
            str(_run_with(t, b)),
            "--out",
            str(t / "run" / "model.json"),
            "--overwrite",
        ],  # fmt: skip
        2,
        "model.json: overlaps the input folder",
    ),
    "fit into its own run": (
        lambda t, b, _: [
            "fit",
            str(_run_with(t, b)),
            "--max-size",
            "1MB",
            "--out",
            str(t / "run" / "fit"),
        ],  # fmt: skip
        2,
        "fit: overlaps the input folder",
    ),
    "sweep into its own run": (
        lambda t, b, _: [
            "sweep",
            str(_run_with(t, b)),
            "--grid",
            _text(t, "prune: {ratio: [0.5]}"),
            "--out",
            str(t / "run" / "sweep"),
        ],  # fmt: skip
        2,
        "sweep: overlaps the input folder",
    ),
    # run directories
    "header not UTF-8": (
        lambda t, b, _: ["evaluate", str(_run_with(t, b, header=b"\xff\xfe{}"))],
        2,
        "model.json: malformed header (not UTF-8 text)",
    ),
    "header malformed": (
        lambda t, b, _: ["evaluate", str(_run_with(t, b, header=b'{"model": 3'))],
        2,
        "model.json: malformed header",
    ),
    "header nested 100,000 deep": (
        lambda t, b, _: ["evaluate", str(_run_with(t, b, header=b"[" * 100_000))],
        2,
        "model.json: malformed header (nested too deeply)",
    ),
    "header with a 5,000-digit integer": (
        lambda t, b, _: ["evaluate", str(_run_with(t, b, header=b'{"n": ' + b"7" * 5000 + b"}"))],
        2,
        "model.json: malformed header (Exceeds the limit",
    ),
    "sensitivity curves with a text mIoU": (
        lambda t, b, _: [
            "sensitivity",
            str(b / "run"),
            "--target",
            "0.2",
            "--curves",
            _json(
                t,
                {
                    "layers": {"a": {"channels": 4, "miou": ["x"]}},
                    "ratios": [0.5],
                    "base_miou": 0.5,
                },
            ),
        ],  # fmt: skip
        2,
        "bad.json: cannot read sensitivity curves (layer 'a': miou must hold one number per",
    ),
    "sensitivity curves nested 100,000 deep": (
        lambda t, b, _: [
            "sensitivity",
            str(b / "run"),
            "--target",
            "0.2",
            "--curves",
            _text(t, "[" * 100_000),
        ],  # fmt: skip
        2,
        "bad.json: malformed sensitivity curves (nested too deeply)",
    ),
    "plan of ratios as booleans": (
        lambda t, b, _: [
            "prune",
            str(b / "run"),
            "--plan",
            _json(t, {"layer_ratios": {"a": True}}),
        ],
        2,
        "bad.json: no per-layer ratios in [0, 1)",
    ),
    "plan not UTF-8": (
        lambda t, b, _: ["prune", str(b / "run"), "--plan", _text(t, "\udcff")],
        2,
        "bad.json: malformed sensitivity plan (not UTF-8 text)",
    ),
    "checkpoint truncated": (
        _resume(_truncated_checkpoint()),
        2,
        "resume.pt: not a readable checkpoint",
    ),
    "checkpoint with a pickled callable": (
        _resume(pickle.dumps({"state": _Evil()})),
        2,
        "resume.pt: not a readable checkpoint (UnpicklingError)",
    ),
    "weights of another shape": (
        _mismatch,
        2,
        "model.safetensors: tensor classifier.bias has shape (4,), the model expects (3,)",
    ),
    # configuration and options
    "fractional epochs": (_train_set("epochs=1.7"), 2, "epochs: expected int, got 1.7"),
    "zero batch size": (_train_set("batch_size=0"), 2, "batch_size must be at least 1, got 0"),
    "negative workers": (_train_set("workers=-1"), 2, "workers must be 0 or more, got -1"),
    "crop of zero": (_train_set("crop=[0,32]"), 2, "crop must be null or two sizes"),
    "unknown device": (_train_set("device=tpu"), 2, "device must be auto, cpu, cuda or cuda:N"),
    "cuda without CUDA": (_train_set("device=cuda"), 2, "device=cuda but CUDA is not available"),
    "evaluate on a missing GPU": (
        _evaluate_without_gpu,
        2,
        "device cuda: PyTorch sees no GPU on this machine; use cpu",
    ),
    "evaluate on an unknown device": (
        lambda t, b, _: ["evaluate", str(b / "run"), "--device", "gpu"],
        2,
        "device 'gpu': choose auto, cpu, cuda or cuda:N",
    ),
    "malformed --set YAML": (_train_set("crop=[1,"), 2, "--set crop: '[1,' is not a valid YAML"),
    "unknown --set key": (_train_set("epoch=3"), 2, "unknown key(s) epoch"),
    "--epochs 0": (
        lambda t, b, _: ["train", "--epochs", "0"],
        2,
        "'--epochs': 0 is not in the range x>=1",
    ),
    "profile zero threads": (
        lambda t, b, _: ["profile", str(b / "run"), "--threads", "0"],
        2,
        "'--threads': 0 is not in the range 1<=x<=256",
    ),
    "size zero": (
        lambda t, b, _: ["profile", str(b / "run"), "--size", "0x10"],
        2,
        "width and height must be 1 to 16384 pixels",
    ),
    # outputs
    "output folder is a file": (
        lambda t, b, _: [
            "predict",
            str(b / "data" / "images" / "0.png"),
            "--model",
            str(b / "run"),
            "--out",
            str(_png(t / "f.png")),
        ],  # fmt: skip
        2,
        "f.png: exists and is not a folder",
    ),
    "output below a file": (
        lambda t, b, _: ["export", str(b / "run"), "--out", str(_png(t / "f.png") / "m.onnx")],
        2,
        "f.png is a file, not a folder",
    ),
    "synth into a folder with files": (_non_empty_out, 2, "pass --overwrite to replace it"),
    "read-only file system": (_read_only, 2, "Read-only file system"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_gives_one_line_and_exit_status(case, base, tmp_path, monkeypatch):
    build, code, expected = CASES[case]
    args = build(tmp_path, base, monkeypatch)
    before = sorted(p for p in tmp_path.rglob("*"))
    result = CliRunner().invoke(cli, args)
    lines = result.output.strip().splitlines()
    assert result.exit_code == code, (case, result.output)
    assert len(lines) == 1 and lines[0].startswith("error: "), (case, result.output)
    assert expected in lines[0], (case, lines[0])
    assert sorted(p for p in tmp_path.rglob("*")) == before, case  # nothing written or deleted


def test_an_unexpected_error_is_one_line_with_exit_3_and_debug_shows_it(base, monkeypatch):
    import leanseg.evaluate

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(leanseg.evaluate, "evaluate", broken)
    result = CliRunner().invoke(cli, ["evaluate", str(base / "run")])
    assert result.exit_code == 3
    (line,) = result.output.strip().splitlines()
    assert line == (
        f"error: leanseg evaluate {base / 'run'}: unexpected ZeroDivisionError: division by "
        "zero (this is a bug; rerun with --debug for the traceback)"
    )
    monkeypatch.setenv("LEANSEG_DEBUG", "1")
    debug = CliRunner().invoke(cli, ["evaluate", str(base / "run")])
    assert isinstance(debug.exception, ZeroDivisionError)


def test_overwrite_replaces_only_when_asked(base, tmp_path):
    out = tmp_path / "pred"
    image = str(base / "data" / "images" / "0.png")
    args = ["predict", image, "--model", str(base / "run"), "--out", str(out)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    first = sorted(p.name for p in out.iterdir())
    assert CliRunner().invoke(cli, args).exit_code == 2  # outputs exist: refused
    assert CliRunner().invoke(cli, [*args, "--overwrite"]).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == first


def test_pretrained_outputs_go_to_the_working_directory(tmp_path, monkeypatch):
    from leanseg.outputs import default_output
    from leanseg.runs import PRETRAINED_DIR

    monkeypatch.chdir(tmp_path)
    assert default_output("camvid-enet", "profile-480x360-2t") == (
        tmp_path / "camvid-enet-profile-480x360-2t"
    )
    assert PRETRAINED_DIR not in default_output("camvid-enet", "eval-val").parents


def test_a_full_disk_while_encoding_is_one_line_and_leaves_no_folder(base, tmp_path, monkeypatch):
    import leanseg.compress.steps as steps

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(steps, "write_lsz", full)
    out = tmp_path / "coded"
    result = CliRunner().invoke(cli, ["encode", str(base / "run"), "--out", str(out)])
    lines = result.output.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.output
    assert (
        lines[0] == "error: No space left on device (free some space and rerun; nothing was kept)"
    )
    assert list(tmp_path.iterdir()) == []  # neither the run nor its temporary folder


def test_a_damaged_sweep_database_is_one_line(base, tmp_path):
    grid = tmp_path / "grid.yaml"
    grid.write_text("val_images: 1\nthreads: 1\nprune: {ratio: [0.5]}\n")
    out = tmp_path / "sweep"
    out.mkdir()
    (out / "sweep.db").write_bytes(bytes(range(256)) * 64)
    result = CliRunner().invoke(cli, ["sweep", str(base / "run"), "--grid", str(grid),
                                      "--out", str(out)])  # fmt: skip
    lines = result.output.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.output
    assert "sweep.db: cannot open the sweep's storage" in lines[0]


@pytest.mark.parametrize("command", ["evaluate", "export", "profile"])
def test_a_read_only_output_is_refused_before_the_work(command, base, tmp_path, monkeypatch):
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: "ro" not in Path(p).parts
                        and real_access(p, mode))  # fmt: skip
    (tmp_path / "ro").mkdir()

    def computed(*args, **kwargs):
        raise AssertionError("the work ran before the output was checked")

    monkeypatch.setattr("leanseg.evaluate.evaluate_backend", computed)
    monkeypatch.setattr("leanseg.export.write_onnx", computed)
    monkeypatch.setattr("leanseg.measure.profile.profile", computed)
    out = tmp_path / "ro" / ("m.onnx" if command == "export" else "out")
    result = CliRunner().invoke(cli, [command, str(base / "run"), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert result.output.strip() == f"error: {out}: cannot write in {tmp_path / 'ro'} " + (
        "(read-only or no permission)"
    )


def test_a_quantization_that_fails_midway_leaves_no_folder(base, tmp_path, monkeypatch):
    from leanseg.quantize.ptq import QuantizationError

    def fails(*args, **kwargs):
        raise QuantizationError("calibration diverged")

    monkeypatch.setattr("leanseg.quantize.ptq._quantize", fails)
    out = tmp_path / "new" / "int8"
    result = CliRunner().invoke(cli, ["quantize", str(base / "run"), "--out", str(out)])
    assert result.exit_code == 2 and "calibration diverged" in result.output, result.output
    assert not (tmp_path / "new").exists()  # the parent it created is gone too
