"""What fairseq and torch look like to a caller: every attribute of every loaded fairseq module and
of the classes they define, and torch's top-level functions, by identity. Two snapshots differ
exactly where something was replaced (a patched function, a wrapped method); registries that gain
an entry keep their identity.

`python tests/fairseq_state.py OUT.json [fairseq-train arguments]` snapshots after importing what
fairseq-train imports, runs fairseq-train's `cli_main` in this process with those arguments
(none: imports fairseq_pskd instead), and writes what changed to OUT.json.
"""

from __future__ import annotations

import inspect
import json
import sys
import types


def _attributes(owner) -> dict[str, int]:
    return {k: id(v) for k, v in vars(owner).items() if not isinstance(v, types.ModuleType)}


def snapshot() -> dict[str, int]:
    state = {}
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "torch" or name == "fairseq" or name.startswith("fairseq.")):
            continue
        for attr, ident in _attributes(module).items():
            state[f"{name}.{attr}"] = ident
        if name == "torch":
            continue
        for cls_name, cls in vars(module).items():
            if inspect.isclass(cls) and cls.__module__ == name:
                for attr, ident in _attributes(cls).items():
                    state[f"{name}.{cls_name}.{attr}"] = ident
    return state


def changed(before: dict[str, int], after: dict[str, int]) -> list[str]:
    """Names present in both snapshots whose object was replaced."""
    return sorted(k for k, v in before.items() if k in after and after[k] != v)


def main(out: str, *train_args: str) -> None:
    import fairseq.checkpoint_utils  # noqa: F401  what fairseq-train imports, and the
    import fairseq.criterions.label_smoothed_cross_entropy_with_rdrop  # noqa: F401  modules the
    import fairseq.tasks.translation  # noqa: F401  plugin's fixes would touch
    import fairseq.trainer  # noqa: F401
    import fairseq_cli.train

    before = snapshot()
    if train_args:
        sys.argv = ["fairseq-train", *train_args]
        fairseq_cli.train.cli_main()
    else:
        import fairseq_pskd  # noqa: F401
    with open(out, "w") as f:
        json.dump(changed(before, snapshot()), f)


if __name__ == "__main__":
    main(*sys.argv[1:])
