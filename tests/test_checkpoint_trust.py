"""On torch >= 2.6 the `trust-checkpoints` fix (a PS-KD criterion applies it; FAIRSEQ_PSKD_FIXES or
compat.apply_fixes ask for it elsewhere) lets fairseq's own checkpoint loaders read fairseq
checkpoints, and nothing else: no environment variable, and any other torch.load of a pickle is
still refused. That importing the plugin applies nothing: tests/test_import_side_effects.py."""

import argparse
import ast
import importlib
import inspect
import os
import pickle
import threading
from pathlib import Path

import fairseq
import pytest
import torch
from fairseq import checkpoint_utils
from fairseq.trainer import Trainer

import fairseq_pskd
from fairseq_pskd import compat

VARIABLE = "TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD"
REFUSED = "Weights only load failed"


@pytest.fixture(scope="module", autouse=True)
def trust_asked_for():
    compat.apply_fixes(["trust-checkpoints"])


@pytest.fixture(autouse=True)
def torch_default(monkeypatch):
    """torch's own default, whatever the developer's environment says."""
    monkeypatch.delenv(VARIABLE, raising=False)
    monkeypatch.delenv("TORCH_FORCE_WEIGHTS_ONLY_LOAD", raising=False)


def _checkpoint(path: Path) -> Path:
    """A small fairseq checkpoint whose config pickles an argparse.Namespace (as fairseq's do for
    every model registered the legacy way, the transformer included)."""
    torch.save({
        "args": None,
        "cfg": {"model": argparse.Namespace(arch="transformer", dropout=0.1),
                "task": {"_name": "translation"}},
        "model": {"weight": torch.arange(3.0)},
        "optimizer_history": [{"criterion_name": "LabelSmoothedCrossEntropyCriterion",
                               "optimizer_name": "FairseqAdam", "lr_scheduler_state": {"best": None},
                               "num_updates": 7}],
        "extra_state": {"train_iterator": {"epoch": 2, "iterations_in_epoch": 0}},
        "last_optimizer_state": None,
    }, path)
    return path


def test_importing_the_plugin_sets_no_environment_variable():
    importlib.reload(fairseq_pskd)  # the import's work again, with the variable unset
    assert VARIABLE not in os.environ


def test_a_plain_torch_load_of_a_pickle_is_still_refused(tmp_path):
    path = tmp_path / "namespace.pt"
    torch.save(argparse.Namespace(anything=1), path)
    with pytest.raises(pickle.UnpicklingError, match=REFUSED):
        torch.load(path)
    with pytest.raises(pickle.UnpicklingError, match=REFUSED):
        torch.load(_checkpoint(tmp_path / "checkpoint.pt"))  # a fairseq checkpoint too
    assert torch.load(path, weights_only=False).anything == 1  # asked for explicitly


def test_fairseqs_loader_reads_the_checkpoint_and_trusts_nothing_after(tmp_path):
    path = _checkpoint(tmp_path / "checkpoint.pt")
    state = checkpoint_utils.load_checkpoint_to_cpu(str(path))
    assert state["cfg"].model.arch == "transformer"
    assert state["optimizer_history"][-1]["num_updates"] == 7
    assert torch.equal(state["model"]["weight"], torch.arange(3.0))
    with pytest.raises(pickle.UnpicklingError, match=REFUSED):
        torch.load(path)


def test_the_trust_is_this_threads_and_never_overrides_an_explicit_choice(tmp_path):
    path = tmp_path / "namespace.pt"
    torch.save(argparse.Namespace(anything=1), path)
    errors = []

    def load_elsewhere():
        try:
            torch.load(path)
        except pickle.UnpicklingError as e:
            errors.append(e)

    with compat.fairseq_checkpoint_load():
        assert torch.load(path).anything == 1
        with pytest.raises(pickle.UnpicklingError, match=REFUSED):
            torch.load(path, weights_only=True)
        other = threading.Thread(target=load_elsewhere)
        other.start()
        other.join()
    assert len(errors) == 1 and REFUSED in str(errors[0])


def test_every_loader_is_wrapped_once_where_fairseq_looks_it_up():
    compat.allow_fairseq_checkpoints()  # a second install (a second criterion) changes nothing
    for loader in (checkpoint_utils.load_checkpoint_to_cpu, checkpoint_utils.load_ema_from_checkpoint,
                   Trainer.load_checkpoint, torch.load):
        assert loader._pskd_trusted
        assert not getattr(loader.__wrapped__, "_pskd_trusted", False)
    assert len(compat.FAIRSEQ_CHECKPOINT_LOADERS) == 3


def _functions_calling_torch_load(source: str) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef):
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "load" and getattr(call.func.value, "id", "") == "torch"):
                    found.add(node.name)
    return found


def test_fairseqs_checkpoint_reads_are_all_inside_the_wrapped_loaders():
    """A fairseq that reads checkpoints somewhere else fails here rather than at a user's resume:
    in checkpoint_utils only the wrapped loaders torch.load; fairseq's command lines and trainer
    read checkpoints only through them (the trainer's broadcast runs inside Trainer.load_checkpoint)."""
    assert _functions_calling_torch_load(inspect.getsource(checkpoint_utils)) == {
        "load_checkpoint_to_cpu", "load_ema_from_checkpoint"}
    cli = Path(fairseq.__file__).parents[1] / "fairseq_cli"
    assert (cli / "generate.py").is_file(), cli
    for path in [*cli.glob("*.py"), Path(inspect.getsourcefile(Trainer))]:
        assert not _functions_calling_torch_load(path.read_text()), path
