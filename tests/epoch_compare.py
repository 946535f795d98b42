"""Two runs' per-epoch training summaries (conftest.epoch_stats), compared metric by metric."""

from __future__ import annotations

from collections.abc import Iterable

# logged only for epochs in which some token had a prior: never in epoch 1, when nothing has been
# predicted yet, always later in these tests' runs (every sentence is trained every epoch)
FROM_EPOCH_2 = ("pskd_coverage", "pskd_kl")


def assert_same_epochs(
    got: dict[int, dict[str, str]],
    want: dict[int, dict[str, str]],
    epochs: Iterable[int],
    keys: Iterable[str] = ("loss", "nll_loss", "pskd_prior", "pskd_coverage", "pskd_kl"),
) -> None:
    """Every metric of `keys` is printed identically in both logs in each of `epochs`.

    A metric missing from both logs must not pass as equal: each key must be present in both,
    except pskd_coverage and pskd_kl in epoch 1, which must be absent from both."""
    for epoch in epochs:
        for name, stats in (("got", got), ("want", want)):
            assert epoch in stats, f"epoch {epoch}: no training summary in {name}"
        for key in keys:
            if epoch == 1 and key in FROM_EPOCH_2:
                for name, stats in (("got", got), ("want", want)):
                    assert key not in stats[epoch], (
                        f"epoch {epoch}, {key}: logged in {name} ({stats[epoch][key]}), but no "
                        f"token has a prior in epoch 1"
                    )
                continue
            for name, stats in (("got", got), ("want", want)):
                assert key in stats[epoch], f"epoch {epoch}, {key}: not logged in {name}"
            assert got[epoch][key] == want[epoch][key], (
                f"epoch {epoch}, {key}: got {got[epoch][key]}, want {want[epoch][key]}"
            )
