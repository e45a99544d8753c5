"""FCN: Long, Shelhamer, Darrell, "Fully Convolutional Networks for Semantic Segmentation",
CVPR 2015, arXiv:1411.4038. VGG16 backbone with fc6/fc7 turned into 7x7 and 1x1 convolutions.

FCN-32s upsamples the stride-32 scores by fixed bilinear interpolation; FCN-16s adds scores
from pool4 after a learnable 2x upsampling (initialised bilinear), FCN-8s adds pool3 as well.
Skip score layers start at zero, as in the paper. About 134 M parameters.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from leanseg.models.common import bilinear_kernel, pad_to_multiple
from leanseg.models.registry import register

VGG16 = [64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M"]


def vgg16_features() -> nn.Sequential:
    """torchvision's `vgg16().features` layout, so its ImageNet weights load by key."""
    layers: list[nn.Module] = []
    cin = 3
    for v in VGG16:
        if v == "M":
            layers.append(nn.MaxPool2d(2, stride=2))
        else:
            layers += [nn.Conv2d(cin, v, 3, padding=1), nn.ReLU(inplace=True)]
            cin = v
    return nn.Sequential(*layers)


class CpuTrainableConv2d(nn.Conv2d):
    """A Conv2d that trains through an im2col matrix product on the CPU.

    oneDNN's weight-gradient kernel for fc6 (7x7, 512 -> 4096 on a map of a few cells) takes
    over a minute per step on CPU, the matrix product about a second; inference and GPUs keep
    the plain convolution, so weights and exported graphs are unchanged.
    """

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not (self.training and x.device.type == "cpu"):
            return super().forward(x)
        b, _, h, w = x.shape
        cols = F.unfold(x, self.kernel_size, padding=self.padding)  # (B, Cin*k*k, H*W)
        y = self.weight.flatten(1) @ cols + self.bias[:, None]  # (B, Cout, H*W)
        return y.view(b, -1, h, w)


POOL3, POOL4 = 16, 23  # indices of the 3rd and 4th max pooling in vgg16_features()


class FCN(nn.Module):
    def __init__(self, num_classes: int, stride: int):
        super().__init__()
        self.stride = stride  # 32, 16 or 8
        self.features = vgg16_features()
        self.fc6 = CpuTrainableConv2d(512, 4096, 7, padding=3)
        self.fc7 = nn.Conv2d(4096, 4096, 1)
        self.drop = nn.Dropout2d(0.5)
        self.score_fr = nn.Conv2d(4096, num_classes, 1)
        if stride <= 16:
            self.score_pool4 = _zero_conv(512, num_classes)
            self.up2 = _bilinear_up(num_classes)
        if stride == 8:
            self.score_pool3 = _zero_conv(256, num_classes)
            self.up2_pool4 = _bilinear_up(num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h, w = x.shape[-2:]
        x = pad_to_multiple(x, 32)
        pools = {}
        for i, layer in enumerate(self.features):
            x = layer(x)
            if i in (POOL3, POOL4):
                pools[i] = x
        x = self.drop(F.relu(self.fc6(x)))
        x = self.drop(F.relu(self.fc7(x)))
        score = self.score_fr(x)  # (B, C, H/32, W/32)
        if self.stride <= 16:
            score = self.up2(score) + self.score_pool4(pools[POOL4])  # (B, C, H/16, W/16)
        if self.stride == 8:
            score = self.up2_pool4(score) + self.score_pool3(pools[POOL3])  # (B, C, H/8, W/8)
        out = F.interpolate(score, scale_factor=self.stride, mode="bilinear", align_corners=False)
        return out[..., :h, :w]

    def load_backbone_state(self, state: dict[str, torch.Tensor]) -> list[str]:
        """Load torchvision `vgg16` weights: conv layers by key, fc6/fc7 from the classifier's
        first two linear layers reshaped into convolutions (the paper's "convolutionalization").
        Returns the keys not found."""
        own = {k: v for k, v in state.items() if k.startswith("features.")}
        if "classifier.0.weight" in state:
            own["fc6.weight"] = state["classifier.0.weight"].reshape(4096, 512, 7, 7)
            own["fc6.bias"] = state["classifier.0.bias"]
        if "classifier.3.weight" in state:
            own["fc7.weight"] = state["classifier.3.weight"].reshape(4096, 4096, 1, 1)
            own["fc7.bias"] = state["classifier.3.bias"]
        wanted = [f"features.{k}" for k in self.features.state_dict()]
        wanted += ["fc6.weight", "fc6.bias", "fc7.weight", "fc7.bias"]
        self.load_state_dict(own, strict=False)
        return [k for k in wanted if k not in own]


def _zero_conv(cin: int, cout: int) -> nn.Conv2d:
    conv = nn.Conv2d(cin, cout, 1)
    nn.init.zeros_(conv.weight)
    nn.init.zeros_(conv.bias)
    return conv


def _bilinear_up(channels: int) -> nn.ConvTranspose2d:
    up = nn.ConvTranspose2d(channels, channels, 4, stride=2, padding=1, bias=False)
    with torch.no_grad():
        up.weight.copy_(bilinear_kernel(channels, 4))
    return up


PAPER = "Long et al. 2015, arXiv:1411.4038"


@register("fcn32s", PAPER, 134e6, 21, backbone="vgg16")
def fcn32s(num_classes: int) -> nn.Module:
    return FCN(num_classes, 32)


@register("fcn16s", PAPER, 134e6, 21, backbone="vgg16")
def fcn16s(num_classes: int) -> nn.Module:
    return FCN(num_classes, 16)


@register("fcn8s", PAPER, 134e6, 21, backbone="vgg16")
def fcn8s(num_classes: int) -> nn.Module:
    return FCN(num_classes, 8)
