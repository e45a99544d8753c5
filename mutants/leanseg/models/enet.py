"""ENet: Paszke, Chaurasia, Kim, Culurciello, "ENet: A Deep Neural Network Architecture for
Real-Time Semantic Segmentation", arXiv:1606.02147 (2016).

Initial block (3x3 stride-2 conv concatenated with max pooling), five stages of bottlenecks:
regular, dilated and asymmetric (5x1 then 1x5) convolutions, PReLU in the encoder and ReLU in the
decoder, spatial dropout (0.01 in stage 1, 0.1 after), downsampling with stored max-pooling
indices and upsampling by max-unpooling with them, and a final 2x2 transposed convolution.
Bias terms and the 3x3 transposed convolutions in the upsampling bottlenecks follow the authors'
Torch code (e-lab/ENet-training), which trains CamVid with the void class as a 12th output:
0.363 M parameters there (the paper rounds to 0.37 M).
"""

from __future__ import annotations

import torch
from torch import nn

from leanseg.models.common import pad_to_multiple
from leanseg.models.registry import register


def _act(relu: bool, channels: int) -> nn.Module:
    return nn.ReLU() if relu else nn.PReLU(channels)


class InitialBlock(nn.Module):
    def __init__(self, out_channels: int = 16):
        super().__init__()
        self.conv = nn.Conv2d(3, out_channels - 3, 3, stride=2, padding=1)
        self.pool = nn.MaxPool2d(3, stride=2, padding=1)
        self.bn = nn.BatchNorm2d(out_channels)
        self.act = nn.PReLU(out_channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act(self.bn(torch.cat([self.conv(x), self.pool(x)], dim=1)))


class Bottleneck(nn.Module):
    """Regular, dilated or asymmetric bottleneck with a residual identity branch."""

    def __init__(
        self,
        channels: int,
        dilation: int = 1,
        asymmetric: bool = False,
        dropout: float = 0.1,
        relu: bool = False,
    ):
        super().__init__()
        mid = channels // 4
        if asymmetric:
            main = [
                nn.Conv2d(mid, mid, (5, 1), padding=(2, 0), bias=False),
                nn.Conv2d(mid, mid, (1, 5), padding=(0, 2)),
            ]
        else:
            main = [nn.Conv2d(mid, mid, 3, padding=dilation, dilation=dilation)]
        self.ext = nn.Sequential(
            nn.Conv2d(channels, mid, 1, bias=False),
            nn.BatchNorm2d(mid),
            _act(relu, mid),
            *main,
            nn.BatchNorm2d(mid),
            _act(relu, mid),
            nn.Conv2d(mid, channels, 1, bias=False),
            nn.BatchNorm2d(channels),
            _act(relu, channels),
            nn.Dropout2d(dropout),
        )
        self.out = _act(relu, channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(x + self.ext(x))


class DownsamplingBottleneck(nn.Module):
    """Halves the resolution; the identity branch max-pools (keeping indices) and zero-pads
    channels, the other branch starts with a 2x2 stride-2 convolution."""

    def __init__(self, in_channels: int, out_channels: int, dropout: float):
        super().__init__()
        mid = in_channels // 4
        self.pool = nn.MaxPool2d(2, stride=2, return_indices=True)
        self.ext = nn.Sequential(
            nn.Conv2d(in_channels, mid, 2, stride=2, bias=False),
            nn.BatchNorm2d(mid),
            nn.PReLU(mid),
            nn.Conv2d(mid, mid, 3, padding=1),
            nn.BatchNorm2d(mid),
            nn.PReLU(mid),
            nn.Conv2d(mid, out_channels, 1, bias=False),
            nn.BatchNorm2d(out_channels),
            nn.PReLU(out_channels),
            nn.Dropout2d(dropout),
        )
        self.out = nn.PReLU(out_channels)

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        main, indices = self.pool(x)
        ext = self.ext(x)
        b, c, h, w = main.shape
        # The padding width follows the tensors, not the constructor, so pruned widths rebuild.
        pad = main.new_zeros(b, ext.shape[1] - c, h, w)
        main = torch.cat([main, pad], dim=1)  # (B, out, H/2, W/2)
        return self.out(main + ext), indices


class UpsamplingBottleneck(nn.Module):
    """Doubles the resolution; the identity branch max-unpools with the encoder's indices."""

    def __init__(self, in_channels: int, out_channels: int, dropout: float = 0.1):
        super().__init__()
        mid = in_channels // 4
        self.main_conv = nn.Sequential(
            nn.Conv2d(in_channels, out_channels, 1, bias=False), nn.BatchNorm2d(out_channels)
        )
        self.unpool = nn.MaxUnpool2d(2)
        self.ext = nn.Sequential(
            nn.Conv2d(in_channels, mid, 1, bias=False),
            nn.BatchNorm2d(mid),
            nn.ReLU(),
            nn.ConvTranspose2d(mid, mid, 3, stride=2, padding=1, output_padding=1),
            nn.BatchNorm2d(mid),
            nn.ReLU(),
            nn.Conv2d(mid, out_channels, 1, bias=False),
            nn.BatchNorm2d(out_channels),
            nn.ReLU(),
            nn.Dropout2d(dropout),
        )
        self.out = nn.ReLU()

    def forward(self, x: torch.Tensor, indices: torch.Tensor) -> torch.Tensor:
        main = self.unpool(self.main_conv(x), indices)
        return self.out(main + self.ext(x))


def _stage(channels: int, relu: bool = False) -> list[nn.Module]:
    """Stages 2 and 3 after their first block: regular, dilated 2, asymmetric 5, dilated 4,
    regular, dilated 8, asymmetric 5, dilated 16."""
    plan = [
        (1, False),
        (2, False),
        (1, True),
        (4, False),
        (1, False),
        (8, False),
        (1, True),
        (16, False),
    ]
    return [Bottleneck(channels, d, a, 0.1, relu) for d, a in plan]


class ENet(nn.Module):
    def __init__(self, num_classes: int):
        super().__init__()
        self.initial = InitialBlock(16)
        self.down1 = DownsamplingBottleneck(16, 64, dropout=0.01)
        self.stage1 = nn.Sequential(*[Bottleneck(64, dropout=0.01) for _ in range(4)])
        self.down2 = DownsamplingBottleneck(64, 128, dropout=0.1)
        self.stage2 = nn.Sequential(*_stage(128))
        self.stage3 = nn.Sequential(*_stage(128))
        self.up4 = UpsamplingBottleneck(128, 64)
        self.stage4 = nn.Sequential(*[Bottleneck(64, relu=True) for _ in range(2)])
        self.up5 = UpsamplingBottleneck(64, 16)
        self.stage5 = Bottleneck(16, relu=True)
        self.fullconv = nn.ConvTranspose2d(16, num_classes, 2, stride=2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h, w = x.shape[-2:]
        x = self.initial(pad_to_multiple(x, 8))  # (B, 16, H/2, W/2)
        x, idx1 = self.down1(x)  # (B, 64, H/4, W/4)
        x = self.stage1(x)
        x, idx2 = self.down2(x)  # (B, 128, H/8, W/8)
        x = self.stage3(self.stage2(x))
        x = self.stage4(self.up4(x, idx2))  # (B, 64, H/4, W/4)
        x = self.stage5(self.up5(x, idx1))  # (B, 16, H/2, W/2)
        return self.fullconv(x)[..., :h, :w]


@register("enet", "Paszke et al. 2016, arXiv:1606.02147", ref_params=0.37e6, ref_classes=12)
def enet(num_classes: int) -> nn.Module:
    return ENet(num_classes)
