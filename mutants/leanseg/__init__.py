"""leanseg: make semantic segmentation networks small and fast, and show what each saving cost."""

__version__ = "0.1.0"
