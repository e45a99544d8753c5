"""Datasets: descriptors, formats, transforms, checks and synthetic RoboCup@Work scenes."""

from leanseg.data.dataset import SegmentationDataset
from leanseg.data.spec import DatasetError, DatasetSpec, load_spec

__all__ = ["DatasetError", "DatasetSpec", "SegmentationDataset", "load_spec"]
