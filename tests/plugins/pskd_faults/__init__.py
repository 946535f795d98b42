"""A --user-dir for tests: the PS-KD criterion whose store fails on purpose in one process.

PSKD_FAIL_AFTER_WRITES=N makes this process's store writer fail at its (N + 1)-th batch, as a full
disk would; PSKD_FAIL_AFTER_READS=N does the same to the reader. Unset, nothing changes."""

import errno
import os

import fairseq_pskd  # noqa: F401  (registers --criterion pskd)
from fairseq_pskd import pipeline


def _fail_after(cls, name, variable, error):
    limit = int(os.environ[variable])
    original = getattr(cls, name)
    calls = [0]

    def failing(self, *args, **kwargs):
        calls[0] += 1
        if calls[0] > limit:
            raise error
        return original(self, *args, **kwargs)

    setattr(cls, name, failing)


if "PSKD_FAIL_AFTER_WRITES" in os.environ:
    _fail_after(
        pipeline.RowWriter, "_write", "PSKD_FAIL_AFTER_WRITES",
        OSError(errno.ENOSPC, "No space left on device (injected by the test)"),
    )
if "PSKD_FAIL_AFTER_READS" in os.environ:
    _fail_after(
        pipeline.PriorReader, "_read", "PSKD_FAIL_AFTER_READS",
        OSError(errno.EIO, "Input/output error (injected by the test)"),
    )
