"""SegNet: Badrinarayanan, Kendall, Cipolla, "SegNet: A Deep Convolutional Encoder-Decoder
Architecture for Image Segmentation", TPAMI 2017, arXiv:1511.00561.

`segnet`: the 13 convolutional layers of VGG16 (with batch norm) as encoder, max-pooling indices
passed to a mirrored decoder that upsamples by max-unpooling; about 29.4 M parameters.
`segnet_basic`: the paper's 4-encoder, 4-decoder network with 64 7x7 filters per layer, no ReLU
in the decoder, and a 1x1 classifier; about 1.425 M parameters.
"""

from __future__ import annotations

import torch
from torch import nn

from leanseg.models.common import pad_to_multiple
from leanseg.models.registry import register

VGG16 = [64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M"]


def _conv_bn_relu(cin: int, cout: int, k: int = 3, relu: bool = True) -> list[nn.Module]:
    layers: list[nn.Module] = [nn.Conv2d(cin, cout, k, padding=k // 2), nn.BatchNorm2d(cout)]
    return layers + [nn.ReLU(inplace=True)] if relu else layers


def vgg16_bn_features() -> nn.Sequential:
    """torchvision's `vgg16_bn().features` layout (same indices, so its weights load), with
    pooling that returns indices."""
    layers: list[nn.Module] = []
    cin = 3
    for v in VGG16:
        if v == "M":
            layers.append(nn.MaxPool2d(2, stride=2, return_indices=True))
        else:
            layers += _conv_bn_relu(cin, v)
            cin = v
    return nn.Sequential(*layers)


class SegNet(nn.Module):
    def __init__(self, num_classes: int):
        super().__init__()
        self.features = vgg16_bn_features()
        # Decoder stages mirror encoder stages 5..1: (in, out) channels of each conv.
        plan = [
            [(512, 512), (512, 512), (512, 512)],
            [(512, 512), (512, 512), (512, 256)],
            [(256, 256), (256, 256), (256, 128)],
            [(128, 128), (128, 64)],
            [(64, 64)],
        ]
        self.decoder = nn.ModuleList(
            nn.Sequential(*[m for cin, cout in stage for m in _conv_bn_relu(cin, cout)])
            for stage in plan
        )
        self.classifier = nn.Conv2d(64, num_classes, 3, padding=1)
        self.unpool = nn.MaxUnpool2d(2, stride=2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h, w = x.shape[-2:]
        x = pad_to_multiple(x, 32)
        indices = []
        for layer in self.features:
            if isinstance(layer, nn.MaxPool2d):
                x, idx = layer(x)
                indices.append(idx)
            else:
                x = layer(x)
        for stage, idx in zip(self.decoder, reversed(indices), strict=True):
            x = stage(self.unpool(x, idx))
        return self.classifier(x)[..., :h, :w]

    def load_backbone_state(self, state: dict[str, torch.Tensor]) -> list[str]:
        """Load torchvision `vgg16_bn` weights into the encoder; return the keys not found."""
        own = {k: v for k, v in state.items() if k.startswith("features.")}
        missing = [k for k in self.features.state_dict() if f"features.{k}" not in own]
        self.load_state_dict(own, strict=False)
        return missing


class SegNetBasic(nn.Module):
    def __init__(self, num_classes: int, width: int = 64):
        super().__init__()
        chans = [3, width, width, width, width]
        self.encoder = nn.ModuleList(
            nn.Sequential(*_conv_bn_relu(chans[i], chans[i + 1], 7)) for i in range(4)
        )
        self.decoder = nn.ModuleList(
            nn.Sequential(*_conv_bn_relu(width, width, 7, relu=False)) for _ in range(4)
        )
        self.pool = nn.MaxPool2d(2, stride=2, return_indices=True)
        self.unpool = nn.MaxUnpool2d(2, stride=2)
        self.classifier = nn.Conv2d(width, num_classes, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h, w = x.shape[-2:]
        x = pad_to_multiple(x, 16)
        indices = []
        for enc in self.encoder:
            x, idx = self.pool(enc(x))
            indices.append(idx)
        for dec, idx in zip(self.decoder, reversed(indices), strict=True):
            x = dec(self.unpool(x, idx))
        return self.classifier(x)[..., :h, :w]


@register("segnet", "Badrinarayanan et al. 2017, arXiv:1511.00561", 29.4e6, 11, backbone="vgg16_bn")
def segnet(num_classes: int) -> nn.Module:
    return SegNet(num_classes)


@register(
    "segnet_basic", "Badrinarayanan et al. 2017, arXiv:1511.00561 (SegNet-Basic)", 1.425e6, 11
)
def segnet_basic(num_classes: int) -> nn.Module:
    return SegNetBasic(num_classes)
