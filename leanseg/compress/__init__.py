"""Deep Compression's last two stages: weight sharing (k-means) and entropy coding (`.lsz`)."""
