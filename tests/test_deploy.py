"""`leanseg deploy`, the torch-free runner and the ROS node, on a synthetic RoboCup@Work set."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from click.testing import CliRunner
from PIL import Image

from leanseg.cli import cli
from leanseg.compress.steps import ClusterConfig, cluster_run, encode_run
from leanseg.deploy import Candidate, DeployConfig, DeployError, choose, deploy
from leanseg.models import build_model
from leanseg.predict import predict
from leanseg.runs import ModelHeader, create_run, save_weights
from leanseg_runtime import BundleError, load_bundle
from leanseg_runtime.ros_node import image_to_rgb

WHEELHOUSE = Path(sys.prefix) / "wheelhouse"  # filled by `make test` (Makefile)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def robocup(tmp_path_factory) -> SimpleNamespace:
    """A synthetic RoboCup@Work set, a random-weight SegNet-Basic run on it (a third of ENet's
    export time), its bundle (written by the CLI) and `leanseg predict`'s masks of the test
    images with the bundle's model file."""
    from leanseg.data.synth import SynthConfig, synthesize

    root = tmp_path_factory.mktemp("deploy")
    spec = synthesize(root / "robocup", SynthConfig(count=8, size=(160, 120)), progress=False)
    torch.manual_seed(0)
    n = len(spec.classes)
    header = ModelHeader("segnet_basic", n, list(spec.classes), [list(c) for c in spec.colors], 255,
                         dataset=str(spec.root))  # fmt: skip
    run = create_run(root / "robocup-segnet", header)
    save_weights(run, build_model("segnet_basic", n))
    bundle = root / "bundle"
    result = CliRunner().invoke(
        cli, ["deploy", str(run), "--out", str(bundle), "--threads", "1", "--val-images", "2"]
    )
    assert result.exit_code == 0, result.output
    shutil.copy(bundle / "model.onnx", run)  # later deploys of the run reuse this export
    images = root / "images"
    images.mkdir()
    for line in (spec.root / "test.txt").read_text().splitlines():
        shutil.copy(spec.root / line.split()[0], images)
    expected = root / "predict"
    predict(str(bundle / "model.onnx"), images, expected, backend="onnx", progress=False)
    shared, _, _ = cluster_run(run, ClusterConfig(bits={"default": 4}, val_images=1),
                               progress=False)  # fmt: skip
    lsz_run, _ = encode_run(shared)
    lsz_bundle = root / "bundle-lsz"
    cfg = DeployConfig(max_size="1MB", threads=1, val_images=2)
    deploy([lsz_run], lsz_bundle, cfg, progress=False)
    return SimpleNamespace(root=root, run=run, bundle=bundle, images=images, expected=expected,
                           lsz_run=lsz_run, lsz_bundle=lsz_bundle)  # fmt: skip


def _labels(folder: Path) -> dict[str, np.ndarray]:
    return {p.name: np.asarray(Image.open(p)) for p in sorted(folder.glob("*_label.png"))}


def _assert_same_masks(got: Path, expected: Path) -> None:
    want = _labels(expected)
    assert want and _labels(got).keys() == want.keys()
    for name, mask in _labels(got).items():
        np.testing.assert_array_equal(mask, want[name], err_msg=name)


def test_bundle_holds_model_runner_ros_package_and_figures(robocup):
    meta = json.loads((robocup.bundle / "bundle.json").read_text())
    assert meta["model_file"] == "model.onnx" and meta["classes"][0] == "background"
    assert len(meta["colors"]) == len(meta["classes"]) == 16
    assert meta["figures"]["latency_ms"] > 0 and 0 <= meta["figures"]["miou"] <= 1
    assert meta["lineage"][0]["run"] == "robocup-segnet"
    assert meta["choice"][-1].startswith("chose robocup-segnet fp32 ONNX")
    for f in ("__main__.py", "pyproject.toml", "package.xml", "launch/segment.launch",
              "leanseg_runtime/bundle.py", "README.md"):  # fmt: skip
        assert (robocup.bundle / f).is_file(), f
    assert os.access(robocup.bundle / "scripts" / "segment_node", os.X_OK)
    assert "robocup-segnet" in (robocup.bundle / "README.md").read_text()


@pytest.mark.slow
def test_runner_in_a_fresh_venv_without_torch_matches_leanseg_predict(robocup, tmp_path):
    assert WHEELHOUSE.is_dir(), f"{WHEELHOUSE} missing: `make test` downloads the runner's wheels"
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = str(venv / "bin" / "python")
    bundle = tmp_path / "bundle"  # pip builds inside the folder it installs: use a copy
    shutil.copytree(robocup.bundle, bundle)
    subprocess.run(
        [py, "-m", "pip", "install", "-q", "--no-index", "--find-links", str(WHEELHOUSE),
         str(bundle)], check=True,
    )  # fmt: skip
    no_torch = subprocess.run([py, "-c", "import torch"], capture_output=True, text=True)
    assert "No module named 'torch'" in no_torch.stderr
    run = subprocess.run(
        [py, "-m", "leanseg_runtime", str(robocup.bundle), str(robocup.images), "--out",
         str(tmp_path / "installed")], capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    _assert_same_masks(tmp_path / "installed", robocup.expected)
    itself = subprocess.run(  # the bundle's own entry point, nothing installed
        [py, str(robocup.bundle), str(robocup.images), "--out", str(tmp_path / "itself")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert itself.returncode == 0, itself.stderr
    _assert_same_masks(tmp_path / "itself", robocup.expected)
    overlay = np.asarray(Image.open(next((tmp_path / "itself").glob("*_overlay.png"))))
    assert overlay.ndim == 3 and overlay.shape[2] == 3
    lsz = subprocess.run(  # .lsz decoded with numpy alone, its weights handed to the graph
        [py, str(robocup.lsz_bundle), str(robocup.images), "--out", str(tmp_path / "lsz")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert lsz.returncode == 0, lsz.stderr
    here = load_bundle(robocup.lsz_bundle, threads=1)
    for path in sorted(robocup.images.iterdir()):
        got = np.asarray(Image.open(tmp_path / "lsz" / f"{path.stem}_label.png"))
        np.testing.assert_array_equal(got, here.predict(np.asarray(Image.open(path))))


def test_bundle_masks_agree_with_pytorch_predict(robocup, tmp_path):
    predict(str(robocup.run), robocup.images, tmp_path / "torch", backend="torch", progress=False)
    bundle = load_bundle(robocup.bundle, threads=1)
    for path in sorted(robocup.images.iterdir()):
        mask = bundle.predict(np.asarray(Image.open(path).convert("RGB")))
        torch_mask = np.asarray(Image.open(tmp_path / "torch" / f"{path.stem}_label.png"))
        assert (mask == torch_mask).mean() > 0.99


def test_a_lsz_bundle_ships_the_compact_file_and_runs_its_exact_weights(robocup, tmp_path):
    meta = json.loads((robocup.lsz_bundle / "bundle.json").read_text())
    assert meta["model_format"] == "lsz" and meta["weights"]["file"] == "model.lsz"
    assert meta["model_file"] == "model.graph.onnx.z"
    shipped = sum(
        (robocup.lsz_bundle / f).stat().st_size for f in ("model.lsz", meta["model_file"])
    )
    assert (
        shipped
        == meta["figures"]["bytes"]
        < 1_000_000
        < (robocup.bundle / "model.onnx").stat().st_size
    )
    assert [c["format"] for c in meta["candidates"]] == ["onnx", "lsz"]
    assert not (robocup.lsz_bundle / "model.onnx").exists()
    predict(str(robocup.lsz_run), robocup.images, tmp_path / "torch", backend="torch",
            progress=False)  # fmt: skip
    bundle = load_bundle(robocup.lsz_bundle, threads=1)
    for path in sorted(robocup.images.iterdir()):
        mask = bundle.predict(np.asarray(Image.open(path).convert("RGB")))
        torch_mask = np.asarray(Image.open(tmp_path / "torch" / f"{path.stem}_label.png"))
        assert (mask == torch_mask).mean() > 0.999
    data = bytearray((robocup.lsz_bundle / "model.lsz").read_bytes())
    damaged = tmp_path / "damaged"
    shutil.copytree(robocup.lsz_bundle, damaged)
    data[-10] ^= 0xFF
    (damaged / "model.lsz").write_bytes(bytes(data))
    with pytest.raises(BundleError, match="model.lsz: SHA-256 differs"):
        load_bundle(damaged)
    with pytest.raises(BundleError, match="checksum mismatch"):  # the .lsz reader's own check
        load_bundle(damaged, verify=False)


def test_runner_resizes_to_the_bundle_input_size_and_back(robocup, tmp_path):
    bundle = tmp_path / "b"
    shutil.copytree(robocup.bundle, bundle)
    meta = json.loads((bundle / "bundle.json").read_text())
    meta["input"]["size"] = [64, 48]
    (bundle / "bundle.json").write_text(json.dumps(meta))
    rgb = np.asarray(Image.open(next(robocup.images.iterdir())).convert("RGB"))  # 160x120
    small = np.asarray(Image.fromarray(rgb).resize((64, 48), Image.BILINEAR))
    opened = load_bundle(bundle, threads=1)
    mask = opened.predict(rgb)
    assert mask.shape == rgb.shape[:2]
    expected = opened.logits(small).argmax(1)[0].astype(np.uint8)
    np.testing.assert_array_equal(mask[::5, ::5], expected[::2, ::2])  # nearest: 2.5x


def test_damaged_or_newer_bundles_are_refused_in_one_line(robocup, tmp_path):
    bundle = tmp_path / "b"
    shutil.copytree(robocup.bundle, bundle)
    data = bytearray((bundle / "model.onnx").read_bytes())
    data[-100] ^= 0xFF
    (bundle / "model.onnx").write_bytes(bytes(data))
    with pytest.raises(BundleError, match="SHA-256 differs"):
        load_bundle(bundle)
    cmd = [sys.executable, "-m", "leanseg_runtime", str(bundle), str(robocup.images)]
    run = subprocess.run(cmd + ["--out", str(tmp_path / "o")], capture_output=True, text=True)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "model.onnx" in run.stderr
    meta = json.loads((robocup.bundle / "bundle.json").read_text())
    (bundle / "bundle.json").write_text(json.dumps(meta | {"format_version": "2.0"}))
    with pytest.raises(BundleError, match="bundle format '2.0'"):
        load_bundle(bundle)
    (bundle / "bundle.json").write_text(json.dumps(meta | {"model_file": "../model.onnx"}))
    with pytest.raises(BundleError, match="file name inside the bundle"):
        load_bundle(bundle)
    with pytest.raises(BundleError, match="no bundle.json"):
        load_bundle(tmp_path)
    (tmp_path / "not.png").write_bytes(b"no image")  # a good bundle, a bad image: no --out left
    cmd = [sys.executable, "-m", "leanseg_runtime", str(robocup.bundle), str(tmp_path / "not.png")]
    run = subprocess.run(cmd + ["--out", str(tmp_path / "o2")], capture_output=True, text=True)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "not.png" in run.stderr
    assert not (tmp_path / "o2").exists()


GOOD_META = {
    "format": "leanseg-bundle", "format_version": "1.0", "model_file": "model.onnx",
    "sha256": "0" * 64, "classes": ["bg", "nut"], "colors": [[0, 0, 0], [255, 0, 0]],
    "input": {"mean": [0.4, 0.4, 0.4], "std": [0.2, 0.2, 0.2], "size": [320, 240]},
}  # fmt: skip
CONFUSIONS = [None, 3, -1, 2.5, True, "x", "", [], [1], [1, 2, 3], {}, {"a": 1}, [[1, 2, 3]]]


@pytest.mark.parametrize(
    "path",
    ["model_file", "sha256", "classes", "colors", "input", "input.mean", "input.std",
     "input.size", "weights", "weights.names", "weights.file"],
)  # fmt: skip
def test_every_type_confused_bundle_field_is_refused_or_usable(path):
    """Each field replaced by values of every JSON type: `_check_meta` refuses it with its own
    error, or everything the runner reads from it works."""
    from leanseg_runtime.bundle import _check_meta, read_meta

    weights = {"file": "m.lsz", "sha256": "0", "prefix": "w.", "names": ["w.a"]}
    for value in CONFUSIONS:
        meta = json.loads(json.dumps(GOOD_META | {"weights": weights}))
        *parents, key = path.split(".")
        target = meta
        for p in parents:
            target = target[p]
        target[key] = value
        try:
            _check_meta(meta, Path("bundle.json"))
        except BundleError as err:
            assert str(err).startswith("bundle.json: ")
            continue
        classes, spec, palette = read_meta(meta)  # everything Bundle reads from it
        assert palette.shape == (256, 3) and len(classes) == len(meta["colors"])
        assert len(spec.mean) == 3 and min(spec.std) > 0
        assert spec.size is None or (spec.size[0] > 0 and spec.size[1] > 0)
        assert Path(meta["model_file"]).name == meta["model_file"]


def test_a_decompression_bomb_is_one_line(tmp_path, monkeypatch):
    from leanseg_runtime.__main__ import _read_rgb

    Image.new("RGB", (40, 30)).save(tmp_path / "big.png")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    with pytest.raises(BundleError, match=r"big.png: more than twice Pillow's 100 pixels"):
        _read_rgb(tmp_path / "big.png")


def _candidate(fmt: str, kb: float, ms: float, miou: float, fails=()) -> Candidate:
    path = Path(f"{fmt}.onnx")
    return Candidate(Path("run"), fmt, path, (path,), int(kb * 1000), ms, miou, fails)


def test_choice_takes_the_smallest_file_within_the_allowed_miou_drop():
    fp32 = _candidate("onnx", 1500, 60, 0.610)
    int8 = _candidate("onnx_int8", 700, 70, 0.605)
    assert choose([fp32, int8], max_miou_drop=1.0)[0] is int8
    assert choose([fp32, int8], max_miou_drop=0.4)[0] is fp32  # 0.5 points is too much
    slow_int8 = _candidate("onnx_int8", 700, 70, 0.605, ("70.0 ms > --max-latency 65ms",))
    chosen, reasons = choose([fp32, slow_int8], max_miou_drop=1.0)
    assert chosen is fp32 and "breaks 70.0 ms > --max-latency 65ms" in reasons[1]


def test_deploy_says_which_limit_no_model_meets_and_writes_nothing(robocup, tmp_path):
    out = tmp_path / "bundle"
    cfg = DeployConfig(max_size="100KB", threads=1, val_images=1)
    with pytest.raises(DeployError, match=r"no model meets the budget .*KB > --max-size 100KB"):
        deploy([robocup.run], out, cfg, progress=False)
    assert not out.exists() and not list(tmp_path.glob(".bundle*"))
    result = CliRunner().invoke(cli, ["deploy", str(robocup.run), "--out", str(robocup.bundle)])
    assert result.exit_code == 2 and "not empty" in result.output
    args = ["deploy", str(robocup.run), "--out", str(out), "--max-latency", "fast"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and "cannot read latency limit 'fast'" in result.output


def test_ros_image_messages_of_every_encoding_become_rgb():
    rgb = np.random.default_rng(0).integers(0, 256, (3, 4, 3), dtype=np.uint8)
    padded = np.zeros((3, 16), np.uint8)  # rows padded beyond width * channels
    padded[:, :12] = rgb[..., ::-1].reshape(3, 12)
    bgr = SimpleNamespace(encoding="bgr8", height=3, width=4, step=16, data=padded.tobytes())
    np.testing.assert_array_equal(image_to_rgb(bgr), rgb)
    rgba = np.concatenate([rgb, np.full((3, 4, 1), 255, np.uint8)], axis=2)
    msg = SimpleNamespace(encoding="rgba8", height=3, width=4, step=16, data=rgba.tobytes())
    np.testing.assert_array_equal(image_to_rgb(msg), rgb)
    mono = SimpleNamespace(encoding="mono8", height=3, width=4, step=4, data=rgb[..., 0].tobytes())
    np.testing.assert_array_equal(image_to_rgb(mono), np.repeat(rgb[..., :1], 3, axis=2))
    with pytest.raises(ValueError, match="unsupported image encoding '16UC1'"):
        image_to_rgb(SimpleNamespace(encoding="16UC1", height=1, width=1, step=2, data=b"00"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"roscore did not open port {port} in {timeout_s:.0f} s")


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("roscore") is None or shutil.which("roslaunch") is None,
    reason="ROS 1 is not installed; as root: bash .ci/system-packages",
)
def test_ros_node_round_trip_equals_leanseg_predict(robocup, tmp_path):
    port = _free_port()
    env = os.environ | {
        "ROS_MASTER_URI": f"http://127.0.0.1:{port}",
        "ROS_HOSTNAME": "127.0.0.1",
        "ROS_HOME": str(tmp_path / "ros"),
        "ROS_PACKAGE_PATH": str(robocup.bundle),
        "PYTHONPATH": str(robocup.bundle),  # the client imports the bundle's runner
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",  # the node's python3
    }
    started = []

    def start(cmd: list[str], log: str) -> subprocess.Popen:
        with open(tmp_path / log, "w") as out:
            p = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                 start_new_session=True)  # fmt: skip
        started.append(p)
        return p

    try:
        start(["roscore", "-p", str(port)], "roscore.log")
        _wait_for_port(port)  # else roslaunch starts a master of its own on the same port
        start(["roslaunch", "leanseg_bundle", "segment.launch", "image:=/test/image",
               "threads:=1"], "launch.log")  # fmt: skip
        out = tmp_path / "masks"
        out.mkdir()
        client = subprocess.run(
            [sys.executable, str(ROOT / "tests" / "ros_client.py"), str(robocup.images),
             str(out), "/test/image", "leanseg_segmentation"],
            env=env, capture_output=True, text=True, timeout=240,
        )  # fmt: skip
        logs = (tmp_path / "launch.log").read_text()[-2000:]
        assert client.returncode == 0, client.stderr[-2000:] + logs
    finally:
        for p in reversed(started):
            os.killpg(p.pid, signal.SIGINT)
        deadline = time.monotonic() + 20
        for p in reversed(started):
            try:
                p.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
    _assert_same_masks(out, robocup.expected)
    result = json.loads((out / "result.json").read_text())
    assert all(f["encoding"] == "mono8" and f["frame_id"] == "test_camera"
               and f["overlay_encoding"] == "rgb8" for f in result["frames"])  # fmt: skip
    burst = result["burst_answered"]
    assert burst[-1] and not all(burst)  # the latest frame wins, older ones are dropped
    assert float(result["diagnostics"]["latency_ms_median"]) > 0
    assert int(result["diagnostics"]["frames_dropped"]) == burst.count(False)
