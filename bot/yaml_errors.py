"""Reading the YAML files the bot reads (config, content, vocabulary, question files) and
saying where and why one does not parse, worded the same for every file."""

from __future__ import annotations

import yaml

# The safe loader, in libyaml's C when PyYAML has it: content, vocabulary and question files
# are large (the tests' 121,830 questions take 59 s to parse in Python, 8 s in C).
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def yaml_problem(exc: yaml.YAMLError) -> tuple[str, str]:
    """("line L, column C" or "file", the parser's reason) for a YAML error."""
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "file"
    return where, getattr(exc, "problem", None) or str(exc)
