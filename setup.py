"""A shim over pyproject.toml, which declares everything (metadata, packages, console scripts), for
the tools that still call setup.py: `pip install -e .` with a pip or setuptools too old for
editable installs from pyproject.toml alone (PEP 660), and `python setup.py develop`."""

from setuptools import setup

setup()
