"""RoboCup@Work dataset creation: procedural scenes of the league's objects, or composites of
user photos, with exact masks."""

from leanseg.data.synth.objects import OBJECT_NAMES
from leanseg.data.synth.writer import SynthConfig, synthesize

__all__ = ["OBJECT_NAMES", "SynthConfig", "synthesize"]
