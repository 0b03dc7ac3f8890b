"""Each rule: at least five German texts where it must fire and five where it must not."""

from __future__ import annotations

import pytest

from counsel_app.language import Analyser
from tests.language.conftest import rule_findings

# rule -> (level, texts that must produce the rule, texts that must not)
CASES: dict[str, tuple[str, list[str], list[str]]] = {
    "long_sentence": (
        "einfach",
        [
            "Wenn Sie die Unterlagen für den Antrag nicht rechtzeitig bis zum Ende des Monats "
            "einreichen, können wir leider nicht weiter mit der Bearbeitung beginnen.",
            "Frau Yilmaz möchte nach der Elternzeit wieder im Einzelhandel arbeiten und sucht "
            "deshalb eine Stelle in Teilzeit mit festen Zeiten am Vormittag.",
            "Das Jobcenter bezahlt die Fahrkarte für den Bus, die Kosten für die Bewerbungsfotos "
            "und die Gebühren für die Übersetzung Ihrer Zeugnisse aus dem Ausland.",
            "Sie gehen jeden Montag zum Kurs, schreiben danach zwei Bewerbungen und rufen am "
            "Freitag bei Ihrer Ansprechperson im Jobcenter an und erzählen ihr davon.",
            "Nach dem Deutschkurs, der im Mai beginnt und sechs Monate dauert, suchen wir "
            "zusammen eine passende Stelle in der Pflege oder in der Küche für Sie.",
        ],
        [
            "Sie schreiben jede Woche zwei Bewerbungen.",
            "Wir treffen uns am 12. März wieder.",
            "Das Jobcenter bezahlt Ihre Fahrkarte.",
            "Bitte bringen Sie z. B. Ihren Lebenslauf und Ihre Zeugnisse mit.",
            "Frau Dr. Weber berät Sie am 3. Juni 2026 um 10 Uhr in Raum 12.",
        ],
    ),
    "long_word": (
        "einfach",
        [
            "Die Eingliederungsvereinbarung gilt ab heute.",
            "Bitte bringen Sie die Arbeitsunfähigkeitsbescheinigung mit.",
            "Sie suchen eine sozialversicherungspflichtige Arbeit.",
            "Das ist eine Kostensenkungsaufforderung.",
            "Wir prüfen Ihre Erwerbsminderungsrentenansprüche.",
        ],
        [
            "Sie suchen eine Arbeit im Lager.",
            "Die Arbeitsvermittlung hilft Ihnen.",
            "Wir sprechen über Ihre Bewerbung.",
            "Das Vorstellungsgespräch ist am Montag.",
            "Die Kinderbetreuung ist geklärt.",
        ],
    ),
    "passive_voice": (
        "einfach",
        [
            "Der Antrag wird geprüft.",
            "Die Kosten wurden vom Jobcenter übernommen.",
            "Ihre Unterlagen werden bis Freitag bearbeitet.",
            "Sie werden zum Gespräch eingeladen.",
            "Das Geld ist schon ausgezahlt worden.",
            "Die Fahrkosten werden erstattet, wenn Sie die Quittung zeigen.",
            "Ihr Lebenslauf wird von uns überarbeitet.",
            "Sie werden über neue Stellen informiert.",
        ],
        [
            "Sie werden Verkäuferin.",
            "Sie werden morgen anrufen.",
            "Das wird spannend.",
            "Sie werden die Unterlagen bis Freitag bearbeiten.",
            "Wir werden gemeinsam eine Lösung finden.",
            "Sie werden es bis dahin geschafft haben.",
            "Frau Sommer wird im Herbst eine Ausbildung beginnen.",
            "Es wird bestimmt gut gehen.",
        ],
    ),
    "nominal_style": (
        "einfach",
        [
            "Zur Durchführung der Maßnahme brauchen wir Ihre Unterschrift.",
            "Die Inanspruchnahme der Kinderbetreuung ist möglich.",
            "Wir stellen Ihnen ein Budget zur Verfügung.",
            "Nach der Prüfung der Unterlagen melden wir uns.",
            "Zur Klärung Ihrer Fragen kommen Sie bitte ins Büro.",
            "Die Verbesserung der Lebenssituation ist das Ziel.",
        ],
        [
            "Wir prüfen die Unterlagen und melden uns.",
            "Sie nutzen die Kinderbetreuung.",
            "Wir geben Ihnen Geld für die Fahrkarte.",
            "Sie kommen bitte ins Büro, wenn Sie Fragen haben.",
            "Ihre Wohnung liegt in der Nähe vom Bahnhof.",
        ],
    ),
    "subjunctive": (
        "einfach",
        [
            "Sie könnten sich bei der Firma bewerben.",
            "Es wäre gut, wenn Sie pünktlich kommen.",
            "Sie müssten die Zeugnisse übersetzen lassen.",
            "Wir würden Ihnen gern helfen.",
            "Sie sollten sich bald melden.",
            "Sie hätten Anspruch auf Geld für die Fahrkarte.",
        ],
        [
            "Sie können sich bei der Firma bewerben.",
            "Es ist gut, wenn Sie pünktlich kommen.",
            "Sie müssen die Zeugnisse übersetzen lassen.",
            "Er sollte gestern zum Termin kommen.",
            "Frau Kaya möchte als Köchin arbeiten.",
            "Sie konnten den Termin nicht wahrnehmen.",
        ],
    ),
    "jargon": (
        "einfach",
        [
            "Die Bedarfsgemeinschaft besteht aus drei Personen.",
            "Sie nehmen an der Maßnahme teil.",
            "Das Jobcenter zahlt einen Eingliederungszuschuss.",
            "Wir prüfen die Kosten der Unterkunft.",
            "Sie bekommen einen Bildungsgutschein.",
            "Sie suchen eine sozialversicherungspflichtige Beschäftigung.",
            "Sie besuchen einen Berufssprachkurs.",
        ],
        [
            "Sie wohnen mit Ihren zwei Kindern zusammen.",
            "Sie nehmen an dem Kurs teil.",
            "Das Jobcenter zahlt dem Arbeitgeber Geld dazu.",
            "Wir prüfen die Miete.",
            "Sie bekommen einen Gutschein für die Weiterbildung.",
        ],
    ),
    "abbreviation": (
        "einfach",
        [
            "Bringen Sie z. B. Ihre Zeugnisse mit.",
            "Sie bekommen ggf. einen Zuschuss.",
            "Das regelt das SGB II.",
            "Sie bekommen einen AVGS.",
            "Die BG besteht aus drei Personen.",
            "Das gilt i. d. R. für sechs Monate.",
            "Ggf. melden wir uns.",
        ],
        [
            "Bringen Sie zum Beispiel Ihre Zeugnisse mit.",
            "Sie bekommen vielleicht einen Zuschuss.",
            "Das regelt das Gesetz.",
            "Die Familie besteht aus drei Personen.",
            "Wir treffen uns in der Stadtbibliothek.",
        ],
    ),
    "vague_term": (
        "einfach",
        [
            "Sie melden sich zeitnah.",
            "Sie bewerben sich regelmäßig.",
            "Sie bringen ggf. die Zeugnisse mit.",
            "Sie suchen möglichst schnell eine Arbeit.",
            "Wir beraten Sie bei Bedarf.",
            "Sie bemühen sich intensiv um Arbeit.",
        ],
        [
            "Sie melden sich bis zum 15. Mai.",
            "Sie bewerben sich regelmäßig, zweimal pro Woche.",
            "Sie schreiben jeden Montag 3 Bewerbungen.",
            "Wir beraten Sie, wenn Sie Fragen haben.",
            "Sie bewerben sich regelmäßig jeden Dienstag.",
        ],
    ),
    "negation": (
        "leicht",
        [
            "Sie kommen nicht zum Termin.",
            "Sie haben keine Zeugnisse.",
            "Das ist nicht unwichtig.",
            "Niemand ruft an.",
            "Sie waren nie krank.",
        ],
        [
            "Sie kommen zum Termin.",
            "Sie haben Zeugnisse.",
            "Das ist wichtig.",
            "Die Nichte ruft an.",
            "Sie sind gesund.",
        ],
    ),
    "genitive": (
        "leicht",
        [
            "Wegen des Termins rufen wir an.",
            "Die Kosten der Wohnung sind hoch.",
            "Das ist der Antrag des Vaters.",
            "Während der Maßnahme bekommen Sie Geld.",
            "Die Adresse eines Arztes steht hier.",
        ],
        [
            "Wir rufen an, weil Sie einen Termin haben.",
            "Die Wohnung kostet viel.",
            "Der Vater stellt einen Antrag.",
            "Geben Sie der Kundin den Brief.",
            "Die Adresse von dem Arzt steht hier.",
        ],
    ),
    "number_word": (
        "leicht",
        [
            "Sie schreiben drei Bewerbungen.",
            "Der Kurs dauert zwölf Wochen.",
            "Sie kommen zweimal pro Woche.",
            "Zwei Termine sind frei.",
            "Der Kurs hat zwanzig Plätze.",
        ],
        [
            "Sie schreiben 3 Bewerbungen.",
            "Der Kurs dauert 12 Wochen.",
            "Sie kommen 2-mal pro Woche.",
            "Ein Termin ist frei.",
            "Sie haben einen Termin.",
        ],
    ),
    "rare_word": (
        "einfach",
        [
            "Der Bescheid ist rechtsbehelfsfähig.",
            "Das Problem ist ubiquitär.",
            "Wir sprechen über die Ambiguitätstoleranz.",
            "Das ist ein Desiderat.",
            "Es gibt eine Obliegenheit.",
        ],
        [
            "Frau Wojciechowski kommt am Montag.",
            "Sie arbeiten gern im Garten.",
            "Die Arbeit beginnt um acht Uhr.",
            "Herr Nguyen arbeitet bei Lidl.",
            "Sie bekommen einen AVGS für den Kurs.",
        ],
    ),
}

POSITIVE = [(rule, level, text) for rule, (level, yes, _) in CASES.items() for text in yes]
NEGATIVE = [(rule, level, text) for rule, (level, _, no) in CASES.items() for text in no]


def test_every_rule_has_five_cases_each_way() -> None:
    from counsel_app.language import RULE_IDS

    assert set(CASES) == set(RULE_IDS)
    for rule, (_, yes, no) in CASES.items():
        assert len(yes) >= 5 and len(no) >= 5, rule


@pytest.mark.parametrize(("rule", "level", "text"), POSITIVE)
def test_rule_fires(analyser: Analyser, rule: str, level: str, text: str) -> None:
    findings = rule_findings(analyser, text, rule, level)
    assert findings, f"{rule} should fire on: {text}"
    for finding in findings:
        assert finding.message


@pytest.mark.parametrize(("rule", "level", "text"), NEGATIVE)
def test_rule_stays_silent(analyser: Analyser, rule: str, level: str, text: str) -> None:
    findings = rule_findings(analyser, text, rule, level)
    assert not findings, f"{rule} should not fire on: {text}: {findings}"
