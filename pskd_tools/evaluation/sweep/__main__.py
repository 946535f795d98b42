"""`python -m pskd_tools.evaluation.sweep GRID.json ...`: the same as `pskd-sweep`."""
import sys

from .cli import main

if __name__ == "__main__":
    # the usage line would otherwise read "__main__.py"
    sys.exit(main(prog="python -m pskd_tools.evaluation.sweep"))
