"""Measuring primitives shared by ``bench`` and ``loadtest``: the machine, memory, percentiles.

Hands on: ``machine()`` (CPU, cores, memory, library versions, torch threads, date: printed above
every report so figures are read against the machine that made them), ``rss_mib()`` /
``peak_rss_mib()`` (this process's memory) and ``percentile(values, q)``.
"""

from __future__ import annotations

import os
import platform
import resource
import time
from pathlib import Path
from typing import Any

import numpy as np
import psutil


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux ru_maxrss is KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mib() -> float:
    """Resident memory of this process now."""
    return psutil.Process().memory_info().rss / 2**20


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0 for no values)."""
    return float(np.percentile(np.array(values), q)) if values else 0.0


def machine() -> dict[str, Any]:
    """What the figures were measured on: CPU, cores, memory, Python, torch and FAISS, the date."""
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import faiss
    import torch

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "faiss": faiss.__version__,
        "torch_threads": torch.get_num_threads(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }
