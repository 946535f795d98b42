"""The sweep's packed results archives (experiments/results/NAME.tar.xz): packing is byte for byte
repeatable, a packed archive reads and writes like a directory, and the committed archives restore:
the report of each grid, reproduced from its packed file alone, has the committed report's numbers.

In-process and without fairseq, so in the fast lane (the slow sweep tests in test_sweep_teachers.py
restore a packed archive through the command line)."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from experiments.sweep import archive, cli, report

from conftest import REPO

EXPERIMENTS = REPO / "experiments"

# each committed archive and the report written from it when its sweep ended
COMMITTED = [
    ("teacher-grid", "teacher-grid-2026-12-02-full.md"),
    ("fidelity-grid", "fidelity-grid-2026-12-03.md"),
    ("fidelity-grid-en-es", "fidelity-grid-en-es-2026-12-03.md"),
]


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_packing_is_repeatable_and_unpacks_to_the_same_files(tmp_path):
    src = _tree(tmp_path / "dir", {"data_bin.json": "{}\n", "runs/ls/seed1/done.json": '{"a": 1}\n',
                                   "runs/ls/seed1/train.log": "epoch 1\n"})
    packed = tmp_path / "kept.tar.xz"
    archive.pack(src, packed)
    first = packed.read_bytes()
    (src / "runs" / "ls" / "seed1" / "train.log").touch()  # a newer time, the same bytes
    archive.pack(src, packed)
    assert packed.read_bytes() == first
    archive.unpack(packed, tmp_path / "back")
    assert _files(tmp_path / "back") == _files(src)


def test_a_member_outside_the_archive_is_refused(tmp_path):
    packed = tmp_path / "evil.tar.xz"
    with tarfile.open(packed, "w:xz") as tar:
        info = tarfile.TarInfo("../outside.txt")
        info.size = 3
        tar.addfile(info, io.BytesIO(b"bad"))
    with pytest.raises(tarfile.TarError):
        archive.unpack(packed, tmp_path / "in")
    assert not (tmp_path / "outside.txt").exists()


def test_a_packed_archive_reads_and_writes_like_a_directory(tmp_path):
    packed = tmp_path / "kept.tar.xz"
    archive.pack(_tree(tmp_path / "dir", {"runs/ls/seed1/done.json": "{}\n"}), packed)
    grid = SimpleNamespace(archive=packed)  # all that directory(), _writing() and where() read
    root = archive.directory(grid)
    assert root != packed and _files(root) == {"runs/ls/seed1/done.json": b"{}\n"}
    assert archive.where(grid, root / "runs" / "ls" / "seed1") == f"{packed} (member runs/ls/seed1)"

    before = packed.stat()
    with archive._writing(grid) as root:
        pass  # nothing changed: the file is not packed again
    assert packed.stat().st_mtime_ns == before.st_mtime_ns and packed.stat().st_ino == before.st_ino

    with archive._writing(grid) as root:
        with archive._writing(grid) as inner:  # nested (save_all -> save_run): one pack, at the end
            assert inner == root
            _tree(inner, {"runs/pskd/seed1/done.json": "{}\n"})
        assert packed.stat().st_ino == before.st_ino
    with tarfile.open(packed) as tar:
        assert sorted(tar.getnames()) == ["runs/ls/seed1/done.json", "runs/pskd/seed1/done.json"]

    # the file changed under us (another sweep packed a run into it): read again
    archive.pack(_tree(tmp_path / "other", {"runs/kd/seed1/done.json": "{}\n"}), packed)
    assert list(_files(archive.directory(grid))) == ["runs/kd/seed1/done.json"]

    # a packed archive that does not exist yet: an empty directory; the first write creates it
    fresh = SimpleNamespace(archive=tmp_path / "new" / "kept.tar.xz")
    with archive._writing(fresh) as root:
        assert _files(root) == {}
        _tree(root, {"data_bin.json": "{}\n"})
    with tarfile.open(fresh.archive) as tar:
        assert tar.getnames() == ["data_bin.json"]


def test_the_grids_name_their_packed_archives():
    for name, _ in COMMITTED:
        grid = json.loads((EXPERIMENTS / f"{name}.json").read_text())
        assert grid["archive"] == f"results/{name}.tar.xz"
        assert (EXPERIMENTS / "results" / f"{name}.tar.xz").is_file()
    assert not [p for p in (EXPERIMENTS / "results").iterdir() if p.is_dir()], "unpacked archives"


@pytest.mark.parametrize(("name", "committed_report"), COMMITTED)
def test_a_committed_archive_reproduces_its_report(name, committed_report, tmp_path, monkeypatch, capsys):
    """--report-only restores every run from the packed file into an empty out_dir; each table row
    the archive alone gives (teachers, mean ± sd, every rule's table, every run) is a row of the
    report committed beside it. The paired tests need the data-bin's references, which are not in
    the repository, and the data-bin check its files: a stand-in data-bin names the language pair,
    and the archive's own record of the data stands in for the digest. No plots: they are most of
    the time and none of the numbers."""
    packed = tmp_path / f"{name}.tar.xz"
    packed.write_bytes((EXPERIMENTS / "results" / f"{name}.tar.xz").read_bytes())
    with tarfile.open(packed) as tar:
        recorded = json.load(tar.extractfile("data_bin.json"))
        runs = {m.name.rsplit("/", 1)[0] for m in tar.getmembers() if m.name.endswith("/done.json")}
    tgt = "es" if name.endswith("en-es") else "de"
    data_bin = tmp_path / "data-bin"
    data_bin.mkdir()
    (data_bin / f"test.en-{tgt}.en.idx").touch()
    monkeypatch.setattr(archive, "data_digest", lambda grid: recorded)
    monkeypatch.setattr(report, "plot_run_curves", lambda runs, out: [])
    monkeypatch.setattr(report, "plot_metrics", lambda grid, results, path: False)
    before = packed.read_bytes()

    out = tmp_path / "out"
    rc = cli.main([str(EXPERIMENTS / f"{name}.json"), "--data-bin", str(data_bin), "--out-dir", str(out),
                   "--archive", str(packed), "--report-only"])
    err = capsys.readouterr().err
    assert rc == 0, err[-3000:]
    assert f"restored {len(runs)} finished run(s) from {packed}" in err
    assert {f"runs/{p.parent.parent.name}/{p.parent.name}" for p in out.glob("runs/*/*/done.json")} == runs
    assert packed.read_bytes() == before  # reading a packed archive never rewrites it

    rows = [line for line in (out / "report" / "sweep.md").read_text().splitlines() if line.startswith("| ")]
    committed = set((EXPERIMENTS / "results" / committed_report).read_text().splitlines())
    assert len(rows) > 30
    assert [r for r in rows if r not in committed] == []
