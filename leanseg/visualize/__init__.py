"""What a network learned and what compression changed: filters, feature maps, occlusion
sensitivity and Zeiler-Fergus deconvnet projections (`leanseg visualize`)."""
