"""leanseg's torch-free runner: a deployment bundle in, masks and overlays out.

Needs only numpy, Pillow and onnxruntime, so a robot runs a 150 KB model without PyTorch's 2 GB.
`leanseg deploy` copies this package into every bundle it writes; the same code is importable
from an installed leanseg.

    >>> from leanseg_runtime import load_bundle
    >>> bundle = load_bundle("bundle/")
    >>> mask = bundle.predict(rgb)          # (H, W) uint8 class ids
    >>> picture = bundle.overlay(rgb, mask)  # (H, W, 3) uint8
"""

from leanseg_runtime.bundle import BUNDLE_FILE, Bundle, BundleError, load_bundle

__all__ = ["BUNDLE_FILE", "Bundle", "BundleError", "load_bundle"]
