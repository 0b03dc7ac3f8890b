"""The German names come from wording.toml and cover every coded value."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_app.domain import Actor, FollowUpKind, GoalKind, ObstacleCategory, StepStatus
from counsel_app.domain.case import Profile, ReadingLevel
from counsel_app.labels import default_labels, load_labels


@pytest.mark.parametrize(
    ("section", "enum"),
    [
        ("actor", Actor),
        ("goal_kind", GoalKind),
        ("status", StepStatus),
        ("follow_up_kind", FollowUpKind),
        ("reading_level", ReadingLevel),
        ("profile", Profile),
        ("category", ObstacleCategory),
    ],
)
def test_every_enum_value_has_a_german_name(section: str, enum: type) -> None:
    labels = default_labels()
    for member in enum:
        name = labels.of(section, member)
        assert name and name != member.value, (section, member)


def test_gas_levels_and_unknown_values() -> None:
    labels = default_labels()
    assert labels.of("gas", -2) == "deutlich weniger als erwartet"
    assert labels.of("profile", "neu") == "neu"
    assert labels.of("profile", None) == ""


def test_an_edited_wording_file_changes_the_names(tmp_path: Path) -> None:
    path = tmp_path / "wording.toml"
    path.write_text('[profile]\nmarkt = "Marktnah"\n', encoding="utf-8")
    labels = load_labels(path)
    assert labels.of("profile", Profile.MARKT) == "Marktnah"
    assert labels.of("actor", Actor.CLIENT) == "client"
