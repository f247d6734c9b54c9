"""The benchmark works (its figures are not asserted: timings belong to benchmarks/, not tests)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_the_benchmark_runs_small_and_prints_every_figure():
    done = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--contacts", "200", "--entries", "2000", "--runs", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    for figure in (
        "cold start: list filled",
        "save one entry durably",
        "floor orjson+fsync",
        "naive TinyDB insert",
        "filter the contact list",
        "open the timeline",
        "`shima report`",
        "`shima export`",
        "peak memory",
    ):
        assert figure in done.stdout, figure


def test_the_encrypted_benchmark_runs_small_and_measures_commands_once_unlocked():
    from journal.store import agent

    done = subprocess.run(
        [sys.executable, "benchmarks/encrypted.py", "--contacts", "50", "--entries", "500", "--runs", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    figures = ["save one entry durably, encrypted", "paying the passphrase"]
    if agent.places():  # (where this machine has somewhere to keep the key)
        figures += ["`shima due --short`, unlocked", "`shima log`, unlocked", "the same on the plain journal"]
    for figure in figures:
        assert figure in done.stdout, figure
