"""Energy per frame from data movement, in the style of Yang, Chen and Sze, "Designing
Energy-Efficient Convolutional Neural Networks using Energy-Aware Pruning" (CVPR 2017), and
Sze, Chen, Yang, Emer, "Efficient Processing of Deep Neural Networks: A Tutorial and Survey"
(Proc. IEEE 2017).

Energy = MACs x e_mac + sum over memory levels of accesses x e_level. The relative costs are
those of the survey's Fig. 19 for a 65 nm accelerator (Eyeriss), normalised to one MAC:
register file 1x, inter-PE array 2x, global buffer 6x, DRAM 200x. Accesses follow a simplified
row-stationary mapping on a `pe_rows x pe_cols` array (Chen et al., ISCA 2016), per layer:

    RF     = 4 x effective MACs        (read weight, input and partial sum; write partial sum)
    array  = I*t_out*k_h + O*t_in*k_h + W_nz   (inputs multicast diagonally, partial sums passed
                                                vertically across k_h filter rows, weights once)
    buffer = W_nz + I*t_out + 2*O*t_in  (inputs re-read per output-channel tile, partial sums
                                         written and read back per input-channel tile)
    DRAM   = W_nz + I + O               (each value crosses DRAM once when a layer fits)

with I, O, W_nz the input, output and non-zero weight element counts, t_out = ceil(C_out /
pe_cols) and t_in = ceil(C_in / pe_rows). Zero weights are skipped, as Yang et al. assume.
This is an estimate for comparing models and compression steps, not a simulator; override the
constants to model another device.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from leanseg.measure.macs import LayerCost


@dataclass(frozen=True)
class EnergyConstants:
    mac: float = 1.0  # one multiply-accumulate
    rf: float = 1.0  # register file access
    array: float = 2.0  # inter-PE transfer
    buffer: float = 6.0  # global buffer access
    dram: float = 200.0  # off-chip DRAM access
    pe_rows: int = 12  # Eyeriss array
    pe_cols: int = 14
    mac_pj: float = 4.6  # joules scale: fp32 multiply + add at 45 nm (Horowitz, ISSCC 2014)


@dataclass(frozen=True)
class LayerEnergy:
    name: str
    macs: int
    rf: int
    array: int
    buffer: int
    dram: int
    energy: float  # in MAC units

    def to_dict(self) -> dict:
        return asdict(self)


def layer_energy(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def model_energy(
    costs: list[LayerCost], c: EnergyConstants = EnergyConstants()
) -> tuple[float, list[LayerEnergy]]:
    """Total energy in MAC units and each layer's breakdown."""
    layers = [layer_energy(cost, c) for cost in costs]
    return sum(layer.energy for layer in layers), layers


def to_millijoules(units: float, c: EnergyConstants = EnergyConstants()) -> float:
    return units * c.mac_pj * 1e-9
