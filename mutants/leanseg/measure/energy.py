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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_xǁLayerEnergyǁto_dict__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class LayerEnergy:
    name: str
    macs: int
    rf: int
    array: int
    buffer: int
    dram: int
    energy: float  # in MAC units

    @_mutmut_mutated(mutants_xǁLayerEnergyǁto_dict__mutmut)
    def to_dict(self) -> dict:
        return asdict(self)

    def xǁLayerEnergyǁto_dict__mutmut_orig(self) -> dict:
        return asdict(self)

    def xǁLayerEnergyǁto_dict__mutmut_1(self) -> dict:
        return asdict(None)

mutants_xǁLayerEnergyǁto_dict__mutmut['_mutmut_orig'] = LayerEnergy.xǁLayerEnergyǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLayerEnergyǁto_dict__mutmut['xǁLayerEnergyǁto_dict__mutmut_1'] = LayerEnergy.xǁLayerEnergyǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_layer_energy__mutmut)
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


def x_layer_energy__mutmut_orig(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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


def x_layer_energy__mutmut_1(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = None
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


def x_layer_energy__mutmut_2(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = None
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_3(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = None
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_4(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = None
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_5(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(None)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_6(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels * c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_7(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = None
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_8(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(None)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_9(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels * c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_10(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = None
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_11(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 / m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_12(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 5 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_13(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = None
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_14(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h - w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_15(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h - o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_16(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out / cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_17(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i / t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_18(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in / cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_19(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o / t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_20(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = None
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_21(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out - 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_22(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w - i * t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_23(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i / t_out + 2 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_24(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o / t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_25(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 / o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_26(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 3 * o * t_in
    dram = w + i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_27(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = None
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_28(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w + i - o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_29(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
    """Accesses per level and the weighted total for one layer."""
    m = cost.effective_macs
    w = cost.nonzero_weights
    i, o = cost.input_elements, cost.output_elements
    t_out = math.ceil(cost.out_channels / c.pe_cols)
    t_in = math.ceil(cost.in_channels / c.pe_rows)
    rf = 4 * m
    array = i * t_out * cost.kernel_h + o * t_in * cost.kernel_h + w
    buffer = w + i * t_out + 2 * o * t_in
    dram = w - i + o
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_30(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    energy = None
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_31(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer - dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_32(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    energy = m * c.mac + rf * c.rf + array * c.array - buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_33(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    energy = m * c.mac + rf * c.rf - array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_34(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    energy = m * c.mac - rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_35(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    energy = m / c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_36(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    energy = m * c.mac + rf / c.rf + array * c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_37(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    energy = m * c.mac + rf * c.rf + array / c.array + buffer * c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_38(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    energy = m * c.mac + rf * c.rf + array * c.array + buffer / c.buffer + dram * c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_39(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    energy = m * c.mac + rf * c.rf + array * c.array + buffer * c.buffer + dram / c.dram
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_40(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(None, m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_41(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(cost.name, None, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_42(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(cost.name, m, None, array, buffer, dram, energy)


def x_layer_energy__mutmut_43(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(cost.name, m, rf, None, buffer, dram, energy)


def x_layer_energy__mutmut_44(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(cost.name, m, rf, array, None, dram, energy)


def x_layer_energy__mutmut_45(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(cost.name, m, rf, array, buffer, None, energy)


def x_layer_energy__mutmut_46(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, None)


def x_layer_energy__mutmut_47(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(m, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_48(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(cost.name, rf, array, buffer, dram, energy)


def x_layer_energy__mutmut_49(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(cost.name, m, array, buffer, dram, energy)


def x_layer_energy__mutmut_50(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(cost.name, m, rf, buffer, dram, energy)


def x_layer_energy__mutmut_51(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(cost.name, m, rf, array, dram, energy)


def x_layer_energy__mutmut_52(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(cost.name, m, rf, array, buffer, energy)


def x_layer_energy__mutmut_53(cost: LayerCost, c: EnergyConstants = EnergyConstants()) -> LayerEnergy:
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
    return LayerEnergy(cost.name, m, rf, array, buffer, dram, )

mutants_x_layer_energy__mutmut['_mutmut_orig'] = x_layer_energy__mutmut_orig # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_1'] = x_layer_energy__mutmut_1 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_2'] = x_layer_energy__mutmut_2 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_3'] = x_layer_energy__mutmut_3 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_4'] = x_layer_energy__mutmut_4 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_5'] = x_layer_energy__mutmut_5 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_6'] = x_layer_energy__mutmut_6 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_7'] = x_layer_energy__mutmut_7 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_8'] = x_layer_energy__mutmut_8 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_9'] = x_layer_energy__mutmut_9 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_10'] = x_layer_energy__mutmut_10 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_11'] = x_layer_energy__mutmut_11 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_12'] = x_layer_energy__mutmut_12 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_13'] = x_layer_energy__mutmut_13 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_14'] = x_layer_energy__mutmut_14 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_15'] = x_layer_energy__mutmut_15 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_16'] = x_layer_energy__mutmut_16 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_17'] = x_layer_energy__mutmut_17 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_18'] = x_layer_energy__mutmut_18 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_19'] = x_layer_energy__mutmut_19 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_20'] = x_layer_energy__mutmut_20 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_21'] = x_layer_energy__mutmut_21 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_22'] = x_layer_energy__mutmut_22 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_23'] = x_layer_energy__mutmut_23 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_24'] = x_layer_energy__mutmut_24 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_25'] = x_layer_energy__mutmut_25 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_26'] = x_layer_energy__mutmut_26 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_27'] = x_layer_energy__mutmut_27 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_28'] = x_layer_energy__mutmut_28 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_29'] = x_layer_energy__mutmut_29 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_30'] = x_layer_energy__mutmut_30 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_31'] = x_layer_energy__mutmut_31 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_32'] = x_layer_energy__mutmut_32 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_33'] = x_layer_energy__mutmut_33 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_34'] = x_layer_energy__mutmut_34 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_35'] = x_layer_energy__mutmut_35 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_36'] = x_layer_energy__mutmut_36 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_37'] = x_layer_energy__mutmut_37 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_38'] = x_layer_energy__mutmut_38 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_39'] = x_layer_energy__mutmut_39 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_40'] = x_layer_energy__mutmut_40 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_41'] = x_layer_energy__mutmut_41 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_42'] = x_layer_energy__mutmut_42 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_43'] = x_layer_energy__mutmut_43 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_44'] = x_layer_energy__mutmut_44 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_45'] = x_layer_energy__mutmut_45 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_46'] = x_layer_energy__mutmut_46 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_47'] = x_layer_energy__mutmut_47 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_48'] = x_layer_energy__mutmut_48 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_49'] = x_layer_energy__mutmut_49 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_50'] = x_layer_energy__mutmut_50 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_51'] = x_layer_energy__mutmut_51 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_52'] = x_layer_energy__mutmut_52 # type: ignore # mutmut generated
mutants_x_layer_energy__mutmut['x_layer_energy__mutmut_53'] = x_layer_energy__mutmut_53 # type: ignore # mutmut generated
mutants_x_model_energy__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_model_energy__mutmut)
def model_energy(
    costs: list[LayerCost], c: EnergyConstants = EnergyConstants()
) -> tuple[float, list[LayerEnergy]]:
    """Total energy in MAC units and each layer's breakdown."""
    layers = [layer_energy(cost, c) for cost in costs]
    return sum(layer.energy for layer in layers), layers


def x_model_energy__mutmut_orig(
    costs: list[LayerCost], c: EnergyConstants = EnergyConstants()
) -> tuple[float, list[LayerEnergy]]:
    """Total energy in MAC units and each layer's breakdown."""
    layers = [layer_energy(cost, c) for cost in costs]
    return sum(layer.energy for layer in layers), layers


def x_model_energy__mutmut_1(
    costs: list[LayerCost], c: EnergyConstants = EnergyConstants()
) -> tuple[float, list[LayerEnergy]]:
    """Total energy in MAC units and each layer's breakdown."""
    layers = None
    return sum(layer.energy for layer in layers), layers


def x_model_energy__mutmut_2(
    costs: list[LayerCost], c: EnergyConstants = EnergyConstants()
) -> tuple[float, list[LayerEnergy]]:
    """Total energy in MAC units and each layer's breakdown."""
    layers = [layer_energy(None, c) for cost in costs]
    return sum(layer.energy for layer in layers), layers


def x_model_energy__mutmut_3(
    costs: list[LayerCost], c: EnergyConstants = EnergyConstants()
) -> tuple[float, list[LayerEnergy]]:
    """Total energy in MAC units and each layer's breakdown."""
    layers = [layer_energy(cost, None) for cost in costs]
    return sum(layer.energy for layer in layers), layers


def x_model_energy__mutmut_4(
    costs: list[LayerCost], c: EnergyConstants = EnergyConstants()
) -> tuple[float, list[LayerEnergy]]:
    """Total energy in MAC units and each layer's breakdown."""
    layers = [layer_energy(c) for cost in costs]
    return sum(layer.energy for layer in layers), layers


def x_model_energy__mutmut_5(
    costs: list[LayerCost], c: EnergyConstants = EnergyConstants()
) -> tuple[float, list[LayerEnergy]]:
    """Total energy in MAC units and each layer's breakdown."""
    layers = [layer_energy(cost, ) for cost in costs]
    return sum(layer.energy for layer in layers), layers


def x_model_energy__mutmut_6(
    costs: list[LayerCost], c: EnergyConstants = EnergyConstants()
) -> tuple[float, list[LayerEnergy]]:
    """Total energy in MAC units and each layer's breakdown."""
    layers = [layer_energy(cost, c) for cost in costs]
    return sum(None), layers

mutants_x_model_energy__mutmut['_mutmut_orig'] = x_model_energy__mutmut_orig # type: ignore # mutmut generated
mutants_x_model_energy__mutmut['x_model_energy__mutmut_1'] = x_model_energy__mutmut_1 # type: ignore # mutmut generated
mutants_x_model_energy__mutmut['x_model_energy__mutmut_2'] = x_model_energy__mutmut_2 # type: ignore # mutmut generated
mutants_x_model_energy__mutmut['x_model_energy__mutmut_3'] = x_model_energy__mutmut_3 # type: ignore # mutmut generated
mutants_x_model_energy__mutmut['x_model_energy__mutmut_4'] = x_model_energy__mutmut_4 # type: ignore # mutmut generated
mutants_x_model_energy__mutmut['x_model_energy__mutmut_5'] = x_model_energy__mutmut_5 # type: ignore # mutmut generated
mutants_x_model_energy__mutmut['x_model_energy__mutmut_6'] = x_model_energy__mutmut_6 # type: ignore # mutmut generated
mutants_x_to_millijoules__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_to_millijoules__mutmut)
def to_millijoules(units: float, c: EnergyConstants = EnergyConstants()) -> float:
    return units * c.mac_pj * 1e-9


def x_to_millijoules__mutmut_orig(units: float, c: EnergyConstants = EnergyConstants()) -> float:
    return units * c.mac_pj * 1e-9


def x_to_millijoules__mutmut_1(units: float, c: EnergyConstants = EnergyConstants()) -> float:
    return units * c.mac_pj / 1e-9


def x_to_millijoules__mutmut_2(units: float, c: EnergyConstants = EnergyConstants()) -> float:
    return units / c.mac_pj * 1e-9


def x_to_millijoules__mutmut_3(units: float, c: EnergyConstants = EnergyConstants()) -> float:
    return units * c.mac_pj * 1.000000001

mutants_x_to_millijoules__mutmut['_mutmut_orig'] = x_to_millijoules__mutmut_orig # type: ignore # mutmut generated
mutants_x_to_millijoules__mutmut['x_to_millijoules__mutmut_1'] = x_to_millijoules__mutmut_1 # type: ignore # mutmut generated
mutants_x_to_millijoules__mutmut['x_to_millijoules__mutmut_2'] = x_to_millijoules__mutmut_2 # type: ignore # mutmut generated
mutants_x_to_millijoules__mutmut['x_to_millijoules__mutmut_3'] = x_to_millijoules__mutmut_3 # type: ignore # mutmut generated
