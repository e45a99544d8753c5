"""Run directories: derived architectures rebuild exactly, headers are versioned, lineage is
recorded by every producer, and fine-tuning starts from a run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch
import yaml
from click.testing import CliRunner
from conftest import write_pairs_dataset
from pruning_by_hand import prune_chains

from leanseg.cli import cli
from leanseg.config import train_config
from leanseg.data import load_spec
from leanseg.evaluate import evaluate
from leanseg.lineage import lineage, list_runs
from leanseg.models import MODELS, build_model, channel_plan
from leanseg.runs import (
    ModelHeader,
    RunError,
    create_run,
    load_model,
    read_header,
    save_weights,
)
from leanseg.train import class_dependent_keys, initial_model, train

X = torch.randn(1, 3, 37, 51, generator=torch.Generator().manual_seed(0))

_RELOAD = """
import sys, torch
from leanseg.runs import load_model
x = torch.load(sys.argv[1], weights_only=True)
for run in sys.argv[3:]:
    model, header = load_model(run)
    with torch.no_grad():
        torch.save(model(x), f"{sys.argv[2]}/{header.model}.pt")
"""


def _randomize_batch_norm(model: torch.nn.Module) -> None:
    """Non-trivial running statistics, so a lost buffer changes the outputs."""
    g = torch.Generator().manual_seed(3)
    for m in model.modules():
        if isinstance(m, torch.nn.BatchNorm2d):
            m.running_mean.copy_(torch.randn(m.num_features, generator=g))
            m.running_var.copy_(torch.rand(m.num_features, generator=g) + 0.5)


@pytest.mark.slow
def test_hand_pruned_models_rebuild_exactly_in_a_fresh_process(tmp_path: Path):
    expected, runs = {}, []
    for i, name in enumerate(sorted(MODELS)):
        torch.manual_seed(i)
        model = build_model(name, 5).eval()
        _randomize_batch_norm(model)
        before = sum(p.numel() for p in model.parameters())
        assert prune_chains(model, 0.5, torch.Generator().manual_seed(i)) >= 1, name
        assert sum(p.numel() for p in model.parameters()) < before, name
        plan = channel_plan(model, build_model(name, 5))
        assert plan, name
        header = ModelHeader(name, 5, list("abcde"), [], 255, channels=plan, step="prune")
        run = create_run(tmp_path / name, header)
        save_weights(run, model)
        with torch.no_grad():
            expected[name] = model(X)
        runs.append(str(run))
    torch.save(X, tmp_path / "x.pt")
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _RELOAD, str(tmp_path / "x.pt"), str(out), *runs],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    for name, y in expected.items():
        assert torch.equal(torch.load(out / f"{name}.pt", weights_only=True), y), name


def test_channel_plan_records_only_changed_widths_and_rejects_bad_ones():
    from leanseg.models import ChannelPlanError

    model = build_model("segnet_basic", 3)
    assert channel_plan(model, build_model("segnet_basic", 3)) == {}
    plan = {"decoder.3.0": {"out_channels": 10}, "decoder.3.1": {"num_features": 10}}
    plan["classifier"] = {"in_channels": 10}
    pruned = build_model("segnet_basic", 3, channels=plan)
    assert pruned.decoder[3][0].weight.shape == (10, 64, 7, 7)
    assert pruned.classifier.weight.shape == (3, 10, 1, 1)
    assert pruned(torch.zeros(1, 3, 32, 32)).shape == (1, 3, 32, 32)
    assert channel_plan(pruned, build_model("segnet_basic", 3)) == plan
    extra = build_model("segnet_basic", 3)
    extra.extra = torch.nn.Conv2d(1, 1, 1)
    with pytest.raises(ChannelPlanError, match="module 'extra' is not in the reference"):
        channel_plan(extra, build_model("segnet_basic", 3))
    with pytest.raises(ChannelPlanError, match="names 'nope'"):
        build_model("segnet_basic", 3, channels={"nope": {"out_channels": 3}})
    with pytest.raises(ChannelPlanError, match="has no width 'num_features'"):
        build_model("segnet_basic", 3, channels={"encoder.0.0": {"num_features": 3}})
    with pytest.raises(ChannelPlanError, match="positive integer"):
        build_model("segnet_basic", 3, channels={"encoder.0.0": {"out_channels": 0}})


def _header(tmp_path: Path, **changes) -> Path:
    raw = json.loads(ModelHeader("segnet_basic", 2, ["a", "b"], [], 255).to_json()) | changes
    run = tmp_path / "run"
    run.mkdir(exist_ok=True)
    (run / "model.json").write_text(json.dumps(raw))
    save_weights(run, build_model("segnet_basic", 2))
    return run


def test_newer_major_version_is_refused_in_one_line(tmp_path: Path):
    run = _header(tmp_path, format_version="3.0")
    with pytest.raises(RunError, match="newer leanseg \\(format 3.0\\).*upgrade leanseg"):
        read_header(run)
    result = CliRunner().invoke(cli, ["evaluate", str(run)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "format 3.0" in lines[0], result.output


def test_unknown_optional_keys_are_ignored_and_old_headers_still_load(tmp_path: Path):
    run = _header(tmp_path, format_version="2.7", quantizer={"bits": 4})
    assert read_header(run).format_version == "2.7"
    raw = json.loads((run / "model.json").read_text())
    for key in ("format_version", "channels", "settings", "quantizer"):
        raw.pop(key)
    (run / "model.json").write_text(json.dumps(raw))
    model, header = load_model(run)
    assert header.format_version == "1.0" and header.channels == {}
    (run / "model.json").write_text('{"model": "segnet_basic"}')
    with pytest.raises(RunError, match="missing num_classes, classes, colors, ignore_index"):
        read_header(run)
    (run / "model.json").write_bytes(b"\xff\xfe{")
    with pytest.raises(RunError, match="not UTF-8"):
        read_header(run)


def test_weights_that_do_not_fit_name_the_first_tensor(tmp_path: Path):
    run = _header(tmp_path)
    save_weights(run, build_model("segnet_basic", 3))
    with pytest.raises(Exception, match="tensor classifier.bias has shape \\(3,\\)"):
        load_model(run)


@pytest.fixture(scope="module")
def parent(tmp_path_factory) -> Path:
    data = write_pairs_dataset(tmp_path_factory.mktemp("data") / "tiny", n=4)
    out = tmp_path_factory.mktemp("runs")
    cfg = _cfg(data, out, name="parent")
    return train(cfg, progress=False).run_dir


def _cfg(dataset: Path, out: Path, **kw):
    base = dict(
        dataset=str(dataset), model="segnet_basic", out_dir=str(out), epochs=1, batch_size=2,
        crop=(32, 32), scale=(1.0, 1.0), workers=0, deterministic=True, class_weights="none",
    )  # fmt: skip
    return train_config(**(base | kw))


def test_init_with_the_same_classes_starts_from_the_parents_weights(parent: Path):
    header = read_header(parent)
    cfg = _cfg(Path(header.dataset), parent.parent, init=str(parent), model="enet")
    model, child = initial_model(cfg, load_spec(header.dataset))
    parent_model, _ = load_model(parent)
    for key, value in parent_model.state_dict().items():
        assert torch.equal(model.state_dict()[key], value), key
    x, target = torch.randn(2, 3, 32, 32), torch.randint(0, 3, (2, 32, 32))
    loss = torch.nn.functional.cross_entropy
    assert loss(model.eval()(x), target) == loss(parent_model(x), target)  # step 0 loss
    assert (child.model, child.step, child.parent) == ("segnet_basic", "finetune", str(parent))


def test_init_with_other_classes_replaces_only_the_classifier(parent: Path, tmp_path: Path):
    data = write_pairs_dataset(tmp_path / "four", n=4, classes=4)
    cfg = _cfg(data, tmp_path, init=str(parent))
    model, child = initial_model(cfg, load_spec(data))
    replaced = class_dependent_keys(read_header(parent))
    assert replaced == ["classifier.bias", "classifier.weight"]
    assert child.settings["replaced"] == replaced and child.num_classes == 4
    parent_state = load_model(parent)[0].state_dict()
    for key, value in model.state_dict().items():
        if key in replaced:
            assert value.shape[0] == 4, key
        else:
            assert torch.equal(value, parent_state[key]), key


def test_runs_show_walks_a_three_step_chain(parent: Path, tmp_path: Path):
    header = read_header(parent)
    result = CliRunner().invoke(
        cli,
        ["train", "--init", str(parent), "--dataset", header.dataset, "--name", "tuned",
         "--epochs", "1", "--set", f"out_dir={tmp_path}", "--set", "crop=[32,32]",
         "--set", "workers=0", "--set", "class_weights=none"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    tuned = tmp_path / "tuned"
    model, tuned_header = load_model(tuned)
    pruned = read_header(tuned)
    plan = {"classifier": {"in_channels": 32}, "decoder.3.0": {"out_channels": 32}}
    plan["decoder.3.1"] = {"num_features": 32}
    prune_header = ModelHeader(
        **{**pruned.__dict__, "channels": plan, "parent": str(tuned), "step": "prune"}
    )
    small = build_model("segnet_basic", 3, channels=plan)
    save_weights(create_run(tmp_path / "small", prune_header), small)
    chain = lineage(tmp_path / "small")
    assert [r.name for r in chain] == ["small", "tuned", "parent"]
    assert [r.step for r in chain] == ["prune", "finetune", "train"]
    assert chain[1].miou == json.loads((tuned / "metrics.json").read_text())["miou"]
    assert chain[0].params == sum(p.numel() for p in small.parameters())
    shown = CliRunner().invoke(cli, ["runs", "show", str(tmp_path / "small")])
    assert shown.exit_code == 0, shown.output
    rows = shown.output.strip().splitlines()[1:]
    assert [r.split()[0] for r in rows] == ["small", "tuned", "parent"]
    listed = CliRunner().invoke(cli, ["runs", "list", str(tmp_path)])
    assert [r.split()[0] for r in listed.output.strip().splitlines()[1:]] == ["small", "tuned"]
    assert [r.name for r in list_runs(tmp_path)] == ["small", "tuned"]


def test_a_run_evaluates_from_another_working_directory(tmp_path: Path, monkeypatch):
    write_pairs_dataset(tmp_path / "work" / "base", n=4)
    monkeypatch.chdir(tmp_path / "work")
    run = train(_cfg(Path("base"), Path("runs"), name="rel"), progress=False).run_dir
    assert read_header(run).dataset == str(tmp_path / "work" / "base")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = CliRunner().invoke(
        cli, ["evaluate", str(tmp_path / "work" / run), "--out", str(elsewhere / "ev")]
    )
    assert result.exit_code == 0, result.output
    metrics, _, _ = evaluate(tmp_path / "work" / run, out=elsewhere / "ev2", progress=False)
    assert 0.0 <= metrics.miou <= 1.0


@pytest.mark.parametrize(
    ("key", "value"),
    [("model", 3), ("num_classes", "2"), ("num_classes", 0), ("num_classes", True),
     ("classes", [1, 2]), ("classes", "ab"), ("colors", "red"), ("ignore_index", True),
     ("ignore_index", 1.5), ("dataset", 5), ("channels", {"a": 1}), ("channels", []),
     ("options", []), ("parent", 5), ("step", None), ("settings", [])],
)  # fmt: skip
def test_every_header_field_is_type_checked(tmp_path: Path, key, value):
    run = _header(tmp_path, **{key: value})
    with pytest.raises(RunError, match=f"model.json: malformed header \\({key} = "):
        read_header(run)


def test_header_structure_errors(tmp_path: Path):
    run = _header(tmp_path, classes=["a", "b", "c"])
    with pytest.raises(RunError, match="malformed header \\(3 class names, num_classes 2\\)"):
        read_header(run)
    for text, message in [
        ("[1, 2]", "malformed header \\(not a JSON object\\)"),
        ('{"format_version": "two"}', "malformed header \\(format_version 'two'\\)"),
        ("{", "malformed header \\(Expecting"),
    ]:
        (run / "model.json").write_text(text)
        with pytest.raises(RunError, match=message):
            read_header(run)
    with pytest.raises(RunError, match="nowhere: not a run directory \\(no model.json\\)"):
        read_header(tmp_path / "nowhere")


def test_headers_round_trip_and_rebuild(tmp_path: Path):
    plan = {"classifier": {"in_channels": 8}, "decoder.3.0": {"out_channels": 8}}
    plan["decoder.3.1"] = {"num_features": 8}
    header = ModelHeader(
        "segnet_basic", 2, ["a", "b"], [[1, 2, 3], [4, 5, 6]], 7, dataset="/d", channels=plan,
        parent="/p", step="prune", settings={"ratio": 0.5},
    )  # fmt: skip
    run = create_run(tmp_path / "r", header, config={"ratio": 0.5, "criterion": "l1"})
    assert read_header(run) == header
    assert yaml.safe_load((run / "config.yaml").read_text()) == {"ratio": 0.5, "criterion": "l1"}
    assert header.build().classifier.weight.shape == (2, 8, 1, 1)
    assert header.build(5).classifier.weight.shape == (5, 8, 1, 1)
    assert json.loads(header.to_json())["format_version"] == "2.0"
    with pytest.raises(RunError, match="unknown step 'sharpen'; steps are train, finetune, prune"):
        create_run(tmp_path / "s", ModelHeader("enet", 1, ["a"], [], 255, step="sharpen"))
    assert not (tmp_path / "s").exists()


def test_weights_files_and_backends(tmp_path: Path):
    from leanseg.backends import OnnxBackend, TorchBackend
    from leanseg.export import write_onnx
    from leanseg.runs import find_header, locate_model, model_files, open_backend

    run = _header(tmp_path)
    wrapped = torch.nn.Module()
    wrapped.module = build_model("segnet_basic", 2)  # what DistributedDataParallel looks like
    save_weights(run, wrapped)
    model, _ = load_model(run)
    assert torch.equal(model.classifier.weight, wrapped.module.classifier.weight)
    assert model_files(run) == {"safetensors": run / "model.safetensors"}
    exports = run / "exports"
    exports.mkdir()
    write_onnx(model, torch.zeros(1, 3, 32, 32), exports / "m.onnx")
    assert locate_model(exports / "m.onnx") == (run, exports / "m.onnx")
    assert locate_model(run) == (run, run / "model.safetensors")
    backend, header = open_backend(exports / "m.onnx", threads=1)
    assert isinstance(backend, OnnxBackend) and header == find_header(run)
    assert backend.session.get_session_options().intra_op_num_threads == 1
    x = torch.randn(1, 3, 32, 32)
    torch.testing.assert_close(backend(x), TorchBackend(model)(x), rtol=1e-4, atol=1e-4)
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "m.onnx").write_bytes((exports / "m.onnx").read_bytes())
    assert open_backend(loose / "m.onnx")[1] is None and find_header(loose / "m.onnx") is None
    (run / "notes.txt").write_text("x")
    with pytest.raises(RunError, match="notes.txt: unknown model format; leanseg reads"):
        open_backend(run / "notes.txt")
    (run / "model.safetensors").unlink()
    with pytest.raises(RunError, match="model.safetensors: model file not found"):
        open_backend(run)
    shipped = "camvid-enet, camvid-enet-half, camvid-lraspp, camvid-segnet_basic, robocup-enet"
    with pytest.raises(RunError, match=f"camvid-unet: no such run directory or pretrained model "
                       f"\\({shipped}\\)"):  # fmt: skip
        load_model("camvid-unet")


def test_partial_weights_name_what_is_missing(tmp_path: Path):
    from leanseg.models import ModelError
    from leanseg.runs import load_state

    model = build_model("segnet_basic", 2)
    state = model.state_dict()
    partial = {k: v for k, v in state.items() if k != "classifier.bias"}
    with pytest.raises(
        ModelError, match="1 missing, 0 unexpected tensors; missing classifier.bias"
    ):
        load_state(model, partial, tmp_path / "w")
    extra = {**state, "extra.weight": torch.zeros(1)}
    with pytest.raises(
        ModelError, match="0 missing, 1 unexpected tensors; unexpected extra.weight"
    ):
        load_state(model, extra, tmp_path / "w")
    fresh = build_model("segnet_basic", 2)
    load_state(fresh, partial, tmp_path / "w", strict=False)
    assert torch.equal(fresh.classifier.weight, model.classifier.weight)


def test_of_processes_starting_one_run_name_together_exactly_one_gets_it(tmp_path):
    import threading

    from leanseg.runs import RunError, prepare_run_dir

    run_dir, barrier = tmp_path / "same", threading.Barrier(8)
    won, refused = [], []

    def start() -> None:
        barrier.wait()  # every thread checks before any creates, as far as the OS allows
        try:
            prepare_run_dir(run_dir, {})
            won.append(1)
        except RunError as err:
            refused.append(str(err))

    threads = [threading.Thread(target=start) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 1 and len(refused) == 7 and run_dir.is_dir()
    assert all("run of this name" in m for m in refused)
