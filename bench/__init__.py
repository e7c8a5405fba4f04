"""Build benchmark: a synthetic dataset of N records, built and measured against the floor of the stack.

`python -m macros bench --records N` (see docs/performance.md). Nothing here is imported by a build.
"""
