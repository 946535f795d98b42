"""Flags that cannot work with `--criterion pskd`, fairseq's or ours with values out of range, are
refused when the criterion is built, before any training work, with a message naming the flag
and what to use instead: parsed by fairseq's own training parser and built by its task, in process
(the fast lane; tests/test_cli_errors.py checks that fairseq-train itself stops on them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fairseq import options, tasks, utils
from fairseq.dataclass.utils import convert_namespace_to_omegaconf

from conftest import USER_DIR


def build_criterion(data: Path, save: Path, *flags: str, criterion: str = "pskd"):
    """What fairseq-train does up to the criterion, with a dictionary and no data."""
    data.mkdir(exist_ok=True)
    for side in ("src", "tgt"):
        (data / f"dict.{side}.txt").write_text("".join(f"w{i} 1\n" for i in range(20)))
    parser = options.get_training_parser()
    args = options.parse_args_and_arch(parser, [
        str(data), "--task", "translation", "-s", "src", "-t", "tgt", "--arch", "transformer",
        "--user-dir", USER_DIR, "--criterion", criterion, "--cpu", "--max-epoch", "2",
        "--save-dir", str(save), *flags,
    ])
    cfg = convert_namespace_to_omegaconf(args)
    utils.import_user_module(cfg.common)
    task = tasks.setup_task(cfg.task)
    return task.build_criterion(cfg.criterion)


def test_a_plain_configuration_builds(tmp_path):
    criterion = build_criterion(tmp_path / "data", tmp_path / "save")
    assert type(criterion).__name__ == "PSKDCriterion"


def test_stored_teacher_distillation_is_its_own_criterion_without_the_store_flags(tmp_path):
    criterion = build_criterion(tmp_path / "data", tmp_path / "save", "--pskd-teacher-store",
                                str(tmp_path / "teacher"), criterion="stored_kd")
    assert type(criterion).__name__ == "StoredKDCriterion"
    assert criterion.schedule.kind == "constant"  # a teacher's weight does not grow by default
    assert not (tmp_path / "teacher").exists()  # built without touching the store
    with pytest.raises(ValueError, match="--criterion stored_kd needs --pskd-teacher-store DIR"):
        build_criterion(tmp_path / "data", tmp_path / "save", criterion="stored_kd")
    for flag in ("--pskd-store-dir", "--pskd-reset-store", "--pskd-topk"):
        with pytest.raises(SystemExit):  # not a flag of this criterion: fairseq's parser refuses it
            build_criterion(tmp_path / "data", tmp_path / "save", "--pskd-teacher-store", "/t",
                            flag, *([] if flag == "--pskd-reset-store" else ["4"]), criterion="stored_kd")


@pytest.mark.parametrize(
    "flags,named,advice",
    [
        (["--bf16"], "--bf16", "--fp16 or --amp"),
        (["--memory-efficient-bf16"], "--bf16", "--fp16 or --amp"),
        (["--pipeline-model-parallel", "--pipeline-balance", "[1]", "--pipeline-devices", "[0]",
          "--pipeline-chunks", "1"], "--pipeline-model-parallel", "data-parallel"),
        (["--pskd-alpha", "1.5"], "--pskd-alpha", "[0, 1]"),
        (["--pskd-alpha", "-0.1"], "--pskd-alpha", "[0, 1]"),
        (["--pskd-topk", "0"], "--pskd-topk", "the target vocabulary"),
        (["--pskd-topk", "100000"], "--pskd-topk", "the target vocabulary"),
        (["--pskd-eos-scale", "1.5"], "--pskd-eos-scale", "[0, 1]"),
        (["--pskd-alpha-schedule", "update"], "--pskd-alpha-schedule update", "--max-update"),
        (["--rdrop-alpha", "-1"], "--rdrop-alpha", ">= 0"),
        (["--label-smoothing", "1.0"], "--label-smoothing", "[0, 1)"),
        (["--pskd-teacher-store", "/t"], "--pskd-teacher-store", "--criterion stored_kd"),
        (["--num-batch-buckets", "4"], "--num-batch-buckets", "drop --num-batch-buckets"),
    ],
)
def test_flags_that_cannot_work_are_refused_naming_them_and_the_fix(tmp_path, flags, named, advice):
    with pytest.raises(ValueError) as e:
        build_criterion(tmp_path / "data", tmp_path / "save", *flags)
    assert named in str(e.value) and advice in str(e.value)
