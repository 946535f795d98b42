"""The grid: its JSON schema, the Config/RunSpec/Grid it is read into, and `load_grid`, which checks
a grid file field by field (every problem a GridError naming the file, the field and the fix)."""
from __future__ import annotations

import json
import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pskd_tools.evaluation.data_bin import infer_langs
from pskd_tools.evaluation.lenpen import DEFAULT_GRID
from pskd_tools.evaluation.rule_scoring import Settings
from pskd_tools.evaluation.rules import RULES

# flags the runner sets itself: a grid that sets them would train every run into one directory,
# with one seed, or with the code of another --user-dir
RUNNER_FLAGS = ("--seed", "--save-dir", "--user-dir")
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

GRID_FIELDS = {
    "description": "free text (a string or a list of lines) copied into the report",
    "data_bin": "fairseq-preprocess output directory (relative paths: to the grid file)",
    "data_command": "how to build data_bin; shown when it is missing",
    "out_dir": "where the runs and the report go (relative paths: to the grid file)",
    "archive": "optional: where finished runs are kept without their checkpoints, to commit and to be "
               "restored into out_dir by a later sweep: a directory, or a NAME.tar.xz file, the same "
               "packed into one file (relative paths: to the grid file)",
    "source_lang": "source language (default: from data_bin's file names)",
    "target_lang": "target language (default: from data_bin's file names)",
    "recipe": "fairseq-train flags shared by every run (list of arguments, or one string)",
    "seeds": "default seeds of a configuration (default [1])",
    "baseline": "name of the configuration the others are tested against (default: the first)",
    "scoring": "{subset, beam, checkpoint, rules, lenpens, valid_subset}: what is scored (default test, 5, "
               "checkpoint_best.pt, every rule, [0.6, 1.0, 1.5, 2.0], valid)",
    "significance": "{bootstrap_samples, ar_trials} (default 1000, 10000: sacreBLEU's defaults)",
    "configs": "list of {name, flags, label, seeds, note}",
    "teachers": "list of {name, from, seeds, checkpoint, topk, flags}: stores filled from finished runs "
                "(pskd-store fill), used in a configuration's flags as {teacher:NAME}",
}
CONFIG_FIELDS = {"name", "flags", "label", "seeds", "note"}
TEACHER_DEFAULTS: dict[str, Any] = {"name": "", "from": "", "seeds": [], "checkpoint": "checkpoint_best.pt",
                                    "topk": 8, "flags": ""}
TEACHER_REF = re.compile(r"\{teacher:([^}]*)\}")
SCORING_DEFAULTS: dict[str, Any] = {"subset": "test", "beam": 5, "checkpoint": "checkpoint_best.pt",
                                    "rules": list(RULES), "lenpens": list(DEFAULT_GRID),
                                    "valid_subset": "valid"}
SIGNIFICANCE_DEFAULTS: dict[str, Any] = {"bootstrap_samples": 1000, "ar_trials": 10000}


class GridError(ValueError):
    """A grid file that cannot be run; the message names the file, the field and the fix."""


@dataclass(frozen=True)
class Config:
    name: str
    label: str
    flags: tuple[str, ...]
    seeds: tuple[int, ...]
    note: str = ""
    teacher: str | None = None  # the grid teacher whose store the flags name


@dataclass(frozen=True)
class Teacher:
    """A teacher store filled from finished runs of the grid: the ensemble of `source`'s `seeds`
    (their `checkpoint`), top-`topk`, into `store`; `flags` go to pskd-store fill."""

    name: str
    source: str
    seeds: tuple[int, ...]
    checkpoint: str
    topk: int
    flags: tuple[str, ...]
    directory: Path

    @property
    def store(self) -> Path:
        return self.directory / "store"


@dataclass(frozen=True)
class RunSpec:
    config: Config
    seed: int
    directory: Path

    @property
    def key(self) -> str:
        return f"{self.config.name}/seed{self.seed}"


@dataclass
class Grid:
    path: Path
    data_bin: Path
    out_dir: Path
    recipe: tuple[str, ...]
    configs: list[Config]
    baseline: str
    source_lang: str
    target_lang: str
    subset: str = "test"
    beam: int = 5
    checkpoint: str = "checkpoint_best.pt"
    rules: tuple[str, ...] = RULES  # the checkpoint rules every run is also scored under
    lenpens: tuple[float, ...] = DEFAULT_GRID
    valid_subset: str = "valid"
    bootstrap_samples: int = 1000
    ar_trials: int = 10000
    description: str = ""
    teachers: tuple[Teacher, ...] = ()
    archive: Path | None = None  # the results archive (archive.py), if the grid keeps one

    def config(self, name: str) -> Config:
        return next(c for c in self.configs if c.name == name)

    def run_dir(self, config: Config, seed: int) -> Path:
        return self.out_dir / "runs" / config.name / f"seed{seed}"

    def teacher(self, name: str) -> Teacher:
        return next(t for t in self.teachers if t.name == name)

    def spec(self, config: Config, seed: int) -> RunSpec:
        return RunSpec(config, seed, self.run_dir(config, seed))

    def teacher_sources(self, teacher: Teacher) -> list[RunSpec]:
        config = self.config(teacher.source)
        return [self.spec(config, seed) for seed in teacher.seeds]

    def runs(self, only: Sequence[str] | None = None) -> list[RunSpec]:
        """Every (configuration, seed), first seeds first: the first seed of every configuration
        finishes before any second seed starts, so a partly done sweep already compares them all.
        Runs that learn from a grid teacher come last: they wait for its source runs."""
        specs = []
        for config_index, config in enumerate(self.configs):
            if only and config.name not in only:
                continue
            for seed_index, seed in enumerate(config.seeds):
                order = (config.teacher is not None, seed_index, config_index)
                specs.append((order, self.spec(config, seed)))
        return [spec for _, spec in sorted(specs, key=lambda item: item[0])]

    def train_args(self, spec: RunSpec) -> list[str]:
        """fairseq-train arguments of one run, without the executable and --user-dir (which
        depend on where the code lives, not on what is trained)."""
        return [str(self.data_bin), *self.recipe, *spec.config.flags,
                "--seed", str(spec.seed), "--save-dir", str(spec.directory)]

    def rule_settings(self) -> Settings:
        """How every rule is scored (pskd-score --rules)."""
        return Settings(self.beam, self.lenpens, self.subset, self.valid_subset)

    def best_metric(self) -> tuple[str, bool]:
        """(metric, maximize) that picks checkpoint_best.pt, as the recipe sets it."""
        metric = _flag_value(self.recipe, "--best-checkpoint-metric") or "loss"
        return metric, "--maximize-best-checkpoint-metric" in self.recipe


# --------------------------------------------------------------------------------------------
# field checks
# --------------------------------------------------------------------------------------------
def _flag_value(args: Sequence[str], flag: str) -> str | None:
    """Value of ``--flag V`` or ``--flag=V`` (the last one wins, as in argparse)."""
    value = None
    for i, arg in enumerate(args):
        if arg == flag and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith(flag + "="):
            value = arg.split("=", 1)[1]
    return value


def _has_flag(args: Sequence[str], flag: str) -> bool:
    return any(a == flag or a.startswith(flag + "=") for a in args)


def _arg_list(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        try:
            return tuple(shlex.split(value))
        except ValueError as e:
            raise GridError(f"{where}: cannot split {value!r} into arguments ({e})") from e
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    raise GridError(f"{where}: expected a list of arguments or one string, got {type(value).__name__}")


def _seeds(value: Any, where: str) -> tuple[int, ...]:
    if (not isinstance(value, list) or not value
            or not all(isinstance(s, int) and not isinstance(s, bool) for s in value)):
        raise GridError(f"{where}: expected a non-empty list of integer seeds, e.g. [1, 2, 3]; got {value!r}")
    if len(set(value)) != len(value):
        raise GridError(f"{where}: seed listed twice in {value}")
    return tuple(value)


def _sub_fields(value: Any, defaults: dict[str, Any], where: str) -> dict[str, Any]:
    if value is None:
        return dict(defaults)
    if not isinstance(value, dict):
        raise GridError(f"{where}: expected an object with fields {sorted(defaults)}")
    unknown = sorted(set(value) - set(defaults))
    if unknown:
        raise GridError(f"{where}: unknown field {unknown[0]!r} (known: {', '.join(sorted(defaults))})")
    out = dict(defaults)
    for key, default in defaults.items():
        if key in value:
            if type(value[key]) is not type(default):
                raise GridError(f"{where}.{key}: expected {type(default).__name__}, got {value[key]!r}")
            out[key] = value[key]
    return out


def target_vocab_size(data_bin: Path, tgt: str) -> int | None:
    """len() of the target dictionary as fairseq builds it (specials and padding included)."""
    path = data_bin / f"dict.{tgt}.txt"
    if not path.is_file():
        return None
    from fairseq.data import Dictionary  # lazy: importing fairseq takes seconds

    return len(Dictionary.load(str(path)))


# --------------------------------------------------------------------------------------------
# the steps of load_grid, in the order it checks them
# --------------------------------------------------------------------------------------------
def _read_raw(path: Path) -> dict[str, Any]:
    """The grid file as a JSON object with known fields only."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GridError(f"{path}: no such grid file") from None
    except OSError as e:
        raise GridError(f"{path}: cannot read the grid file ({e.strerror})") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as e:
        raise GridError(f"{path}: not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
    if not isinstance(raw, dict):
        raise GridError(f"{path}: the grid must be a JSON object with fields {', '.join(GRID_FIELDS)}")
    unknown = sorted(set(raw) - set(GRID_FIELDS))
    if unknown:
        raise GridError(f"{path}: unknown field {unknown[0]!r}; the fields are:\n"
                        + "\n".join(f"  {k}: {v}" for k, v in GRID_FIELDS.items()))
    return raw


def _directory(path: Path, raw: dict[str, Any], key: str, override: str | Path | None, flag: str) -> Path:
    """The directory of field key (relative to the grid file), or the command line's override."""
    if override is not None:
        return Path(override).resolve()
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        raise GridError(f"{path}: field {key!r} is missing ({GRID_FIELDS[key]}); "
                        f"set it in the grid or pass {flag}")
    p = Path(value).expanduser()
    return (p if p.is_absolute() else path.resolve().parent / p).resolve()


def _check_data_bin(path: Path, raw: dict[str, Any], data: Path) -> None:
    if not data.is_dir():
        hint = raw.get("data_command")
        raise GridError(f"{path}: data_bin {data} does not exist"
                        + (f"; build it with: {hint}" if isinstance(hint, str) else
                           " (the fairseq-preprocess --destdir); fix the field or pass --data-bin"))


def _recipe(path: Path, raw: dict[str, Any]) -> tuple[str, ...]:
    if "recipe" not in raw:
        raise GridError(f"{path}: field 'recipe' is missing ({GRID_FIELDS['recipe']})")
    recipe = _arg_list(raw["recipe"], f"{path}: recipe")
    for flag in RUNNER_FLAGS + ("--criterion",):
        if _has_flag(recipe, flag):
            why = ("it belongs in each configuration's flags" if flag == "--criterion"
                   else "the runner sets it for every run")
            raise GridError(f"{path}: recipe sets {flag}: remove it ({why})")
    return recipe


def _config(path: Path, i: int, c: Any, earlier: Sequence[Config], default_seeds: tuple[int, ...]) -> Config:
    """configs[i], checked against the configurations before it (for a repeated name)."""
    where = f"{path}: configs[{i}]"
    if not isinstance(c, dict):
        raise GridError(f"{where}: expected an object with fields {sorted(CONFIG_FIELDS)}")
    unknown = sorted(set(c) - CONFIG_FIELDS)
    if unknown:
        raise GridError(
            f"{where}: unknown field {unknown[0]!r} (known: {', '.join(sorted(CONFIG_FIELDS))})"
        )
    name = c.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise GridError(f"{where}.name: {name!r} is not a usable run directory name "
                        "(letters, digits, '.', '_', '-')")
    where = f"{path}: configs[{i}] ({name})"
    if any(other.name == name for other in earlier):
        raise GridError(f"{where}: the name {name!r} is used twice")
    if "flags" not in c:
        raise GridError(f"{where}: field 'flags' is missing (the criterion flags, e.g. "
                        "\"--criterion label_smoothed_cross_entropy --label-smoothing 0.1\")")
    flags = _arg_list(c["flags"], f"{where}.flags")
    if not _has_flag(flags, "--criterion"):
        raise GridError(f"{where}.flags: no --criterion; every configuration names its criterion")
    for flag in RUNNER_FLAGS:
        if _has_flag(flags, flag):
            raise GridError(f"{where}.flags: sets {flag}: remove it (the runner sets it for every run)")
    label = c.get("label", name)
    note = c.get("note", "")
    if not isinstance(label, str) or not isinstance(note, str):
        raise GridError(f"{where}: label and note must be strings")
    seeds = _seeds(c["seeds"], f"{where}.seeds") if "seeds" in c else default_seeds
    return Config(name, label, flags, seeds, note)


def _configs(path: Path, raw: dict[str, Any]) -> list[Config]:
    default_seeds = _seeds(raw.get("seeds", [1]), f"{path}: seeds")
    configs_raw = raw.get("configs")
    if not isinstance(configs_raw, list) or not configs_raw:
        raise GridError(f"{path}: field 'configs' must be a non-empty list of "
                        "{name, flags, label, seeds, note} objects")
    configs: list[Config] = []
    for i, c in enumerate(configs_raw):
        configs.append(_config(path, i, c, configs, default_seeds))
    return configs


def _baseline(path: Path, raw: dict[str, Any], configs: Sequence[Config]) -> str:
    baseline = raw.get("baseline", configs[0].name)
    if not any(c.name == baseline for c in configs):
        raise GridError(f"{path}: baseline {baseline!r} is not a configuration name "
                        f"(names: {', '.join(c.name for c in configs)})")
    return baseline


def _scoring_and_significance(path: Path, raw: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    scoring_cfg = _sub_fields(raw.get("scoring"), SCORING_DEFAULTS, f"{path}: scoring")
    signif = _sub_fields(raw.get("significance"), SIGNIFICANCE_DEFAULTS, f"{path}: significance")
    if scoring_cfg["beam"] < 1 or signif["bootstrap_samples"] < 1 or signif["ar_trials"] < 1:
        raise GridError(f"{path}: scoring.beam and the significance sample counts must be >= 1")
    bad = [r for r in scoring_cfg["rules"] if r not in RULES]
    if bad or len(set(scoring_cfg["rules"])) != len(scoring_cfg["rules"]):
        raise GridError(f"{path}: scoring.rules: {bad[0] if bad else 'a rule listed twice'!r}: the rules "
                        f"are {', '.join(RULES)} (a list of them, each once; [] scores none)")
    lenpens = scoring_cfg["lenpens"]
    if (not lenpens or not all(isinstance(x, (int, float)) and not isinstance(x, bool) and x > 0
                               for x in lenpens) or len(set(lenpens)) != len(lenpens)):
        raise GridError(f"{path}: scoring.lenpens: expected a non-empty list of distinct positive "
                        f"length penalties, e.g. [0.6, 1.0, 1.5, 2.0]; got {lenpens!r}")
    scoring_cfg["lenpens"] = [float(x) for x in lenpens]
    return scoring_cfg, signif


def _langs(path: Path, raw: dict[str, Any], data: Path, subset: str) -> tuple[str, str]:
    """(source, target) language: the grid's, else what data_bin's file names say."""
    src, tgt = raw.get("source_lang"), raw.get("target_lang")
    if not (src and tgt):
        try:
            inferred = infer_langs(data, subset)
        except ValueError as e:
            raise GridError(f"{path}: {e} (in the grid: source_lang and target_lang)") from None
        src, tgt = src or inferred[0], tgt or inferred[1]
    return src, tgt


def _check_topk(path: Path, data: Path, tgt: str, configs: Sequence[Config]) -> None:
    vocab = target_vocab_size(data, tgt)
    for i, c in enumerate(configs):
        k = _flag_value(c.flags, "--pskd-topk")
        if vocab is not None and k is not None and k.isdigit() and int(k) > vocab:
            raise GridError(f"{path}: configs[{i}] ({c.name}): --pskd-topk {k} exceeds the target "
                            f"vocabulary of {data} (V = {vocab}); --pskd-topk {vocab} keeps the "
                            "whole distribution")


def _teachers(path: Path, raw: dict[str, Any], out: Path,
              configs: list[Config]) -> tuple[tuple[Teacher, ...], list[Config]]:
    """The grid's teachers, and the configurations with every {teacher:NAME} replaced by the
    teacher's store directory. A teacher learns from runs that need no teacher themselves."""
    listed = raw.get("teachers", [])
    if not isinstance(listed, list):
        raise GridError(f"{path}: teachers: expected a list of {{{', '.join(TEACHER_DEFAULTS)}}} objects")
    teachers: list[Teacher] = []
    for i, t in enumerate(listed):
        where = f"{path}: teachers[{i}]"
        fields = _sub_fields(t, TEACHER_DEFAULTS, where)
        name = fields["name"]
        if not NAME_RE.match(name) or any(other.name == name for other in teachers):
            raise GridError(f"{where}.name: {name!r} is not a new usable directory name "
                            "(letters, digits, '.', '_', '-'; each teacher once)")
        source = next((c for c in configs if c.name == fields["from"]), None)
        if source is None:
            raise GridError(f"{where}.from: {fields['from']!r} is not a configuration name "
                            f"(names: {', '.join(c.name for c in configs)})")
        seeds = _seeds(fields["seeds"], f"{where}.seeds") if fields["seeds"] else source.seeds
        if not set(seeds) <= set(source.seeds):
            raise GridError(f"{where}.seeds: {sorted(set(seeds) - set(source.seeds))} are not seeds of "
                            f"configuration {source.name!r} ({list(source.seeds)}); the teacher is "
                            "filled from the grid's own runs")
        if fields["topk"] < 1:
            raise GridError(f"{where}.topk: expected a positive integer, got {fields['topk']}")
        teachers.append(Teacher(name, source.name, seeds, fields["checkpoint"], fields["topk"],
                                _arg_list(fields["flags"], f"{where}.flags"), out / "teachers" / name))

    resolved = []
    for i, c in enumerate(configs):
        names = {m.group(1) for flag in c.flags for m in TEACHER_REF.finditer(flag)}
        if not names:
            resolved.append(c)
            continue
        where = f"{path}: configs[{i}] ({c.name}).flags"
        known = f"(teachers: {', '.join(t.name for t in teachers) or 'none'})"
        unknown = sorted(n for n in names if not any(t.name == n for t in teachers))
        if unknown:
            raise GridError(f"{where}: {{teacher:{unknown[0]}}}: no such teacher {known}")
        if len(names) > 1:
            raise GridError(f"{where}: {{teacher:{sorted(names)[1]}}}: one teacher per configuration {known}")
        teacher = next(t for t in teachers if t.name in names)
        if not _has_flag(c.flags, "--pskd-teacher-store"):
            raise GridError(f"{where}: {{teacher:{teacher.name}}} is not the value of --pskd-teacher-store")
        flags = tuple(TEACHER_REF.sub(str(teacher.store), flag) for flag in c.flags)
        resolved.append(Config(c.name, c.label, flags, c.seeds, c.note, teacher.name))
    for t in teachers:
        if next(c for c in resolved if c.name == t.source).teacher is not None:
            raise GridError(f"{path}: teacher {t.name!r} learns from {t.source!r}, which learns from "
                            "a teacher itself; chain them in two grids")
    return tuple(teachers), resolved


def load_grid(path: str | Path, data_bin: str | Path | None = None,
              out_dir: str | Path | None = None, archive: str | Path | None = None) -> Grid:
    """Read and check a grid file; every problem is a GridError naming the file and the field."""
    path = Path(path)
    raw = _read_raw(path)
    data = _directory(path, raw, "data_bin", data_bin, "--data-bin")
    out = _directory(path, raw, "out_dir", out_dir, "--out-dir")
    kept = _directory(path, raw, "archive", archive, "--archive") if archive or "archive" in raw else None
    if kept is not None and not kept.exists() and kept.with_name(kept.name + ".tar.xz").is_file():
        kept = kept.with_name(kept.name + ".tar.xz")  # an archive directory packed since: its file
    if kept is not None and (kept == out or out in kept.parents or kept in out.parents):
        raise GridError(f"{path}: archive {kept} and out_dir {out} overlap; the archive is a copy of "
                        "the finished runs, kept apart from them: give it a directory of its own")
    _check_data_bin(path, raw, data)
    recipe = _recipe(path, raw)
    teachers, configs = _teachers(path, raw, out, _configs(path, raw))
    baseline = _baseline(path, raw, configs)
    scoring_cfg, signif = _scoring_and_significance(path, raw)
    src, tgt = _langs(path, raw, data, scoring_cfg["subset"])
    _check_topk(path, data, tgt, configs)

    description = raw.get("description", "")
    if isinstance(description, list):
        description = "\n".join(map(str, description))
    return Grid(path=path.resolve(), data_bin=data, out_dir=out, recipe=recipe, configs=configs,
                baseline=baseline, source_lang=src, target_lang=tgt,
                subset=scoring_cfg["subset"], beam=scoring_cfg["beam"],
                checkpoint=scoring_cfg["checkpoint"], rules=tuple(scoring_cfg["rules"]),
                lenpens=tuple(scoring_cfg["lenpens"]), valid_subset=scoring_cfg["valid_subset"],
                bootstrap_samples=signif["bootstrap_samples"], ar_trials=signif["ar_trials"],
                description=str(description), teachers=teachers, archive=kept)
