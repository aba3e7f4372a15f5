"""The offline eval harness: replay recorded model answers, check expectations, report."""

from draftkit.evaluation.record import record_suite
from draftkit.evaluation.runner import CaseResult, SuiteResult, run_suite

__all__ = ["CaseResult", "SuiteResult", "record_suite", "run_suite"]
