"""This repository's experiments: grids of fairseq-train runs and their results (``experiments/``),
and the sweep that runs them (``experiments.sweep``: ``python -m experiments.sweep GRID.json`` from
the repository root; ``experiments/README.md``). Not part of the wheel: the shipped packages
(``fairseq_pskd``, ``pskd_tools``) never import it."""
