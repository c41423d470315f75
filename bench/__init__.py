"""Benchmarks: `make bench` prints latency and memory tables (no pass/fail; targets live in the README)."""
