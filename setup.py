from pathlib import Path

from setuptools import setup

version = {}
exec((Path(__file__).parent / "fairseq_pskd" / "version.py").read_text(), version)

setup(
    name="fairseq-pskd",
    version=version["__version__"],
    description="Progressive self-knowledge distillation (PS-KD) for fairseq translation",
    long_description=Path("README.md").read_text() if Path("README.md").exists() else "",
    long_description_content_type="text/markdown",
    python_requires=">=3.11",
    # the plugin (fairseq_pskd) and its tool subpackages (data, evaluation); see README "Layout"
    packages=["fairseq_pskd", "fairseq_pskd.data", "fairseq_pskd.evaluation"],
    # fairseq is deliberately not listed: every fairseq release that imports on Python 3.11 is
    # published under another distribution name (fairseq-fixed, ...), so listing "fairseq" would make
    # pip replace a user's working fairseq with 0.12.2, which does not import on 3.11.
    # fairseq_pskd checks the importable fairseq's version itself; scripts/setup.sh installs one.
    install_requires=[
        "torch>=2.6",
        "numpy>=2",
        "sacrebleu>=2.0",
        "sentencepiece>=0.1.99",
        "sacremoses>=0.1",
        "matplotlib>=3.7",
        "tqdm",
    ],
    # ruff: `.ci/run` lints with the .venv's ruff, so the test extra (what scripts/setup.sh installs)
    # brings it
    extras_require={"test": ["pytest>=7", "ruff>=0.6"]},
    # each tool's main(argv) -> int; `python -m fairseq_pskd.<subpackage>.<module>` works as well
    entry_points={
        "console_scripts": [
            "pskd-prepare = fairseq_pskd.data.prepare:main",
            "pskd-gettext-corpus = fairseq_pskd.data.gettext_corpus:main",
            "pskd-score = fairseq_pskd.evaluation.scoring:main",
            "pskd-calibrate = fairseq_pskd.evaluation.calibration:main",
            "pskd-compare = fairseq_pskd.evaluation.compare:main",
            "pskd-sweep = fairseq_pskd.evaluation.sweep:main",
            "pskd-store = fairseq_pskd.evaluation.inspect_store:main",
        ]
    },
)
