"""Fixtures for the reliability suite: a scripted fault server on 127.0.0.1 and clean settings."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import BASE_INCIDENT, GOOD_DRAFT
from reliability.server import FaultServer


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A running server answering GOOD_DRAFT unless a test scripts faults."""
    with FaultServer(dict(GOOD_DRAFT)) as server:
        yield server


@pytest.fixture
def incident() -> dict[str, Any]:
    return copy.deepcopy(BASE_INCIDENT)


@pytest.fixture
def incident_file(tmp_path: Path, incident: dict[str, Any]) -> Path:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident), encoding="utf-8")
    return path
