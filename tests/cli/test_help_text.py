"""A command's help says what each option is (the spec's words) and shows no Python-only argument."""

from __future__ import annotations

from .conftest import Cli


def test_options_carry_the_first_sentence_of_the_spec_description(cli: Cli) -> None:
    result = cli.run("campaigns", "create", "--help", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    help_text = " ".join(result.stdout.split())
    assert "Short name used in the campaign URL; unique per tracker" in help_text
    assert "Keitaro's document marks the field required" not in help_text  # evidence stays in the docstrings
    assert "POST /campaigns" in help_text
    for python_only in ("extra_query", "extra_headers", "max_retries", "Returns:", "type_:"):
        assert python_only not in help_text
