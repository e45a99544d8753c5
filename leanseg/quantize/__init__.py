"""Quantization: int8 models that deployed runtimes execute (post-training, in ONNX Runtime)."""
