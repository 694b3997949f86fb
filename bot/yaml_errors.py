"""Where and why a YAML file does not parse, worded the same for every file the bot reads
(config, content, vocabulary)."""

from __future__ import annotations

import yaml


def yaml_problem(exc: yaml.YAMLError) -> tuple[str, str]:
    """("line L, column C" or "file", the parser's reason) for a YAML error."""
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "file"
    return where, getattr(exc, "problem", None) or str(exc)
