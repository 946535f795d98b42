"""The shipped launchers and recipes, run the way a user runs them, on CPU.

- `examples/translation/train-iwslt14.sh` and `train-wmt14.sh` with `--gpus cpu`, to their end
  (training, pskd-score, pskd-calibrate, pskd-compare), on a data-bin of a few sentences, with the
  real `transformer_iwslt_de_en` / `transformer_wmt_en_de` and every flag of the recipe (the WMT
  one in fp16);
- `scripts/launch_torchrun.sh` with the real torchrun, 2 CPU ranks over gloo;
- `scripts/launch_slurm.sbatch` under a stand-in srun and scontrol (tests/stand_in/), 2 "nodes"
  of 2 tasks, each node a machine of its own (PSKD_MACHINE_ID) with its own scratch
  (SLURM_TMPDIR): killed mid-epoch, scratch wiped, rerun, it must resume with the store's rows;
- where each launcher puts the store, with stand-ins that print what they were given
  (tests/stand_in/echo/).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BIN, MODEL_ARGS, REPO, epoch_stats, fairseq
from corpus import write_corpus

pytestmark = pytest.mark.slow

STAND_IN = Path(__file__).parent / "stand_in"
ECHO = STAND_IN / "echo"
LAUNCH_TORCHRUN = REPO / "scripts" / "launch_torchrun.sh"
LAUNCH_SLURM = REPO / "scripts" / "launch_slurm.sbatch"
RECIPES = REPO / "examples" / "translation"

# the tiny model of conftest, trained by CPU ranks over gloo
CPU_RANKS = ["--distributed-backend", "gloo", "--ddp-backend", "legacy_ddp"]
TRAIN_ARGS = [*MODEL_ARGS, *CPU_RANKS, "--log-interval", "1", "--optimizer", "adam", "--lr", "2e-3",
              "--dropout", "0.1", "--max-tokens", "400"]
# what a launcher's environment must not inherit from the machine running the tests
_LAUNCH_VARS = ("MASTER_ADDR", "MASTER_PORT", "RANK", "LOCAL_RANK", "WORLD_SIZE", "GPUS", "NNODES",
                "NODE_RANK", "TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD", "TMPDIR")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(*path_first: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SLURM_", "PSKD_")) and k not in _LAUNCH_VARS}
    env["PATH"] = os.pathsep.join([*map(str, path_first), str(BIN), env.get("PATH", "")])
    env["OMP_NUM_THREADS"] = "1"
    env.update(extra)
    return env


def _slurm_job(tmp_path: Path, nodes: int, tasks_per_node: int, job_id: int = 4242) -> dict[str, str]:
    """The environment sbatch gives a batch script: `sbatch --nodes N --ntasks-per-node T`."""
    scratch = tmp_path / "slurm_tmpdir"
    scratch.mkdir(exist_ok=True)
    return {
        "SLURM_JOB_ID": str(job_id), "SLURM_JOBID": str(job_id), "SLURM_JOB_NAME": "pskd",
        "SLURM_NNODES": str(nodes), "SLURM_JOB_NUM_NODES": str(nodes),
        "SLURM_NTASKS_PER_NODE": str(tasks_per_node),
        "SLURM_NTASKS": str(nodes * tasks_per_node), "SLURM_NPROCS": str(nodes * tasks_per_node),
        # 127.0.0.1 and 127.0.0.2 both reach this machine: the first node hosts the rendezvous
        "SLURM_JOB_NODELIST": "127.0.0.1" if nodes == 1 else f"127.0.0.[1-{nodes}]",
        "SLURM_SUBMIT_DIR": str(tmp_path), "SLURM_TMPDIR": str(scratch),
    }


def _echoed(stdout: str, tool: str = "fairseq-train") -> list[dict]:
    calls = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
    return [c for c in calls if c["tool"] == tool]


def _flag(argv: list[str], name: str) -> str:
    """The value fairseq's parser takes for a flag: the last one given."""
    values = [argv[i + 1] for i, a in enumerate(argv) if a == name]
    assert values, f"{name} not in {argv}"
    return values[-1]


def _run(cmd, env, cwd, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


# -- where the store goes (stand-ins that print their arguments) -------------------------------


@pytest.mark.parametrize("nodes", [1, 2])
def test_slurm_launcher_puts_each_nodes_store_next_to_the_checkpoints(nodes, tmp_path):
    env = _env(ECHO, STAND_IN, **_slurm_job(tmp_path, nodes, 2))
    proc = _run(["bash", LAUNCH_SLURM, "/data-bin", "runs/a/ckpt", "--max-epoch", "3"], env, tmp_path)
    assert proc.returncode == 0, proc.stderr
    calls = _echoed(proc.stdout)
    save = (tmp_path / "runs/a/ckpt").resolve()
    assert len(calls) == 2 * nodes
    for call in calls:
        argv, task = call["argv"], call["env"]
        node = int(task["SLURM_NODEID"])
        want = save / "pskd_store" / f"node{node}" if nodes > 1 else save / "pskd_store"
        assert _flag(argv, "--pskd-store-dir") == str(want)
        assert _flag(argv, "--distributed-rank") == task["SLURM_PROCID"]
        assert _flag(argv, "--device-id") == task["SLURM_LOCALID"]
        assert _flag(argv, "--distributed-world-size") == str(2 * nodes)
        # the port defaults to one of the job's own, so two jobs sharing a node do not collide
        assert _flag(argv, "--distributed-init-method") == f"tcp://127.0.0.1:{12000 + 4242}"
        assert "--distributed-no-spawn" in argv and argv[-2:] == ["--max-epoch", "3"]
    assert sorted(int(c["env"]["SLURM_PROCID"]) for c in calls) == list(range(2 * nodes))
    for node in range(nodes):
        assert re.search(rf"launch_slurm: node {node} \(\S+\): --pskd-store-dir \S+", proc.stderr)


def test_slurm_launcher_node_local_stores_of_two_save_dirs_never_collide(tmp_path):
    job = _slurm_job(tmp_path, 2, 1)
    stores = {}
    for run in ("a", "b"):
        env = _env(ECHO, STAND_IN, **job, PSKD_NODE_LOCAL="1")
        proc = _run(["bash", LAUNCH_SLURM, "/data-bin", f"runs/{run}/ckpt"], env, tmp_path)
        assert proc.returncode == 0, proc.stderr
        stores[run] = {c["env"]["SLURM_NODEID"]: _flag(c["argv"], "--pskd-store-dir")
                       for c in _echoed(proc.stdout)}
    scratch = Path(job["SLURM_TMPDIR"])
    for run in ("a", "b"):
        for node, host in (("0", "127.0.0.1"), ("1", "127.0.0.2")):
            # each node's own scratch (the stand-in srun gives node i SLURM_TMPDIR/<host i>)
            assert re.fullmatch(rf"{re.escape(str(scratch / host))}/pskd_store-ckpt-[0-9a-f]{{10}}",
                                stores[run][node])
    assert Path(stores["a"]["0"]).name != Path(stores["b"]["0"]).name

    # a scratch directory of the user's; PSKD_STORE_DIR as given; MASTER_PORT
    env = _env(ECHO, STAND_IN, **job, PSKD_NODE_LOCAL="/local/ssd", MASTER_PORT="23456")
    proc = _run(["bash", LAUNCH_SLURM, "/data-bin", "runs/a/ckpt"], env, tmp_path)
    argv = _echoed(proc.stdout)[0]["argv"]
    assert _flag(argv, "--pskd-store-dir") == f"/local/ssd/{Path(stores['a']['0']).name}"
    assert _flag(argv, "--distributed-init-method") == "tcp://127.0.0.1:23456"
    env = _env(ECHO, STAND_IN, **job, PSKD_STORE_DIR="/somewhere/store")
    proc = _run(["bash", LAUNCH_SLURM, "/data-bin", "runs/a/ckpt"], env, tmp_path)
    assert {_flag(c["argv"], "--pskd-store-dir") for c in _echoed(proc.stdout)} == {"/somewhere/store"}

    env = _env(ECHO, STAND_IN, **job, PSKD_NODE_LOCAL="yes")
    proc = _run(["bash", LAUNCH_SLURM, "/data-bin", "runs/a/ckpt"], env, tmp_path)
    assert proc.returncode == 2 and "PSKD_NODE_LOCAL is 1 or an absolute directory" in proc.stderr
    proc = _run(["bash", LAUNCH_SLURM, "/data-bin", "runs/a/ckpt"], _env(ECHO, STAND_IN), tmp_path)
    assert proc.returncode != 0 and "submit this script with sbatch" in proc.stderr


def test_torchrun_launcher_store_per_node_and_gpus_without_nvidia_smi(tmp_path):
    def launch(save, **extra):
        proc = _run(["bash", LAUNCH_TORCHRUN, "/data-bin", save, "--max-epoch", "3"],
                    _env(ECHO, **extra), tmp_path)
        assert proc.returncode == 0, proc.stderr
        (call,) = _echoed(proc.stdout, "torchrun")
        return call["argv"]

    save = (tmp_path / "runs/a/ckpt").resolve()
    argv = launch("runs/a/ckpt", GPUS="2", MASTER_PORT="23457")
    assert _flag(argv, "--pskd-store-dir") == str(save / "pskd_store")
    assert _flag(argv, "--nproc_per_node") == "2" and _flag(argv, "--master_port") == "23457"
    assert _flag(argv, "--distributed-world-size") == "2"
    argv = launch("runs/a/ckpt", GPUS="4", NNODES="2", NODE_RANK="1")
    assert _flag(argv, "--pskd-store-dir") == str(save / "pskd_store" / "node1")
    assert _flag(argv, "--distributed-world-size") == "8" and _flag(argv, "--node_rank") == "1"
    scratch = [
        _flag(launch(f"runs/{run}/ckpt", GPUS="1", NNODES="2", PSKD_NODE_LOCAL="1",
                     TMPDIR=str(tmp_path / "scratch")), "--pskd-store-dir")
        for run in ("a", "b")
    ]
    assert all(Path(s).parent == tmp_path / "scratch" for s in scratch)
    assert scratch[0] != scratch[1] and all(Path(s).name.startswith("pskd_store-ckpt-") for s in scratch)

    if shutil.which("nvidia-smi") is None:
        proc = _run(["bash", LAUNCH_TORCHRUN, "/data-bin", "runs/a/ckpt"], _env(ECHO), tmp_path)
        assert proc.returncode == 2
        assert "GPUS is not set and nvidia-smi is not on PATH" in proc.stderr
    proc = _run(["bash", LAUNCH_TORCHRUN, "/data-bin", "runs/a/ckpt"], _env(ECHO, GPUS="two"), tmp_path)
    assert proc.returncode == 2 and "GPUS must be a positive number" in proc.stderr


def test_stand_in_srun_ends_the_job_when_a_task_fails(tmp_path):
    """--kill-on-bad-exit=1, as the SLURM launcher asks: the other tasks do not run on."""
    env = _env(STAND_IN, **_slurm_job(tmp_path, 2, 1))
    task = 'if [ "$SLURM_PROCID" = 1 ]; then exit 3; fi; sleep 120'
    proc = _run(["srun", "--kill-on-bad-exit=1", "bash", "-c", task], env, tmp_path, timeout=60)
    assert proc.returncode == 3 and "killing the others" in proc.stderr


# -- the launchers, training ------------------------------------------------------------------


@pytest.mark.distributed
def test_torchrun_launcher_trains_two_cpu_ranks(data_bin, tmp_path):
    save = tmp_path / "ckpt"
    env = _env(GPUS="2", MASTER_PORT=str(_free_port()))
    proc = _run(["bash", LAUNCH_TORCHRUN, data_bin, save, *TRAIN_ARGS, "--max-epoch", "2"],
                env, tmp_path)
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log[-6000:]
    assert "PS-KD data parallel: 2 ranks, 1 store directory (2 ranks each)" in log
    assert (save / "pskd_store" / "index.pskd").is_file()
    train = epoch_stats(log)
    assert float(train[1]["pskd_prior"]) == 0 and float(train[2]["pskd_prior"]) == 1.0


def _sbatch(args, env, cwd):
    return subprocess.Popen(
        ["bash", str(LAUNCH_SLURM), *map(str, args)], env=env, cwd=cwd, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )


def _kill_after(proc: subprocess.Popen, pattern: str, then: str) -> str:
    """SIGKILL the whole job (bash, srun, every task: a node lost, a preemption) at the first line
    matching `then` after one matching `pattern`."""
    lines, armed = [], False
    for line in proc.stdout:
        lines.append(line)
        armed = armed or bool(re.search(pattern, line))
        if armed and re.search(then, line):
            os.killpg(proc.pid, signal.SIGKILL)
            break
    else:
        proc.wait()
        raise AssertionError("the job ended before it was killed:\n" + "".join(lines[-40:]))
    lines.append(proc.communicate(timeout=60)[0])
    return "".join(lines)


@pytest.mark.distributed
def test_slurm_requeue_on_other_machines_resumes_with_the_stores_rows(data_bin, tmp_path):
    """2 nodes of 2 tasks; killed in epoch 2 after a mid-epoch checkpoint; SLURM_TMPDIR wiped (as
    most clusters do when a job ends); requeued on two other machines. The stores live next to the
    checkpoints, one per node index, so the resumed epoch trains on last epoch's predictions."""
    job = _slurm_job(tmp_path, 2, 2)
    args = [data_bin, "ckpt", *TRAIN_ARGS, "--max-epoch", "3", "--save-interval-updates", "3"]
    env = _env(STAND_IN, **job, MASTER_PORT=str(_free_port()), PSKD_MACHINE_ID="first")
    first = _kill_after(_sbatch(args, env, tmp_path),
                        r"Saved checkpoint \S+checkpoint_2_\d+\.pt", r"train_inner \| epoch 002")
    assert "PS-KD data parallel: 4 ranks, 2 store directories (2, 2 ranks each)" in first, first[-4000:]
    shutil.rmtree(job["SLURM_TMPDIR"])
    os.makedirs(job["SLURM_TMPDIR"])

    env = _env(STAND_IN, **job, MASTER_PORT=str(_free_port()), PSKD_MACHINE_ID="requeued")
    proc = _sbatch(args, env, tmp_path)
    rerun = proc.communicate(timeout=600)[0]
    assert proc.returncode == 0, rerun[-6000:]
    assert re.search(r"Loaded checkpoint \S+checkpoint_last\.pt \(epoch 2 @ [1-9]", rerun), rerun[-4000:]
    assert "without the store's rows" not in rerun
    save = tmp_path / "ckpt"
    for node in (0, 1):
        store = save / "pskd_store" / f"node{node}"
        assert f"launch_slurm: node {node} (127.0.0.{node + 1}): --pskd-store-dir {store}" in rerun
        assert (save / "pskd_store" / f"node{node}" / "index.pskd").is_file()
    train = epoch_stats(rerun)
    # the resumed epoch reads epoch 1's rows, all of them kept; epoch 3 lacks the rows of the
    # sentences fairseq's re-batched remainder of epoch 2 did not train (the plugin logs them)
    assert float(train[2]["pskd_prior"]) > 0.9, train
    assert float(train[3]["pskd_prior"]) > 0.5, train


# -- the recipes ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def recipe_bin(tmp_path_factory) -> Path:
    """A data-bin as the prepare scripts leave it (dict.de.txt, dict.en.txt, joined: the WMT recipe
    shares all embeddings), of 8 training sentences: an epoch of the real architectures is one
    step."""
    root = tmp_path_factory.mktemp("recipe")
    raw = write_corpus(root / "raw", n_train=8, n_valid=3, n_test=2)
    for split in ("train", "valid", "test"):
        (raw / f"{split}.src").rename(raw / f"{split}.de")
        (raw / f"{split}.tgt").rename(raw / f"{split}.en")
    fairseq(
        "fairseq-preprocess", "--source-lang", "de", "--target-lang", "en",
        "--trainpref", raw / "train", "--validpref", raw / "valid", "--testpref", raw / "test",
        "--destdir", root / "bin", "--joined-dictionary", "--workers", "1",
    )
    return root / "bin"


def _recipe(script: str, data: Path, save: Path, *args: str) -> str:
    # an untrained model rarely ends a sentence: fairseq-generate (validation BLEU, pskd-score)
    # would decode 200 tokens for each; --max-target-positions, a flag the recipes leave at its
    # default, caps that at 31
    env = _env(PYTHON=sys.executable)
    proc = _run(["bash", RECIPES / script, data, save, "--gpus", "cpu", *args,
                 "--", "--max-target-positions", "32"], env, save.parent, timeout=900)
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log[-6000:]
    return log


def _assert_evaluated(save_root: Path, runs: list[str]) -> None:
    for run in runs:
        d = save_root / run
        scores = json.loads((d / "checkpoint_best.test.scores.json").read_text())
        assert "bleu" in json.dumps(scores).lower(), scores
        assert (d / "checkpoint_best.test.calibration.json").is_file()
    table = (save_root / "compare" / "comparison.md").read_text()
    assert all(run in table for run in runs), table
    # the real architectures' checkpoints (with optimizer state) are 0.4-0.6 GB each: pytest keeps
    # the temporary directories of its last runs, so a passing test removes them
    for ckpt in save_root.glob("*/*.pt"):
        ckpt.unlink()


def test_iwslt14_recipe_runs_to_the_end_on_cpu(recipe_bin, tmp_path):
    log = _recipe("train-iwslt14.sh", recipe_bin, tmp_path / "iwslt", "--max-epoch", "2")
    for run in ("ls", "pskd"):
        train_log = (tmp_path / "iwslt" / run / "train.log").read_text()
        assert "transformer_iwslt_de_en" in train_log
        assert set(epoch_stats(train_log)) == {1, 2}
    pskd = epoch_stats((tmp_path / "iwslt" / "pskd" / "train.log").read_text())
    # the recipe's store (the plugin's default, SAVE_DIR/pskd_store) fed epoch 2
    assert float(pskd[2]["pskd_prior"]) == 1.0
    assert (tmp_path / "iwslt" / "pskd" / "pskd_store" / "index.pskd").is_file()
    _assert_evaluated(tmp_path / "iwslt", ["ls", "pskd"])
    assert "wrote" in log


def test_wmt14_recipe_runs_in_fp16_on_cpu(recipe_bin, tmp_path):
    _recipe("train-wmt14.sh", recipe_bin, tmp_path / "wmt", "--max-epoch", "1", "--runs", "pskd")
    train_log = (tmp_path / "wmt" / "pskd" / "train.log").read_text()
    assert "transformer_wmt_en_de" in train_log
    stats = epoch_stats(train_log)[1]
    # fp16 on: fairseq's fp16 optimizer reports its loss scale
    assert "loss_scale" in stats and "'fp16': True" in train_log, stats
    assert "'update_freq': [8]" in train_log
    _assert_evaluated(tmp_path / "wmt", ["pskd"])
