"""Tensors that gradient hooks carry to the device the model trains on."""

import torch

from leanseg.devices import follow_device


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
