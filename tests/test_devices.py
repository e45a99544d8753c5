"""The device a command runs on, and tensors that gradient hooks carry to the device the model
trains on."""

import pytest
import torch

from leanseg.devices import DeviceError, follow_device, resolve_device


def test_follow_device_gives_the_tensor_itself_on_its_own_device():
    mask = torch.tensor([1.0, 0.0, 1.0])
    on = follow_device(mask)
    assert on(torch.device("cpu")) is mask


def test_follow_device_copies_once_per_other_device():
    mask = torch.tensor([1.0, 0.0, 1.0])
    on = follow_device(mask)
    meta = on(torch.device("meta"))  # any other device: a model moved to a GPU asks for this
    assert meta.device.type == "meta" and meta.shape == mask.shape
    assert on(torch.device("meta")) is meta


def test_resolve_device_checks_what_the_machine_has(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert resolve_device("auto") == "cpu" and resolve_device("cpu") == "cpu"
    with pytest.raises(DeviceError, match="device cuda: PyTorch sees no GPU"):
        resolve_device("cuda")
    with pytest.raises(DeviceError, match="choose auto, cpu, cuda or cuda:N"):
        resolve_device("gpu")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    assert resolve_device("auto") == "cuda" and resolve_device("cuda:0") == "cuda:0"
    with pytest.raises(DeviceError, match="has 1 GPU"):
        resolve_device("cuda:1")
