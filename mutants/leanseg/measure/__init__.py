"""What a model costs: parameters, MACs, file sizes, latency, memory and estimated energy."""
