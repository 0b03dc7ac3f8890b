"""Cases built from the domain dataclasses (independent of the exchange reader)."""

from __future__ import annotations

from datetime import date

from counsel_app.domain import (
    Actor,
    Case,
    Client,
    Counsellor,
    FollowUp,
    FollowUpKind,
    Goal,
    GoalKind,
    Obstacle,
    ObstacleCategory,
    Plan,
    PotentialAnalysis,
    Profile,
    ReadingLevel,
    Review,
    Step,
    StepStatus,
    Strength,
)

TODAY = date(2027, 2, 15)


def sample_case(
    *,
    display_name: str | None = "Ayşe Yılmaz",
    salutation: str | None = "Frau",
    reading_level: ReadingLevel = ReadingLevel.EINFACH,
) -> Case:
    """A typical plan: one integration goal, two intermediate goals, six steps."""
    return Case(
        client=Client(
            reference="123D456789",
            display_name=display_name,
            salutation=salutation,
            reading_level=reading_level,
            profile=Profile.FOERDER,
        ),
        potential_analysis=PotentialAnalysis(
            date=date(2027, 1, 20),
            strengths=[
                Strength("st1", "Zuverlässig, kommt pünktlich zu Terminen"),
                Strength("st2", "Erfahrung im Verkauf (3 Jahre Bäckerei)"),
            ],
            obstacles=[
                Obstacle("ob1", ObstacleCategory.CHILDCARE, "Sohn (4) hat noch keinen Kitaplatz"),
                Obstacle(
                    "ob2",
                    ObstacleCategory.DEBT,
                    "Schulden bei Müller & Söhne <GmbH>",
                    deferred_reason="Kundin möchte das erst nach der Kitaplatzsuche angehen",
                ),
            ],
            client_view="Ich will wieder im Verkauf arbeiten, am liebsten vormittags.",
        ),
        plan=Plan(
            created=date(2027, 1, 20),
            version=2,
            agreed=date(2027, 1, 25),
            review_due=date(2027, 7, 12),
            goals=[
                Goal(
                    "g1",
                    GoalKind.INTEGRATION,
                    "Aufnahme einer Teilzeitbeschäftigung im Einzelhandel (25 Std./Woche)",
                    client_words="Ich arbeite wieder im Verkauf, vormittags.",
                    target_date=date(2027, 12, 31),
                    gas={
                        -2: "keine Bewerbung verschickt",
                        -1: "Bewerbungen verschickt, kein Gespräch",
                        0: "mindestens ein Vorstellungsgespräch",
                        1: "Probearbeit oder Zusage",
                        2: "Arbeitsvertrag unterschrieben",
                    },
                ),
                Goal(
                    "g2",
                    GoalKind.INTERMEDIATE,
                    "Kinderbetreuung ist geklärt",
                    target_date=date(2027, 5, 31),
                    addresses=["ob1"],
                ),
                Goal("g3", GoalKind.INTERMEDIATE, "Bewerbungsunterlagen sind aktuell"),
            ],
            steps=[
                Step(
                    "s1",
                    "g2",
                    Actor.CLIENT,
                    "Die Kundin meldet ihren Sohn bei drei Kitas im Stadtteil an.",
                    plain_text="Sie melden Ihren Sohn bei drei Kitas an.",
                    due=date(2027, 3, 1),
                    success_criterion="Anmeldebestätigungen liegen vor",
                    addresses=["ob1"],
                ),
                Step(
                    "s2",
                    "g1",
                    Actor.CLIENT,
                    "Eigenbemühungen: Bewerbungen auf Stellen im Verkauf",
                    plain_text="Sie schreiben jeden Monat 4 Bewerbungen für Stellen im Verkauf.",
                    frequency="4 pro Monat",
                    success_criterion="Liste der Bewerbungen beim Termin",
                ),
                Step(
                    "s3",
                    "g3",
                    Actor.JOBCENTER,
                    "Übernahme der Kosten für Bewerbungsfotos und Kopien",
                    plain_text="Das Jobcenter bezahlt Ihre Bewerbungsfotos und Kopien.",
                    due=date(2027, 2, 28),
                    status=StepStatus.DONE,
                ),
                Step(
                    "s4",
                    "g2",
                    Actor.JOBCENTER,
                    "Kontakt zur Kita-Beratung der Stadt herstellen",
                    plain_text="Wir fragen bei der Kita-Beratung der Stadt für Sie nach.",
                    due=date(2027, 2, 19),
                    addresses=["ob1"],
                ),
                Step(
                    "s5",
                    "g3",
                    Actor.PROVIDER,
                    "Bewerbungscoaching beim Träger (AVGS), 6 Termine",
                    plain_text="Ein Bewerbungs-Coach hilft Ihnen bei der Bewerbung.",
                    frequency="einmal pro Woche, 6 Termine",
                ),
                Step(
                    "s6",
                    "g1",
                    Actor.CLIENT,
                    "Alte Maßnahme",
                    status=StepStatus.DROPPED,
                ),
            ],
            follow_ups=[
                FollowUp(date(2027, 3, 15), FollowUpKind.CONTACT, note="Kitaplatz nachfragen"),
                FollowUp(date(2027, 1, 30), FollowUpKind.CONTACT, done=True),
                FollowUp(date(2027, 7, 12), FollowUpKind.REVIEW),
            ],
            reviews=[
                Review(date(2027, 1, 20), goal_ratings={"g1": -1, "g2": 0}, note="Erste Runde")
            ],
        ),
        counsellor=Counsellor(
            name="Jonas Becker",
            office="Jobcenter Essen, Team 3",
            phone="0201 1234-567",
            email="jonas.becker@jobcenter-ge.de",
        ),
    )
