"""`python -m experiments.sweep GRID.json ...` (from the repository root): the sweep's command line."""
import sys

from .cli import main

if __name__ == "__main__":
    # the usage line would otherwise read "__main__.py"
    sys.exit(main(prog="python -m experiments.sweep"))
