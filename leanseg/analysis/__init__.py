"""Trade-off analysis: sweeps over strategies and levels, Pareto fronts, budget fits."""
