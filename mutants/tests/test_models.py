"""One shared tester over every model in the registry, plus pretrained-encoder loading."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from leanseg.models import MODELS, ModelError, build_model
from leanseg.models.backbone import load_backbone_weights


def _params(model: torch.nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


@pytest.mark.parametrize("name", sorted(MODELS))
def test_parameter_count_matches_the_source_within_2_percent(name: str):
    entry = MODELS[name]
    count = _params(build_model(name, entry.ref_classes))
    assert abs(count - entry.ref_params) / entry.ref_params <= 0.02, (name, count)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(MODELS))
def test_forward_backward_at_odd_size_returns_logits_of_that_size(name: str):
    torch.manual_seed(0)
    model = build_model(name, 5).train()
    x = torch.randn(2, 3, 181, 243)
    logits = model(x)
    assert logits.shape == (2, 5, 181, 243)
    logits.square().mean().backward()
    grads = [p.grad for p in model.parameters() if p.requires_grad]
    assert all(g is not None for g in grads[:3]) and any(g.abs().sum() > 0 for g in grads)


def test_fcn_fc6_trains_like_a_plain_convolution():
    from leanseg.models.fcn import CpuTrainableConv2d

    torch.manual_seed(0)
    conv = CpuTrainableConv2d(8, 6, 7, padding=3)
    plain = torch.nn.Conv2d(8, 6, 7, padding=3)
    plain.load_state_dict(conv.state_dict())
    x = torch.randn(2, 8, 5, 9)
    y, ref = conv.train()(x), plain(x)  # im2col product vs. oneDNN's convolution
    torch.testing.assert_close(y, ref, rtol=1e-4, atol=1e-5)
    (y * ref.detach()).sum().backward()
    (ref * ref.detach()).sum().backward()
    torch.testing.assert_close(conv.weight.grad, plain.weight.grad, rtol=1e-4, atol=1e-4)
    torch.testing.assert_close(conv.bias.grad, plain.bias.grad, rtol=1e-4, atol=1e-4)
    with torch.no_grad():
        torch.testing.assert_close(conv.eval()(x), plain(x))


def test_unknown_model_lists_the_valid_names():
    with pytest.raises(ModelError, match="unknown model 'unet'; choose one of .*enet"):
        build_model("unet", 3)


def test_local_backbone_file_loads_into_the_encoder(tmp_path: Path):
    from torchvision.models import mobilenet_v3_large

    torch.manual_seed(1)
    state = mobilenet_v3_large().state_dict()
    path = tmp_path / "mnv3.safetensors"
    save_file({k: v.contiguous() for k, v in state.items()}, str(path))
    model = build_model("lraspp_mobilenet_v3_large", 4)
    assert load_backbone_weights(model, "lraspp_mobilenet_v3_large", str(path)) == len(state)
    loaded = model.model.backbone.state_dict()["0.0.weight"]
    assert torch.equal(loaded, state["features.0.0.weight"])
    pth = tmp_path / "mnv3.pth"
    torch.save(state, pth)
    other = build_model("deeplabv3_mobilenet_v3_large", 4)
    load_backbone_weights(other, "deeplabv3_mobilenet_v3_large", str(pth))
    assert torch.equal(
        other.model.backbone.state_dict()["0.0.weight"], state["features.0.0.weight"]
    )


def test_fcn_convolutionalizes_vgg_classifier_weights():
    fcn = build_model("fcn8s", 3)
    state = {k: torch.randn_like(v) for k, v in fcn.features.state_dict().items()}
    state = {f"features.{k}": v for k, v in state.items()}
    state["classifier.0.weight"] = torch.randn(4096, 512 * 7 * 7)
    state["classifier.0.bias"] = torch.randn(4096)
    state["classifier.3.weight"] = torch.randn(4096, 4096)
    state["classifier.3.bias"] = torch.randn(4096)
    assert fcn.load_backbone_state(state) == []
    assert torch.equal(fcn.fc6.weight[7, 3], state["classifier.0.weight"][7].reshape(512, 7, 7)[3])
    assert torch.equal(fcn.features[0].weight, state["features.0.weight"])


def test_bad_backbone_inputs_are_clear(tmp_path: Path):
    model = build_model("segnet_basic", 3)
    with pytest.raises(ModelError, match="has no pretrained encoder"):
        load_backbone_weights(model, "segnet_basic", "IMAGENET1K_V1")
    bad = tmp_path / "junk.pth"
    bad.write_bytes(b"not a checkpoint")
    with pytest.raises(ModelError, match="junk.pth: not a readable state dict"):
        load_backbone_weights(
            build_model("lraspp_mobilenet_v3_large", 3), "lraspp_mobilenet_v3_large", str(bad)
        )
    with pytest.raises(ModelError, match="NOPE: no such torchvision weights"):
        load_backbone_weights(build_model("fcn_resnet50", 3), "fcn_resnet50", "NOPE")
